"""The claims-paid statement (bordereau des sinistres réglés, domain.md §10.4, §12): one row
per line of each payment in the period, streamed from SQL in payment-date order.

It reads only the rows frozen when each payment was made (``paid_claim_lines``,
architecture.md rule 5), never the décompte lines, which change when a file is reopened:
a closed month's statement says the same thing next year. A counter-entry (a reversed
payment) comes back on its own date with the amounts negated, so each statement's
reimbursed total is exactly the sum of the payments of its period, and the statements of
all periods add up to the money that left the bank. The care category is medical detail
(§14): it is printed only for users allowed to see it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.roles import Permission
from desktop_app.exports.claims_paid_statement import (
    ClaimPaidRow,
    ClaimsPaidResult,
    write_claims_paid_statement,
)
from desktop_app.persistence.models import (
    Administrator,
    ClaimPayment,
    Intermediary,
    PaidClaimLine,
    PaymentOrder,
)
from desktop_app.services.administration.company import get_company
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements.scope import STREAM_BATCH, StatementScope
from desktop_app.services.targets import check_target


def _rows(ctx: ServiceContext, scope: StatementScope, medical: bool) -> Iterator[ClaimPaidRow]:
    """The frozen rows of the payments of the period (``paid_claim_lines``): what was paid,
    as it was paid, whatever happened to the files since."""
    p, line = ClaimPayment, PaidClaimLine
    query = (
        select(
            line.payment_date,
            PaymentOrder.number,
            line.claim_number,
            line.policy_number,
            line.person_name,
            line.matricule,
            line.provider_name,
            line.category_label,
            line.care_date,
            line.claimed,
            line.cmu_share,
            line.excluded,
            line.reimbursed,
            p.payee,
            p.mode,
            p.reference,
            p.reversal_of_id,
            line.direct_billing,
        )
        .join(p, p.id == line.payment_id)
        .join(PaymentOrder, PaymentOrder.id == p.order_id)
        .where(line.payment_date >= scope.start, line.payment_date <= scope.end)
        .order_by(line.payment_date, line.payment_id, line.line_no)
        .execution_options(yield_per=STREAM_BATCH)
    )
    if scope.administrator_id is not None:
        query = query.where(line.administrator_id == scope.administrator_id)
    if scope.intermediary_id is not None:
        query = query.where(line.intermediary_id == scope.intermediary_id)
    with ctx.read() as session:
        for r in session.execute(query):
            reversal = r[16] is not None
            yield ClaimPaidRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7] if medical else "",
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
                r[14].label,
                f"Contre-passation {r[15]}".strip() if reversal else r[15],
                r[17],
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
    *,
    replace: bool = True,
) -> ClaimsPaidResult:
    """The claims paid in the period, tiers payant apart, by décade (§12)."""
    actor = ctx.require(Permission.EXPORT_STATEMENTS)
    scope.check()
    check_target(ctx, target, replace=replace)
    company = get_company(ctx).name or "Compagnie"
    medical = actor.can(Permission.VIEW_MEDICAL)
    return write_claims_paid_statement(
        target,
        _rows(ctx, scope, medical),
        company=company,
        start=scope.start,
        end=scope.end,
        generated_at=ctx.now(),
        generated_by=actor.full_name or actor.code,
        scope=" — ".join(
            part
            for part in (
                _scope_text(ctx, scope),
                "" if medical else "colonne « Acte » non remplie : secret médical",
            )
            if part
        ),
        progress=progress,
        cancelled=cancelled,
    )
