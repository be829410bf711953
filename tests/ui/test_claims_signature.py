"""Signing a payment order from the window (domain.md §10.3; architecture.md rule 11): the
signatory in their own session signs with one click; a signatory who assessed one of the
order's files is refused next to their name; an order already signed is not offered again.
The rules themselves are the service's (tests/services/claims/test_claims_payment.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from desktop_app.domain.care import CareCategory
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.domain.roles import Role
from desktop_app.services.administration import users
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.context import ServiceContext
from tests.conftest import make_user
from tests.services.claims.test_claims_builders import (
    TODAY,
    assessed,
    at,
    issued_policy,
    line,
    office,
    receive,
)
from tests.ui.test_claims_steps import click, open_area

PHARMACY = CareCategory.PHARMACY


def test_the_signatory_signs_in_their_own_session(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    order = payment_orders.create_payment_order(o.claims, [claim], TODAY).order_id
    area = open_area(qtbot, o.signatory)
    page = area.ordering
    assert not page.create_button.isEnabled()  # the clerk prepares orders, the signatory signs
    assert page.orders.select_order(order)
    click(qtbot, page.sign_button)
    dialog = page.sign_dialog
    assert dialog is not None and dialog.own_session and "Sig (sig)" in dialog.myself.text()
    assert not dialog.code.isVisible()  # no password to type in one's own session
    assert "S-2026-000001" in dialog.findChild(QLabel, "sign_items").text()  # what is signed
    dialog.colleague.setChecked(True)  # or a colleague signs at this desk
    assert dialog.code.isVisible() and not dialog.own_session
    dialog.myself.setChecked(True)
    click(qtbot, dialog.sign_button)
    assert not dialog.isVisible()
    assert "signé par Sig" in page.list_error.text()  # said on the page
    (row,) = payment_orders.list_orders(o.claims)
    assert (row.status, row.signatory) == (PaymentOrderState.SIGNED, "Sig")
    assert page.orders.selected() is not None and page.orders.selected().status_label == "Signé"
    click(qtbot, page.sign_button)  # signed once: not offered again
    assert "seul un ordre à signer se signe" in page.list_error.text()


def test_who_assessed_is_refused_next_to_their_name(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    make_user(o.admin, "chef", Role.CLAIMS, Role.SIGNATORY)
    senior = at(users.login(o.admin, "chef", "motdepasse1"))
    claim = receive(o, ids["Kouassi"], 10_000)
    assessments.assess_claim(senior, claim, [line(date(2026, 10, 1), PHARMACY, 10_000)])
    order = payment_orders.create_payment_order(senior, [claim], TODAY).order_id
    area = open_area(qtbot, senior)
    page = area.ordering
    assert page.orders.select_order(order)
    click(qtbot, page.sign_button)
    dialog = page.sign_dialog
    assert dialog is not None and dialog.own_session
    click(qtbot, dialog.sign_button)
    assert "qui décompte ne signe pas" in dialog.errors.message("signatory")
    assert dialog.isVisible()
    assert payment_orders.list_orders(o.claims)[0].status is PaymentOrderState.TO_SIGN
