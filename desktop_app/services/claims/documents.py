"""The printed claim documents (domain.md §10.2, §10.3, §15): the décompte statement of a
file and the payment order, built from the database when the step that makes them happens
and stored in the one store of issued documents (architecture.md rule 7); a reprint renders
the stored snapshot. Files validated and orders made before the store kept them are built
from their rows, which do not change after their step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

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
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.payment_order_workflow import PaymentOrderState
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
    StateTransition,
    User,
)
from desktop_app.persistence.models import PaymentOrderItem as OrderItemRow
from desktop_app.services.context import Actor, ServiceContext
from desktop_app.services.issued_documents import (
    Owner,
    company_snapshot,
    current_snapshot,
    issue_document,
)

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


def store_claim_statement(session: Session, claim: Claim, actor: Actor, at: datetime) -> None:
    """Freeze the statement as validated (architecture.md rule 7); a statement validated
    earlier for the same file (before « Rouvrir ») is superseded, and kept."""
    session.flush()
    issue_document(
        session,
        DocumentKind.CLAIM_STATEMENT,
        Owner(claim_id=claim.id),
        build_claim_statement(session, claim),
        user_id=actor.user_id,
        user_code=actor.code,
        at=at,
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
        stored = current_snapshot(session, DocumentKind.CLAIM_STATEMENT, Owner(claim_id=claim.id))
        if stored is not None:
            return ClaimStatementSnapshot.from_dict(stored)
        return build_claim_statement(session, claim)  # a file validated before snapshots were kept


def claim_statement_pdf(ctx: ServiceContext, claim_id: int) -> bytes:
    from desktop_app.documents.claim_statement import render_claim_statement

    return render_claim_statement(claim_statement_snapshot(ctx, claim_id))


def build_payment_order(session: Session, order: PaymentOrder) -> PaymentOrderSnapshot:
    """What the payment order says: its décomptes, amounts and payees (as signed), the
    mode once paid, its cancellation and the payments reversed since."""
    rows = session.execute(
        select(
            Claim.number,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
            OrderItemRow.payee,
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
    signer = session.get(User, order.signatory_id) if order.signatory_id else None
    reversals = session.execute(
        select(ClaimPayment.payment_date, ClaimPayment.reason, Claim.number, ClaimPayment.amount)
        .join(Claim, Claim.id == ClaimPayment.claim_id)
        .where(ClaimPayment.order_id == order.id, ClaimPayment.reversal_of_id.is_not(None))
        .order_by(ClaimPayment.id)
    )
    notes = tuple(
        f"Règlement du dossier {number} ({format_fcfa(-amount)}) contre-passé le {day:%d/%m/%Y} : "
        f"{reason}. Le dossier a quitté l'ordre."
        for day, reason, number, amount in reversals
    )
    cancelled_at = (
        session.scalar(
            select(StateTransition.at).where(
                StateTransition.table_name == PaymentOrder.__tablename__,
                StateTransition.record_id == order.id,
                StateTransition.transition == "cancel",
            )
        )
        if order.status is PaymentOrderState.CANCELLED
        else None
    )
    return PaymentOrderSnapshot(
        company_snapshot(session),
        order.number,
        order.order_date,
        order.signatory,
        items,
        mode.label if mode is not None else "",
        order.signed_at.date() if order.signed_at else None,
        f"{order.signed_at:%H:%M}" if order.signed_at else "",
        signer.code if signer else "",
        cancelled_at.date() if cancelled_at else None,
        order.cancel_reason if cancelled_at else "",
        notes,
    )


def store_payment_order(session: Session, order: PaymentOrder, actor: Actor, at: datetime) -> None:
    """The order as printed now: created (à signer), then signed, then paid. Each is a new
    document superseding the previous one, which keeps the décomptes it listed when the
    order was made; the signature, the mode of payment, a cancellation and the payments
    reversed are added as they happen."""
    session.flush()
    owner = Owner(payment_order_id=order.id)
    current = build_payment_order(session, order)
    previous = current_snapshot(session, DocumentKind.PAYMENT_ORDER, owner)
    if previous is not None:
        first = PaymentOrderSnapshot.from_dict(previous)
        current = replace(current, company=first.company, items=first.items)
    issue_document(
        session,
        DocumentKind.PAYMENT_ORDER,
        owner,
        current,
        user_id=actor.user_id,
        user_code=actor.code,
        at=at,
    )


def payment_order_snapshot(ctx: ServiceContext, order_id: int) -> PaymentOrderSnapshot:
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        order = session.get(PaymentOrder, order_id)
        if order is None:
            raise NotFound("Ordre de paiement introuvable.")
        stored = current_snapshot(
            session, DocumentKind.PAYMENT_ORDER, Owner(payment_order_id=order.id)
        )
        if stored is not None:
            return PaymentOrderSnapshot.from_dict(stored)
        return build_payment_order(session, order)


def payment_order_pdf(ctx: ServiceContext, order_id: int) -> bytes:
    from desktop_app.documents.payment_order import render_payment_order

    return render_payment_order(payment_order_snapshot(ctx, order_id))
