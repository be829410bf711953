"""« Clôture des règlements » on the Bordereaux page: the accountant closes November after
confirming; a wrong date is refused next to the field; other roles do not see the box."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QMessageBox

from desktop_app.services.claims import period
from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.statistics.statements_page import StatementsPage
from tests.services.claims.test_claims_builders import at, office
from tests.ui.helpers import type_text
from tests.ui.test_claims_steps import click


def test_the_accountant_closes_a_period(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    accountant = at(o.accountant, datetime(2026, 12, 10, 9))
    page = StatementsPage(AppBus(accountant))
    qtbot.addWidget(page)
    box = page.closing
    assert box is not None and "Aucune période n'est close" in box.state.text()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    type_text(qtbot, box.through, "31122026")  # not a past day
    click(qtbot, box.close_button)
    assert "période passée" in box.errors.message("closed_through")
    box.through.clear()
    type_text(qtbot, box.through, "30112026")
    click(qtbot, box.close_button)
    assert period.get_closed_through(accountant) == date(2026, 11, 30)
    assert "30/11/2026 inclus" in box.state.text() and "ne recule pas" in asked[-1]
    assert box.errors.message("closed_through") == ""


def test_only_who_may_close_sees_the_box(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    page = StatementsPage(AppBus(o.admin))  # exports statements, does not close periods
    qtbot.addWidget(page)
    assert page.closing is None
