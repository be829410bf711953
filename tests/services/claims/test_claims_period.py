"""Closing the claims accounts (architecture.md rule 5, issue 7 review): once accounting has
booked November, no payment and no reversal can be dated in November any more, so its
claims-paid statement can never change; a closing only moves forward."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.kinds import PaymentMode
from desktop_app.services.claims import payment_orders, period
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import (
    assessed,
    at,
    issued_policy,
    line,
    office,
    ordered,
)

DECEMBER = datetime(2026, 12, 10, 10)


def _cash(day: date) -> payment_orders.PaymentInput:
    return payment_orders.PaymentInput(day, PaymentMode.CASH)


def test_nothing_is_dated_in_a_closed_period(admin: ServiceContext, clerk: ServiceContext) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    clerk_now, accountant = at(o.claims, DECEMBER), at(o.accountant, DECEMBER)
    first = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), CareCategory.PHARMACY, 10_000)])
    november = at(o.claims, datetime(2026, 11, 25, 10))
    paid = payment_orders.pay_order(
        november,
        ordered(o, [first], date(2026, 11, 25), clerk=november),
        _cash(date(2026, 11, 25)),
    )
    assert period.get_closed_through(o.claims) is None

    with pytest.raises(PermissionDenied, match="clôturer une période"):
        period.close_claims_period(clerk_now, date(2026, 11, 30))  # the claims clerk does not close
    with pytest.raises(FieldError, match="période passée"):
        period.close_claims_period(accountant, DECEMBER.date())
    period.close_claims_period(accountant, date(2026, 11, 30))
    assert period.get_closed_through(o.claims) == date(2026, 11, 30)
    with pytest.raises(FieldError, match="ne recule pas"):
        period.close_claims_period(accountant, date(2026, 10, 31))

    # A reversal back-dated into November is refused; dated in December it is accepted.
    with pytest.raises(FieldError, match="close jusqu'au 30/11/2026") as refused:
        payment_orders.reverse_payment(clerk_now, paid.payment_ids[0], "Erreur", date(2026, 11, 30))
    assert refused.value.field == "on_date"
    payment_orders.reverse_payment(clerk_now, paid.payment_ids[0], "Erreur", date(2026, 12, 2))
    # A payment back-dated into November likewise.
    second = assessed(
        o, ids["Kouassi"], [line(date(2026, 10, 2), CareCategory.PHARMACY, 5_000, "P-2")]
    )
    order = ordered(o, [second], date(2026, 11, 26), clerk=at(o.claims, datetime(2026, 11, 26, 9)))
    with pytest.raises(FieldError, match="close jusqu'au") as refused:
        payment_orders.pay_order(clerk_now, order, _cash(date(2026, 11, 29)))
    assert refused.value.field == "payment_date"
    assert payment_orders.pay_order(clerk_now, order, _cash(date(2026, 12, 3))).total == 4_000
