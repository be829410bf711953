"""The production statement (bordereau de production, domain.md §12): one row per quittance
issued in the period, streamed from SQL into the Excel writer, never a whole table in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from desktop_app.domain.roles import Permission
from desktop_app.exports.production_statement import ProductionRow, write_production_statement
from desktop_app.exports.statement import StatementCancelled, StatementResult
from desktop_app.persistence.models import (
    Administrator,
    Intermediary,
    Policy,
    Quittance,
    Subscriber,
)
from desktop_app.services.administration.company import get_company
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements.scope import STREAM_BATCH, StatementScope

__all__ = ["StatementCancelled", "StatementResult", "StatementScope", "export_production"]


def _production_rows(ctx: ServiceContext, scope: StatementScope) -> Iterator[ProductionRow]:
    inter = aliased(Intermediary)
    adm = aliased(Administrator)
    query = (
        select(
            Policy.number,
            Policy.administrator_ref,
            Subscriber.name,
            inter.code,
            inter.name,
            adm.name,
            Quittance.act_label,
            Quittance.number,
            Quittance.issue_date,
            Quittance.period_start,
            Quittance.period_end,
            Quittance.net,
            Quittance.fees,
            Quittance.taxes,
            Quittance.total,
            Quittance.commission,
            Quittance.management_fee,
        )
        .join(Policy, Policy.id == Quittance.policy_id)
        .join(Subscriber, Subscriber.id == Policy.subscriber_id)
        .outerjoin(inter, inter.id == Policy.intermediary_id)
        .outerjoin(adm, adm.id == Policy.administrator_id)
        .where(Quittance.issue_date >= scope.start, Quittance.issue_date <= scope.end)
        .order_by(Quittance.issue_date, Quittance.number)
        .execution_options(yield_per=STREAM_BATCH)
    )
    if scope.administrator_id is not None:
        query = query.where(Policy.administrator_id == scope.administrator_id)
    if scope.intermediary_id is not None:
        query = query.where(Policy.intermediary_id == scope.intermediary_id)
    with ctx.read() as session:
        for r in session.execute(query):
            yield ProductionRow(
                r[0] or "",
                r[1],
                r[2],
                r[3] or "",
                r[4] or "",
                r[5] or "",
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
                r[14],
                r[15],
                r[16],
            )


def export_production(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StatementResult:
    """The production statement: one row per quittance issued in the period (§12)."""
    actor = ctx.require(Permission.EXPORT_STATEMENTS)
    scope.check()
    company = get_company(ctx).name or "Compagnie"
    return write_production_statement(
        target,
        _production_rows(ctx, scope),
        company=company,
        start=scope.start,
        end=scope.end,
        generated_at=ctx.now(),
        generated_by=actor.full_name or actor.code,
        progress=progress,
        cancelled=cancelled,
    )
