"""The claims-paid statement (bordereau des sinistres réglés, domain.md §10.4 and §12, issue 4).

One row per paid décompte line. Claims paid outside tiers payant (système classique: the
member or subscriber is reimbursed) go on the sheet « Hors tiers payant », claims paid to
providers under tiers payant on the sheet « Tiers payant ». Each row carries its décade
(1st–10th, 11th–20th, 21st–end of month) and the rows come grouped by décade: the caller
passes them ordered by payment date, which is checked. Filtering the décade column gives
a décade's totals, since the totals row uses SUBTOTAL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.exports.decades import Decade, decade_label, decade_of
from desktop_app.exports.statement import (
    CancelCheck,
    Column,
    ProgressCallback,
    SheetWriter,
    StatementResult,
    StatementSpec,
    StatementValueError,
    StatementWriter,
    Target,
    period_text,
)

TITLE = "Bordereau des sinistres réglés"
OUTSIDE_SHEET = "Hors tiers payant"
DIRECT_SHEET = "Tiers payant"


@dataclass(frozen=True, slots=True)
class ClaimPaidRow:
    """One paid décompte line as the services read it from the database."""

    payment_date: date
    payment_order_number: str
    claim_number: str
    policy_number: str
    person_name: str  # the person treated
    matricule: str
    provider: str
    category: str  # the care category's label
    care_date: date | None  # None for a payment whose detail was not kept (before 0007)
    claimed: int
    cmu_share: int
    excluded: int
    reimbursed: int
    payee: str
    payment_mode: str  # "Chèque", "Virement", "Espèces"
    reference: str
    direct_billing: bool  # tiers payant: the provider was paid


COLUMNS: tuple[Column, ...] = (
    Column("Date de règlement", "date"),
    Column("Décade"),
    Column("N° ordre de paiement"),
    Column("N° de dossier"),
    Column("N° de police"),
    Column("Assuré ou bénéficiaire"),
    Column("Matricule"),
    Column("Prestataire"),
    Column("Acte"),
    Column("Date des soins", "date"),
    Column("Montant réclamé", "money"),
    Column("Part CMU", "money"),
    Column("Montant exclu", "money"),
    Column("Montant remboursé", "money"),
    Column("Bénéficiaire du règlement"),
    Column("Mode de règlement"),
    Column("Référence"),
)


@dataclass(frozen=True)
class ClaimsPaidResult:
    statement: StatementResult
    reimbursed_by_decade: Mapping[str, Mapping[Decade, int]]  # sheet title → décade → total


class _DecadeSheet:
    """A sheet that receives rows in payment-date order and sums the reimbursed by décade."""

    def __init__(self, out: SheetWriter) -> None:
        self.out = out
        self.last: date | None = None
        self.by_decade: dict[Decade, int] = {}

    def append(self, row: ClaimPaidRow) -> None:
        if self.last is not None and row.payment_date < self.last:
            raise StatementValueError(
                f"{self.out.title} : les règlements doivent arriver par date de règlement "
                f"({row.payment_date:%d/%m/%Y} après {self.last:%d/%m/%Y}, dossier "
                f"{row.claim_number})"
            )
        self.last = row.payment_date
        decade = decade_of(row.payment_date)
        self.out.append(
            (
                row.payment_date,
                decade_label(decade),
                row.payment_order_number,
                row.claim_number,
                row.policy_number,
                row.person_name,
                row.matricule,
                row.provider,
                row.category,
                row.care_date,
                row.claimed,
                row.cmu_share,
                row.excluded,
                row.reimbursed,
                row.payee,
                row.payment_mode,
                row.reference,
            )
        )
        self.by_decade[decade] = self.by_decade.get(decade, 0) + row.reimbursed


def write_claims_paid_statement(
    target: Target,
    rows: Iterable[ClaimPaidRow],
    *,
    company: str,
    start: date,
    end: date,
    generated_at: datetime,
    generated_by: str,
    scope: str = "",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ClaimsPaidResult:
    """Write the décompte lines paid from ``start`` to ``end`` (both included) to ``target``.

    ``rows`` is one stream ordered by payment date, both systems mixed; each row goes to its
    sheet as it comes (write-only sheets stream to separate temporary files). Both sheets
    are always present, with a zero total when empty.
    """
    spec = StatementSpec(company, TITLE, period_text(start, end), generated_at, generated_by, scope)
    with StatementWriter(target, spec, progress=progress, cancelled=cancelled) as writer:
        outside = _DecadeSheet(writer.add_sheet(OUTSIDE_SHEET, COLUMNS))
        direct = _DecadeSheet(writer.add_sheet(DIRECT_SHEET, COLUMNS))
        for row in rows:
            (direct if row.direct_billing else outside).append(row)
        result = writer.finish()
    return ClaimsPaidResult(
        result, {OUTSIDE_SHEET: dict(outside.by_decade), DIRECT_SHEET: dict(direct.by_decade)}
    )
