"""The claims-paid statement (bordereau des sinistres réglés, domain.md §10.4, §12): one row
per décompte line of each payment in the period, streamed from SQL in payment-date order.

A counter-entry (a reversed payment) comes back on its own date with the line amounts
negated, so the statement's reimbursed total is exactly the sum of the payments of the
period in the database. The care category is medical detail (§14): it is printed only for
users allowed to see it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop_app.domain.care import CARE_LABELS, CareCategory
from desktop_app.domain.kinds import ManagementSystem
from desktop_app.domain.roles import Permission
from desktop_app.exports.claims_paid_statement import (
    ClaimPaidRow,
    ClaimsPaidResult,
    write_claims_paid_statement,
)
from desktop_app.persistence.models import (
    Administrator,
    AssessmentLine,
    CareCategoryRow,
    Claim,
    ClaimPayment,
    InsuredPerson,
    Intermediary,
    PaymentOrder,
    Policy,
    Provider,
)
from desktop_app.services.administration.company import get_company
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements.scope import STREAM_BATCH, StatementScope


def _rows(ctx: ServiceContext, scope: StatementScope, medical: bool) -> Iterator[ClaimPaidRow]:
    p, line = ClaimPayment, AssessmentLine
    line_provider, file_provider = aliased(Provider), aliased(Provider)
    query = (
        select(
            p.payment_date,
            PaymentOrder.number,
            Claim.number,
            Policy.number,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
            InsuredPerson.matricule,
            line_provider.name,
            file_provider.name,
            line.category,
            CareCategoryRow.label,
            line.care_date,
            line.claimed,
            line.cmu_share,
            line.excluded,
            line.reimbursed,
            p.payee,
            p.mode,
            p.reference,
            p.reversal_of_id,
            Claim.mode,
        )
        .join(PaymentOrder, PaymentOrder.id == p.order_id)
        .join(Claim, Claim.id == p.claim_id)
        .join(line, line.claim_id == Claim.id)
        .join(InsuredPerson, InsuredPerson.id == Claim.person_id)
        .join(Policy, Policy.id == Claim.policy_id)
        .outerjoin(line_provider, line_provider.id == line.provider_id)
        .outerjoin(file_provider, file_provider.id == Claim.provider_id)
        .outerjoin(CareCategoryRow, CareCategoryRow.code == line.category)
        .where(p.payment_date >= scope.start, p.payment_date <= scope.end)
        .order_by(p.payment_date, p.id, line.line_no)
        .execution_options(yield_per=STREAM_BATCH)
    )
    if scope.administrator_id is not None:
        query = query.where(Claim.administrator_id == scope.administrator_id)
    if scope.intermediary_id is not None:
        query = query.where(Policy.intermediary_id == scope.intermediary_id)
    with ctx.read() as session:
        for r in session.execute(query):
            sign = -1 if r[19] is not None else 1
            category = (r[10] or CARE_LABELS[CareCategory(r[9])]) if medical else ""
            reference = f"Contre-passation {r[18]}".strip() if sign < 0 else r[18]
            yield ClaimPaidRow(
                r[0],
                r[1],
                r[2],
                r[3] or "",
                f"{r[4]} {r[5]}".strip(),
                r[6],
                r[7] or r[8] or "",
                category,
                r[11],
                sign * r[12],
                sign * r[13],
                sign * r[14],
                sign * r[15],
                r[16],
                r[17].label,
                reference,
                r[20] is ManagementSystem.DIRECT_BILLING,
            )


def _scope_text(ctx: ServiceContext, scope: StatementScope) -> str:
    parts = []
    with ctx.read() as session:
        if scope.administrator_id is not None:
            administrator = session.get(Administrator, scope.administrator_id)
            parts.append(f"Gestionnaire : {administrator.name if administrator else '?'}")
        if scope.intermediary_id is not None:
            intermediary = session.get(Intermediary, scope.intermediary_id)
            parts.append(f"Intermédiaire : {intermediary.name if intermediary else '?'}")
    return " — ".join(parts)


def export_claims_paid(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ClaimsPaidResult:
    """The claims paid in the period, tiers payant apart, by décade (§12)."""
    actor = ctx.require(Permission.EXPORT_STATEMENTS)
    scope.check()
    company = get_company(ctx).name or "Compagnie"
    return write_claims_paid_statement(
        target,
        _rows(ctx, scope, actor.can(Permission.VIEW_MEDICAL)),
        company=company,
        start=scope.start,
        end=scope.end,
        generated_at=ctx.now(),
        generated_by=actor.full_name or actor.code,
        scope=_scope_text(ctx, scope),
        progress=progress,
        cancelled=cancelled,
    )
