"""The ``export`` verb of the command line: a statement written as the system (no login)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.persistence.database import Database
from desktop_app.services.context import SYSTEM_ACTOR, ServiceContext
from desktop_app.services.statements.claims_paid import export_claims_paid
from desktop_app.services.statements.finance import (
    export_cash_days,
    export_commissions,
    export_management_fees,
    export_premiums_collected,
)
from desktop_app.services.statements.production import export_production
from desktop_app.services.statements.scope import StatementScope
from desktop_app.services.targets import check_target

FINANCE = {
    "premiums-collected": export_premiums_collected,
    "commissions": export_commissions,
    "management-fees": export_management_fees,
    "cash-days": export_cash_days,
}


def export_statement_cli(
    db: Database, statement: str, start: date, end: date, out: Path, *, force: bool = False
) -> int:
    """The ``export`` verb: runs as the system (no login), writes ``out``, returns the rows."""
    ctx = ServiceContext(db, SYSTEM_ACTOR)
    scope = StatementScope(start, end)
    if statement == "production":
        result = export_production(ctx, scope, out, replace=force)
    elif statement == "claims-paid":
        result = export_claims_paid(ctx, scope, out, replace=force).statement
    elif statement in FINANCE:
        check_target(ctx, out, replace=force)
        result = FINANCE[statement](ctx, scope, out)
    else:
        raise DomainError(f"Bordereau inconnu : {statement}")
    return result.rows
