"""Account statements (relevé de compte) with their running balance, PDF and Excel
(issue 9 worked figures, domain.md §11)."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

import openpyxl

from desktop_app.domain.collection import CollectionMode, PayerKind
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import payments, statements
from desktop_app.services.finance.payments import PaymentInput
from tests.documents.pdftools import text as pdf_text
from tests.services.finance.builders import TODAY, at, debtor, office


def test_statement_of_the_worked_figures_ends_on_a_credit_of_3489(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """Q1 221 711 + Q2 124 800 = 346 511 owed; 300 000 allocated 221 711 + 78 289 leaves
    46 511; 50 000 allocated 46 511 leaves 0, then 3 489 of credit: balance −3 489."""
    o = office(admin, clerk)
    sub, _, _ = debtor(o, "Koné Aïcha", (221_711, date(2026, 2, 1)), (124_800, date(2026, 3, 1)))
    base = PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.TRANSFER, 300_000)
    payments.record_payment(o.cashier, base)
    payments.record_payment(
        o.cashier, PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.CASH, 50_000)
    )
    s = statements.account_statement(o.cashier, PayerKind.SUBSCRIBER, sub)
    assert [(e.debit, e.credit, e.balance) for e in s.entries] == [
        (221_711, 0, 221_711),
        (124_800, 0, 346_511),
        (0, 221_711, 124_800),
        (0, 78_289, 46_511),
        (0, 46_511, 0),
        (0, 3_489, -3_489),
    ]
    assert s.balance == -3_489 and s.unallocated == 3_489
    target = tmp_path / "releve.xlsx"
    statements.export_account_statement(o.cashier, PayerKind.SUBSCRIBER, sub, target)
    sheet = openpyxl.load_workbook(target)["Relevé"]
    assert [sheet.cell(row=r, column=6).value for r in range(6, 12)] == [
        221_711,
        346_511,
        124_800,
        46_511,
        0,
        -3_489,
    ]
    assert str(sheet.cell(row=12, column=4).value).startswith("=SUBTOTAL")
    assert sheet.cell(row=12, column=6).value is None  # a running balance is not summed


def test_a_bounced_cheque_shows_on_the_statement_with_its_reason(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Issue 9: Q3 124 800 paid by a cheque of 124 800 (balance 0) which bounces the next
    day: « Impayé … provision insuffisante », 124 800 due again."""
    o = office(admin, clerk)
    sub, _, _ = debtor(o, "Yao Serge", (124_800, date(2026, 10, 1)))
    cheque = PaymentInput(
        TODAY,
        PayerKind.SUBSCRIBER,
        sub,
        CollectionMode.CHEQUE,
        124_800,
        bank="SGBCI",
        cheque_number="0012345",
        drawer="Yao Serge",
    )
    done = payments.record_payment(o.cashier, cheque)
    tomorrow = at(o.cashier, datetime(2026, 11, 22, 9, 0))
    payments.reverse_payment(tomorrow, done.payment_id, "Chèque rejeté : provision insuffisante")
    s = statements.account_statement(tomorrow, PayerKind.SUBSCRIBER, sub)
    assert [(e.day, e.debit, e.credit, e.balance) for e in s.entries] == [
        (date(2026, 1, 1), 124_800, 0, 124_800),
        (TODAY, 0, 124_800, 0),
        (date(2026, 11, 22), 124_800, 0, 124_800),
    ]
    assert "provision insuffisante" in s.entries[-1].label and s.entries[-1].document == done.number
    # The statement as of the day of the cheque did not know the bounce yet.
    assert statements.account_statement(tomorrow, PayerKind.SUBSCRIBER, sub, TODAY).balance == 0
    with tempfile.TemporaryDirectory() as folder:
        text = pdf_text(
            statements.account_statement_pdf(tomorrow, PayerKind.SUBSCRIBER, sub), Path(folder)
        )
    assert (
        "Impayé" in text
        and "provision insuffisante" in text
        and "Solde dû" in text
        and "124 800" in text
    )
