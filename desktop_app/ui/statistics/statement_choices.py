"""The statements (bordereaux, domain.md §12) the page offers, each with the service that
writes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.periods import period_slug
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements import claims_paid
from desktop_app.services.statements import finance as finance_statements
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


def _run_claims_paid(
    ctx: ServiceContext,
    scope: StatementScope,
    target: Path,
    progress: RowsProgress,
    cancelled: CancelCheck,
) -> StatementResult:
    # Looked up at each run so that a test can stand in for the service. The claims
    # statement also returns its totals by décade, around the workbook's result.
    return claims_paid.export_claims_paid(ctx, scope, target, progress, cancelled).statement


def _finance(name: str) -> Runner:
    def run(
        ctx: ServiceContext,
        scope: StatementScope,
        target: Path,
        progress: RowsProgress,
        cancelled: CancelCheck,
    ) -> StatementResult:
        # Looked up at each run so that a test can stand in for the service.
        export = getattr(finance_statements, name)
        result: StatementResult = export(ctx, scope, target, progress, cancelled)
        return result

    return run


def available_statements() -> list[StatementChoice]:
    return [
        StatementChoice(
            "production",
            QT_TRANSLATE_NOOP("StatementsPage", "Production (quittances émises)"),
            _run_production,
        ),
        StatementChoice(
            "sinistres-payes",
            QT_TRANSLATE_NOOP("StatementsPage", "Sinistres payés"),
            _run_claims_paid,
        ),
        StatementChoice(
            "primes-encaissees",
            QT_TRANSLATE_NOOP("StatementsPage", "Primes encaissées"),
            _finance("export_premiums_collected"),
        ),
        StatementChoice(
            "commissions",
            QT_TRANSLATE_NOOP("StatementsPage", "Commissions par intermédiaire"),
            _finance("export_commissions"),
        ),
        StatementChoice(
            "honoraires",
            QT_TRANSLATE_NOOP("StatementsPage", "Honoraires de gestion par gestionnaire"),
            _finance("export_management_fees"),
        ),
        StatementChoice(
            "caisse",
            QT_TRANSLATE_NOOP("StatementsPage", "Journées de caisse"),
            _finance("export_cash_days"),
        ),
    ]
