"""The ``renew`` verb of the command line: the batch renewal as the system (no login),
with its report written beside."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.errors import DomainError, ValidationFailed
from desktop_app.persistence.database import Database
from desktop_app.services.context import SYSTEM_ACTOR, ServiceContext
from desktop_app.services.production.renewal_batch import RenewalReport, renew_all
from desktop_app.services.production.renewal_plan import check_year
from desktop_app.services.production.renewal_report import write_renewal_report
from desktop_app.services.targets import check_target


def renew_cli(
    db: Database, year: int, dry_run: bool, report_path: Path, say: Callable[[str], None]
) -> tuple[RenewalReport, Path]:
    """Renew every policy due for ``year`` (or simulate it), write the report; a French
    ``DomainError`` when it refuses (exit 2)."""
    try:
        check_year(year)
    except ValidationFailed as error:
        raise DomainError(error.errors[0].message) from None
    if report_path.suffix.lower() != ".xlsx":
        raise DomainError(
            f"Le rapport est un classeur Excel : « {report_path.name} » doit finir par .xlsx."
        )
    ctx = ServiceContext(db, SYSTEM_ACTOR)
    check_target(ctx, report_path, replace=True)  # checked before renewing anything
    step = 0

    def progress(done: int, due: int) -> None:
        nonlocal step
        if done == due or done - step >= max(due // 20, 1):
            step = done
            say(f"Renouvellement {year} : {done}/{due} police(s)")

    report = renew_all(ctx, year, dry_run=dry_run, progress=progress)
    if report.due == 0:
        say(f"Aucune police à échéance du 31/12/{year - 1} à renouveler pour {year}.")
    write_renewal_report(ctx, report_path, report)
    return report, report_path
