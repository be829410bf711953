"""The production statement (bordereau de production, domain.md §12): one row per quittance
issued in the period, streamed from SQL into the Excel writer, never a whole table in memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.roles import Permission
from desktop_app.exports.production_statement import ProductionRow, write_production_statement
from desktop_app.exports.statement import StatementCancelled, StatementResult
from desktop_app.persistence.models import (
    Quittance,
)
from desktop_app.services.administration.company import get_company
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements.scope import STREAM_BATCH, StatementScope
from desktop_app.services.targets import check_target

__all__ = ["StatementCancelled", "StatementResult", "StatementScope", "export_production"]


def _production_rows(ctx: ServiceContext, scope: StatementScope) -> Iterator[ProductionRow]:
    """One row per quittance of the period, read from the quittances alone: their amounts
    and parties are frozen when they are issued, so a closed period says the same thing
    next year (architecture.md rule 5)."""
    q = Quittance
    query = (
        select(
            q.policy_number,
            q.administrator_ref,
            q.subscriber_name,
            q.intermediary_code,
            q.intermediary_name,
            q.administrator_name,
            q.act_label,
            q.number,
            q.issue_date,
            q.period_start,
            q.period_end,
            q.net,
            q.fees,
            q.taxes,
            q.total,
            q.commission,
            q.management_fee,
        )
        .where(q.issue_date >= scope.start, q.issue_date <= scope.end)
        .order_by(q.issue_date, q.number)
        .execution_options(yield_per=STREAM_BATCH)
    )
    if scope.administrator_id is not None:
        query = query.where(q.administrator_id == scope.administrator_id)
    if scope.intermediary_id is not None:
        query = query.where(q.intermediary_id == scope.intermediary_id)
    with ctx.read() as session:
        for r in session.execute(query):
            yield ProductionRow(*r)


def export_production(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    replace: bool = True,
) -> StatementResult:
    """The production statement: one row per quittance issued in the period (§12)."""
    actor = ctx.require(Permission.EXPORT_STATEMENTS)
    scope.check()
    check_target(ctx, target, replace=replace)
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
