"""The statements (bordereaux, domain.md §12) the page offers, each with the service that
writes it. A statement whose service is not installed is simply not offered."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.periods import period_slug
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements import production as statements
from desktop_app.services.statements.production import StatementResult, StatementScope
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

RowsProgress = Callable[[int], None]
CancelCheck = Callable[[], bool]
Runner = Callable[
    [ServiceContext, StatementScope, Path, RowsProgress, CancelCheck], StatementResult
]


@dataclass(frozen=True)
class StatementChoice:
    key: str  # ASCII, in the default file name
    label: str  # French source text, translated in context "StatementsPage"
    run: Runner

    def default_file_name(self, scope: StatementScope) -> str:
        """``bordereau-production-2026-11.xlsx`` for November 2026."""
        return f"bordereau-{self.key}-{period_slug(scope.start, scope.end)}.xlsx"


def _run_production(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: RowsProgress,
    cancelled: CancelCheck,
) -> StatementResult:
    # Looked up at each run so that a test can stand in for the service.
    return statements.export_production(ctx, scope, target, progress, cancelled)


def _claims_paid_service() -> Callable[..., object] | None:
    """``export_claims_paid`` if its module is installed (issue 4), else None."""
    module_name = "desktop_app.services.statements.claims_paid"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name is not None and (
            module_name == error.name or module_name.startswith(error.name + ".")
        ):
            return None
        raise
    service = getattr(module, "export_claims_paid", None)
    return service if callable(service) else None


def _run_claims_paid(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: RowsProgress,
    cancelled: CancelCheck,
) -> StatementResult:
    service = _claims_paid_service()
    assert service is not None
    result = service(ctx, scope, target, progress, cancelled)
    # The claims statement also returns its totals by décade, around the workbook's result.
    statement = getattr(result, "statement", result)
    assert isinstance(statement, StatementResult)
    return statement


def available_statements() -> list[StatementChoice]:
    choices = [
        StatementChoice(
            "production",
            QT_TRANSLATE_NOOP("StatementsPage", "Production (quittances émises)"),
            _run_production,
        )
    ]
    if _claims_paid_service() is not None:
        choices.append(
            StatementChoice(
                "sinistres-payes",
                QT_TRANSLATE_NOOP("StatementsPage", "Sinistres payés"),
                _run_claims_paid,
            )
        )
    return choices
