"""The cash desk (issue 9): a cashier's day with totals by mode, closed by the cashier,
checked by a second user (four eyes), closed to new payments; the cheque remittance slip."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.collection import CashDayState, CollectionMode, MobileOperator, PayerKind
from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.workflow import ForbiddenTransition
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import cash_desk, payments
from desktop_app.services.finance.payments import PaymentInput
from tests.documents.pdftools import text as pdf_text
from tests.services.finance.builders import TODAY, at, debtor, office


def test_a_day_totals_by_mode_closed_by_its_cashier_checked_by_another(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Cash 25 000 + cheques 124 800 and 60 000 + mobile money 15 000 = 224 800 received;
    the next day the 60 000 cheque bounces: that day says −60 000 (cheques), the first day
    still 224 800. The cashier closes, cannot check their own day; the other cashier checks;
    a closed day takes no payment."""
    o = office(admin, clerk)
    sub, _, _ = debtor(o, "Koné Aïcha", (500_000, date(2026, 2, 1)))
    base = PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.CASH, 25_000)
    payments.record_payment(o.cashier, base)
    cheque = replace(base, mode=CollectionMode.CHEQUE, bank="SGBCI", drawer="Koné Aïcha")
    payments.record_payment(o.cashier, replace(cheque, amount=124_800, cheque_number="0001"))
    bounced = payments.record_payment(
        o.cashier, replace(cheque, amount=60_000, cheque_number="0002")
    )
    momo = replace(
        base,
        mode=CollectionMode.MOBILE_MONEY,
        operator=MobileOperator.MTN_MOMO,
        transaction_id="MP261121.1",
    )
    payments.record_payment(o.cashier, replace(momo, amount=15_000))
    (day,) = cash_desk.list_days(o.cashier)
    assert day.totals[CollectionMode.CASH] == 25_000
    assert day.totals[CollectionMode.CHEQUE] == 184_800
    assert day.totals[CollectionMode.MOBILE_MONEY] == 15_000
    assert day.total == 224_800 and day.status is CashDayState.OPEN

    with pytest.raises(PermissionDenied, match="Seul le caissier"):
        cash_desk.close_day(o.second, day.id)
    cash_desk.close_day(o.cashier, day.id)
    with pytest.raises(FieldError, match="clôturée") as caught:
        payments.record_payment(o.cashier, replace(base, amount=1_000))
    assert caught.value.field == "payment_date"
    with pytest.raises(PermissionDenied, match="propre journée"):
        cash_desk.check_day(o.cashier, day.id)
    cash_desk.check_day(o.second, day.id)
    with pytest.raises(ForbiddenTransition):
        cash_desk.check_day(o.second, day.id)
    checked = cash_desk.day_summary(o.admin, day.id)
    assert (checked.status, checked.checked_by) == (CashDayState.CHECKED, "caisse2")

    # The next day the cheque bounces: a counter-entry in the day of the reversal.
    tomorrow = at(o.cashier, datetime(2026, 11, 22, 10, 0))
    payments.reverse_payment(tomorrow, bounced.payment_id, "Chèque sans provision")
    days = {d.day: d for d in cash_desk.list_days(o.cashier)}
    assert days[date(2026, 11, 22)].totals[CollectionMode.CHEQUE] == -60_000
    assert days[TODAY].total == 224_800  # the closed day did not change
    # Another cashier's day is theirs: caisse2 records on the 21st in their own day.
    payments.record_payment(o.second, replace(base, amount=2_000))


def test_the_cheque_remittance_slip_lists_the_days_cheques(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """The slip of the day: two cheques, 124 800 + 60 000 = 184 800; cash is not on it."""
    o = office(admin, clerk)
    sub, _, _ = debtor(o, "Yao Serge", (500_000, date(2026, 2, 1)))
    base = PaymentInput(
        TODAY,
        PayerKind.SUBSCRIBER,
        sub,
        CollectionMode.CHEQUE,
        124_800,
        bank="SGBCI",
        cheque_number="0001",
        drawer="Yao Serge",
    )
    payments.record_payment(o.cashier, base)
    payments.record_payment(
        o.cashier, replace(base, amount=60_000, bank="BICICI", cheque_number="0777")
    )
    payments.record_payment(o.cashier, replace(base, mode=CollectionMode.CASH, amount=5_000))
    (day,) = cash_desk.list_days(o.cashier)
    slip = cash_desk.remittance_snapshot(o.cashier, day.id)
    assert [c.cheque_number for c in slip.cheques] == ["0001", "0777"] and slip.total == 184_800
    with tempfile.TemporaryDirectory() as folder:
        text = pdf_text(cash_desk.remittance_pdf(o.cashier, day.id), Path(folder))
    assert "BICICI" in text and "0777" in text and "184 800" in text
