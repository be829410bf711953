"""The production statement (bordereau de production, domain.md §12, issue 3): one row per quittance.

Every row is checked on its way to the file: prime nette + accessoires + taxes must equal the
prime TTC (§5). A statement must never show a wrong identity, so a row that breaks it stops
the statement with ``QuittanceIdentityError`` naming the quittance; nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import format_fcfa
from desktop_app.exports.statement import (
    CancelCheck,
    Column,
    ProgressCallback,
    SheetSpec,
    StatementResult,
    StatementSpec,
    Target,
    period_text,
    write_statement,
)

TITLE = "Bordereau de production"
SHEET = "Production"


@dataclass(frozen=True, slots=True)
class ProductionRow:
    """One quittance as the services read it from the database."""

    policy_number: str
    administrator_ref: str  # the administrator's own policy number
    subscriber: str
    intermediary_code: str
    intermediary_name: str
    administrator: str
    act: str  # "Affaire nouvelle", "Avenant n° 2", "Renouvellement", "Ristourne", "Annulation"
    quittance_number: str
    issue_date: date
    effective_date: date
    expiry_date: date
    net: int
    fees: int
    taxes: int
    total: int
    commission: int
    management_fee: int


COLUMNS: tuple[Column, ...] = (
    Column("N° de police"),
    Column("N° police gestionnaire"),
    Column("Souscripteur"),
    Column("Code intermédiaire"),
    Column("Intermédiaire"),
    Column("Gestionnaire"),
    Column("Nature de l'acte"),
    Column("N° de quittance"),
    Column("Date d'émission", "date"),
    Column("Date d'effet", "date"),
    Column("Date d'échéance", "date"),
    Column("Prime nette", "money"),
    Column("Accessoires", "money"),
    Column("Taxes", "money"),
    Column("Prime TTC", "money"),
    Column("Commission", "money"),
    Column("Honoraires de gestion", "money"),
)


class QuittanceIdentityError(DomainError):
    """A quittance whose prime nette + accessoires + taxes is not its prime TTC (§5)."""

    def __init__(self, row: ProductionRow) -> None:
        found = row.net + row.fees + row.taxes
        super().__init__(
            f"La quittance {row.quittance_number} est incohérente : prime nette "
            f"{format_fcfa(row.net)} + accessoires {format_fcfa(row.fees)} + taxes "
            f"{format_fcfa(row.taxes)} = {format_fcfa(found)}, mais la prime TTC est de "
            f"{format_fcfa(row.total)}. Le bordereau n'a pas été produit ; faites vérifier "
            "cette quittance."
        )
        self.quittance_number = row.quittance_number


def production_cells(rows: Iterable[ProductionRow]) -> Iterator[Sequence[object]]:
    """The statement's row values in ``COLUMNS`` order, each quittance checked first."""
    for row in rows:
        if row.net + row.fees + row.taxes != row.total:
            raise QuittanceIdentityError(row)
        yield (
            row.policy_number,
            row.administrator_ref,
            row.subscriber,
            row.intermediary_code,
            row.intermediary_name,
            row.administrator,
            row.act,
            row.quittance_number,
            row.issue_date,
            row.effective_date,
            row.expiry_date,
            row.net,
            row.fees,
            row.taxes,
            row.total,
            row.commission,
            row.management_fee,
        )


def write_production_statement(
    target: Target,
    rows: Iterable[ProductionRow],
    *,
    company: str,
    start: date,
    end: date,
    generated_at: datetime,
    generated_by: str,
    scope: str = "",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> StatementResult:
    """Write the quittances issued from ``start`` to ``end`` (both included) to ``target``.

    ``rows`` is streamed (the service passes its query's iterator); ``scope`` names a
    filter such as « Gestionnaire : ASCOMA-CI ». Raises ``QuittanceIdentityError`` on a
    quittance whose amounts do not add up, ``StatementCancelled`` when ``cancelled()`` is true.
    """
    spec = StatementSpec(company, TITLE, period_text(start, end), generated_at, generated_by, scope)
    sheet = SheetSpec(SHEET, COLUMNS, production_cells(rows))
    return write_statement(target, spec, [sheet], progress=progress, cancelled=cancelled)
