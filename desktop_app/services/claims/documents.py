"""The printed claim documents (domain.md §10.2, §10.3, §15): the décompte statement of a
file and the payment order, built from the database in one read session.

No table stores claim snapshots yet (``issued_documents`` needs a policy and has no claim
or order key), so these render from the current rows. The rows they read do not change
after the step that made them (a décompte is redone only after « Rouvrir », an order is
never edited), so a reprint says the same thing unless the file went back a step.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.snapshots import (
    ClaimLineSnapshot,
    ClaimStatementSnapshot,
    PaymentOrderItem,
    PaymentOrderSnapshot,
)
from desktop_app.domain.assessment import Cap
from desktop_app.domain.care import CARE_LABELS, CareCategory
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import Conflict, NotFound
from desktop_app.domain.exclusions import default_label
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    AssessmentLine,
    CareCategoryRow,
    Claim,
    ClaimPayment,
    ExclusionReason,
    InsuredPerson,
    PaymentOrder,
    Policy,
    Provider,
)
from desktop_app.persistence.models import PaymentOrderItem as OrderItemRow
from desktop_app.services.context import ServiceContext
from desktop_app.services.production.snapshots import company_snapshot

PRINTED_CAPS = (Cap.PER_ACT, Cap.CATEGORY_ANNUAL, Cap.OVERALL_ANNUAL)
"""The caps named on the statement; the rate is implicit in every line."""


def _labels(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    categories = {c.value: label for c, label in CARE_LABELS.items()}
    categories.update({r.code: r.label for r in session.scalars(select(CareCategoryRow))})
    reasons = {r.code: r.label for r in session.scalars(select(ExclusionReason))}
    return categories, reasons


def build_claim_statement(session: Session, claim: Claim) -> ClaimStatementSnapshot:
    """What the décompte statement of an assessed file says, from the rows (no rights check)."""
    if claim.assessed_at is None:
        raise Conflict(f"Le dossier {claim.number} n'a pas de décompte validé à imprimer.")
    person = session.get(InsuredPerson, claim.person_id)
    policy = session.get(Policy, claim.policy_id)
    provider = session.get(Provider, claim.provider_id) if claim.provider_id else None
    assert person is not None and policy is not None
    categories, reasons = _labels(session)
    lines = []
    for row in session.scalars(
        select(AssessmentLine)
        .where(AssessmentLine.claim_id == claim.id)
        .order_by(AssessmentLine.line_no)
    ):
        cap = Cap(row.cap)
        reason = (
            reasons.get(row.exclusion_reason)
            or default_label(row.exclusion_reason)
            or row.exclusion_reason
        )
        lines.append(
            ClaimLineSnapshot(
                row.care_date,
                categories.get(row.category, CARE_LABELS[CareCategory(row.category)]),
                row.claimed,
                row.cmu_share,
                row.excluded,
                reason if row.excluded else "",
                row.base,
                row.reimbursed,
                row.member_pays,
                cap.label if cap in PRINTED_CAPS else "",
                row.prestation_number,
            )
        )
    return ClaimStatementSnapshot(
        company_snapshot(session),
        claim.number,
        claim.assessed_at.date(),
        claim.reception_date,
        person.matricule,
        person.full_name,
        policy.number or "",
        policy.subscriber.name,
        provider.name if provider else "",
        claim.payee_name,
        claim.mode.label,
        tuple(lines),
        person.coverage_rate,
    )


def store_claim_statement(session: Session, claim: Claim) -> None:
    """Freeze the statement as validated (architecture.md rule 7)."""
    session.flush()
    claim.statement_snapshot = json.dumps(
        build_claim_statement(session, claim).to_dict(), ensure_ascii=False
    )


def claim_statement_snapshot(ctx: ServiceContext, claim_id: int) -> ClaimStatementSnapshot:
    """The statement as it was validated (its care lines are medical)."""
    ctx.require(Permission.VIEW_MEDICAL)
    with ctx.read() as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFound("Dossier sinistre introuvable.")
        if claim.status in (ClaimState.RECEIVED, ClaimState.CLOSED) or claim.assessed_at is None:
            raise Conflict(f"Le dossier {claim.number} n'a pas de décompte validé à imprimer.")
        if claim.statement_snapshot:
            return ClaimStatementSnapshot.from_dict(json.loads(claim.statement_snapshot))
        return build_claim_statement(session, claim)  # a file validated before snapshots were kept


def claim_statement_pdf(ctx: ServiceContext, claim_id: int) -> bytes:
    from desktop_app.documents.claim_statement import render_claim_statement

    return render_claim_statement(claim_statement_snapshot(ctx, claim_id))


def build_payment_order(session: Session, order: PaymentOrder) -> PaymentOrderSnapshot:
    """What the payment order says: its décomptes, amounts and payees, and the mode once paid."""
    rows = session.execute(
        select(
            Claim.number,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
            Claim.payee_name,
            OrderItemRow.amount,
        )
        .join(Claim, Claim.id == OrderItemRow.claim_id)
        .join(InsuredPerson, InsuredPerson.id == Claim.person_id)
        .where(OrderItemRow.order_id == order.id)
        .order_by(OrderItemRow.id)
    )
    items = tuple(
        PaymentOrderItem(number, f"{last} {first}".strip(), payee, amount)
        for number, last, first, payee, amount in rows
    )
    mode = session.scalar(
        select(ClaimPayment.mode)
        .where(ClaimPayment.order_id == order.id, ClaimPayment.reversal_of_id.is_(None))
        .order_by(ClaimPayment.id.desc())
        .limit(1)
    )
    return PaymentOrderSnapshot(
        company_snapshot(session),
        order.number,
        order.order_date,
        order.signatory,
        items,
        mode.label if mode is not None else "",
    )


def store_payment_order(session: Session, order: PaymentOrder) -> None:
    """Freeze the order as signed; once paid, the same document gains its mode of payment."""
    session.flush()
    current = build_payment_order(session, order)
    if order.snapshot:
        signed = PaymentOrderSnapshot.from_dict(json.loads(order.snapshot))
        current = replace(signed, mode_label=current.mode_label)
    order.snapshot = json.dumps(current.to_dict(), ensure_ascii=False)


def payment_order_snapshot(ctx: ServiceContext, order_id: int) -> PaymentOrderSnapshot:
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        order = session.get(PaymentOrder, order_id)
        if order is None:
            raise NotFound("Ordre de paiement introuvable.")
        if order.snapshot:
            return PaymentOrderSnapshot.from_dict(json.loads(order.snapshot))
        return build_payment_order(session, order)


def payment_order_pdf(ctx: ServiceContext, order_id: int) -> bytes:
    from desktop_app.documents.payment_order import render_payment_order

    return render_payment_order(payment_order_snapshot(ctx, order_id))
