"""The premium-collection statements (domain.md §12, issue 9): premiums collected with
their payment details and allocations, commissions per intermediary, management fees per
administrator, cash desk days; a closed day's statement does not change after a reversal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from desktop_app.domain.collection import CollectionMode, PayerKind
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import payments
from desktop_app.services.finance.payments import PaymentInput
from desktop_app.services.statements import finance
from desktop_app.services.statements.cli import export_statement_cli
from desktop_app.services.statements.scope import StatementScope
from tests.services.finance.builders import TODAY, at, debtor, office

DAY = StatementScope(TODAY, TODAY)
TWO_DAYS = StatementScope(TODAY, date(2026, 11, 22))
YEAR = StatementScope(date(2026, 1, 1), date(2026, 12, 31))


def _column(path: Path, sheet: str, column: int) -> list[object]:
    ws = openpyxl.load_workbook(path)[sheet]
    return [ws.cell(row=r, column=column).value for r in range(6, ws.max_row)]


def _book(admin: ServiceContext, clerk: ServiceContext) -> tuple[object, ServiceContext]:
    """Issue 9's figures on 21/11: a transfer of 300 000 and 50 000 in cash from one
    subscriber (Q1 221 711, Q2 124 800), a cheque of 124 800 from another (Q3), which
    bounces on 22/11."""
    o = office(admin, clerk)
    sub, _, _ = debtor(o, "Koné Aïcha", (221_711, date(2026, 2, 1)), (124_800, date(2026, 3, 1)))
    other, _, _ = debtor(o, "Yao Serge", (124_800, date(2026, 10, 1)))
    payments.record_payment(
        o.cashier, PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.TRANSFER, 300_000)
    )
    payments.record_payment(
        o.cashier, PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.CASH, 50_000)
    )
    cheque = payments.record_payment(
        o.cashier,
        PaymentInput(
            TODAY,
            PayerKind.SUBSCRIBER,
            other,
            CollectionMode.CHEQUE,
            124_800,
            bank="SGBCI",
            cheque_number="0012345",
            drawer="Yao Serge",
        ),
    )
    tomorrow = at(o.cashier, datetime(2026, 11, 22, 9, 0))
    payments.reverse_payment(tomorrow, cheque.payment_id, "Chèque rejeté")
    return o, at(o.admin, datetime(2026, 11, 23, 8, 0))


def test_premiums_collected_with_details_and_a_closed_day_that_stays(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """21/11: 300 000 + 50 000 + 124 800 = 474 800 received, allocated 221 711 + 78 289 +
    46 511 + 124 800 = 471 311 (3 489 stay as credit). The bounce on 22/11 is −124 800 on
    the 22nd: the 21st still says 474 800; both days 350 000."""
    _, acct = _book(admin, clerk)
    day = tmp_path / "day.xlsx"
    result = finance.export_premiums_collected(acct, DAY, day)
    assert result.sheet("Encaissements").totals["Montant"] == 474_800
    assert result.sheet("Imputations").totals["Montant imputé"] == 471_311
    assert "0012345" in _column(day, "Encaissements", 7) and "SGBCI" in _column(
        day, "Encaissements", 6
    )
    both = finance.export_premiums_collected(acct, TWO_DAYS, tmp_path / "both.xlsx")
    assert both.sheet("Encaissements").totals["Montant"] == 350_000
    assert both.sheet("Imputations").totals["Montant imputé"] == 471_311 - 124_800
    # The command line writes the same statement.
    rows = export_statement_cli(acct.db, "premiums-collected", TODAY, TODAY, tmp_path / "cli.xlsx")
    assert rows == result.rows


def test_commissions_and_management_fees_per_party(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """The quittances of the year, all through the agent AG01 (12 %) and ASCOMA (5 %). The
    builder's quittances: fees 5 000, taxes (TTC − 5 000) × 8/108 rounded down, net the
    rest: Q1 221 711 → taxes 16 052, net 200 659, commission 24 079, fee 10 032; Q2 and Q3
    124 800 → taxes 8 874, net 110 926, commission 13 311, fee 5 546."""
    _, acct = _book(admin, clerk)
    result = finance.export_commissions(acct, YEAR, tmp_path / "commissions.xlsx")
    totals = result.sheet("Par intermédiaire").totals
    assert totals["Prime nette"] == 200_659 + 2 * 110_926
    assert totals["Commission"] == 24_079 + 2 * 13_311
    assert totals["Encaissé sur ces quittances"] == 471_311 - 124_800
    fees = finance.export_management_fees(acct, YEAR, tmp_path / "fees.xlsx")
    assert fees.sheet("Par gestionnaire").totals["Honoraires de gestion"] == 10_032 + 2 * 5_546


def test_cash_days_statement(admin: ServiceContext, clerk: ServiceContext, tmp_path: Path) -> None:
    """caisse1 on 21/11: virement 300 000, espèces 50 000, chèque 124 800 = 474 800; on
    22/11: chèque −124 800."""
    _, acct = _book(admin, clerk)
    result = finance.export_cash_days(acct, TWO_DAYS, tmp_path / "caisse.xlsx")
    assert result.rows == 2
    sheet = result.sheet("Journées")
    assert sheet.totals["Total"] == 350_000 and sheet.totals["Chèque"] == 0
    assert sheet.totals["Virement"] == 300_000 and sheet.totals["Espèces"] == 50_000
