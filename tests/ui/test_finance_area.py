"""The Encaissements area (issue 9) driven as a cashier would: the worked figures typed in
the payment form, the payments list (receipt, reversal), the cash desk and the arrears."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.persistence.models import Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.finance import payments_page
from desktop_app.ui.finance.finance_area import FinanceArea
from tests.services.finance.builders import debtor, office
from tests.ui.helpers import click_and_wait, type_text


def open_area(qtbot, ctx: ServiceContext) -> FinanceArea:  # type: ignore[no-untyped-def]
    area = FinanceArea(AppBus(ctx))
    qtbot.addWidget(area)
    area.resize(1366, 705)
    area.show()
    return area


def choose_data(combo, value) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def state(ctx: ServiceContext, quittance_id: int) -> QuittanceState:
    with ctx.read() as session:
        q = session.get(Quittance, quittance_id)
        assert q is not None
        return q.status


def test_worked_figures_through_the_window(
    qtbot,
    admin: ServiceContext,
    clerk: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 9: Q1 221 711 and Q2 124 800; a transfer of 300 000 typed in the form is
    proposed 221 711 + 78 289; then 50 000: 46 511 on Q2 and 3 489 of credit."""
    o = office(admin, clerk)
    _, _, (q1, q2) = debtor(
        o, "Koné Aïcha", (221_711, date(2026, 2, 1)), (124_800, date(2026, 3, 1))
    )
    area = open_area(qtbot, o.cashier)
    assert area.minimumSizeHint().width() <= 1366 and area.minimumSizeHint().height() <= 705
    form = area.payment
    type_text(qtbot, form.payer_search, "kone")
    assert form.payer.currentText() == "Koné Aïcha"
    choose_data(form.mode, "transfer")
    type_text(qtbot, form.amount, "300000")
    form.propose()
    assert [form.table.item(r, 6).text().replace("\u00a0", " ") for r in range(2)] == [
        "221 711",
        "78 289",
    ]
    type_text(qtbot, form.reference, "VIR 0042")
    click_and_wait(qtbot, form.save_button)
    assert "RE-2026-000001" in form.result.text()
    assert (
        state(o.admin, q1) is QuittanceState.PAID
        and state(o.admin, q2) is QuittanceState.PARTLY_PAID
    )

    type_text(qtbot, form.amount, "50000")
    form.propose()
    assert (
        form.table.rowCount() == 1
        and form.table.item(0, 5).text().replace("\u00a0", " ") == "46 511"
    )
    click_and_wait(qtbot, form.save_button)
    assert "3\u00a0489" in form.result.text() or "3 489" in form.result.text()
    assert state(o.admin, q2) is QuittanceState.PAID

    # The payer's account statement, to Excel: ends on the credit of 3 489.
    statement = tmp_path / "releve.xlsx"
    form.export_statement(statement)
    qtbot.waitUntil(lambda: statement.exists(), timeout=10_000)
    sheet = openpyxl.load_workbook(statement)["Relevé"]
    assert sheet.cell(row=11, column=6).value == -3_489

    # A bad amount is refused next to its field, nothing saved.
    type_text(qtbot, form.amount, "12,5")
    click_and_wait(qtbot, form.save_button)
    label = form.findChild(type(form.result), "error_amount")
    assert label is not None and "centimes" in label.text()

    # The list shows both payments; the first is reversed (impayé) with its reason.
    page = area.payments
    page.reload()
    assert page.model.total == 2
    page.table.selectRow(1)  # latest first: row 1 is RE-2026-000001
    monkeypatch.setattr(payments_page, "ask_reason", lambda *a: "Virement retourné")
    click_and_wait(qtbot, page.reverse_button)
    assert state(o.admin, q1) is QuittanceState.ISSUED
    assert state(o.admin, q2) is QuittanceState.PARTLY_PAID  # 46 511 of the second payment stay

    # The cash desk: one day, closed by the cashier; checking it oneself is refused.
    desk = area.cash_desk
    desk.reload()
    desk.days_table.selectRow(0)
    # Received 300 000 + 50 000, the 300 000 reversed the same day: net 50 000, three lines.
    assert desk.lines_table.rowCount() == 3
    assert "Total : 50\u00a0000" in desk.totals.text()
    click_and_wait(qtbot, desk.close_button)
    desk.days_table.selectRow(0)
    click_and_wait(qtbot, desk.check_button)
    assert "propre journée" in desk.message.text()

    # The arrears: Q1 221 711 again due, Q2 124 800 − 46 511 = 78 289.
    arrears = area.arrears
    arrears.reload()
    assert arrears.parties_table.rowCount() == 1
    assert arrears.parties_table.item(0, 6).text().replace("\u00a0", " ") == "300 000"
    target = tmp_path / "impayes.xlsx"
    arrears.export_to(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    assert openpyxl.load_workbook(target)["Par âge"]["G6"].value == 300_000
    area.tabs.setCurrentIndex(3)
    qtbot.wait(10)
    assert Qt  # the area is laid out at 1366 × 705


def test_an_instalment_plan_typed_in_its_dialog(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """§2, §11: a quittance of 300 000 split into 105 000 and 195 000; a plan that does not
    add up is refused next to the table, the right one saved and aged on its own."""
    o = office(admin, clerk)
    _, _, (q,) = debtor(o, "Traoré Ali", (300_000, date(2026, 10, 1)))
    area = open_area(qtbot, o.cashier)
    page = area.arrears
    page.reload()
    page.parties_table.selectRow(0)
    page.lines_table.selectRow(0)
    dialog = page.open_plan()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.add_row("01/10/2026", "105 000")
    dialog.add_row("15/12/2026", "195 001")
    click_and_wait(qtbot, dialog.save_button)
    label = dialog.findChild(type(page.total), "error_instalments")
    assert label is not None and "totalisent 300" in label.text()
    dialog.table.item(1, 1).setText("195 000")
    click_and_wait(qtbot, dialog.save_button)
    page.reload()
    page.parties_table.selectRow(0)
    assert page.lines_table.rowCount() == 2
    assert page.lines_table.item(0, 0).text().endswith("(1/2)")


def test_collection_settings_in_reference_data(qtbot, admin: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    """Référentiels « Encaissements »: the art. 13 share (35 %) and a letter text saved; 0 %
    is refused next to its field."""
    from desktop_app.domain.collection import ReminderStep
    from desktop_app.services.finance import arrears
    from desktop_app.ui.admin.collection_page import CollectionPage

    page = CollectionPage(AppBus(admin))
    qtbot.addWidget(page)
    assert page.share.value() == 100
    page.share.setValue(0)
    click_and_wait(qtbot, page.save_button)
    label = page.findChild(type(page.result), "error_cover_share_percent")
    assert label is not None and "entre 1 et 100" in label.text()
    page.share.setValue(35)
    page.texts[ReminderStep.REMINDER].setPlainText("Cher client, merci de régler.")
    click_and_wait(qtbot, page.save_button)
    saved = arrears.collection_settings(admin)
    assert saved.cover_share_percent == 35
    assert saved.texts[ReminderStep.REMINDER] == "Cher client, merci de régler."


def test_premiums_collected_from_the_statements_page(
    qtbot,
    admin: ServiceContext,
    clerk: ServiceContext,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """§12 « Primes encaissées » offered beside the other statements and written from the
    window: 300 000 received on 21/11."""
    from desktop_app.domain.collection import CollectionMode, PayerKind
    from desktop_app.services.finance import payments
    from desktop_app.services.finance.payments import PaymentInput
    from desktop_app.services.statements.scope import StatementScope
    from desktop_app.ui.statistics.statement_choices import available_statements
    from tests.services.finance.builders import TODAY

    o = office(admin, clerk)
    sub, _, _ = debtor(o, "Koné Aïcha", (221_711, date(2026, 2, 1)), (124_800, date(2026, 3, 1)))
    payments.record_payment(
        o.cashier, PaymentInput(TODAY, PayerKind.SUBSCRIBER, sub, CollectionMode.TRANSFER, 300_000)
    )
    (choice,) = [c for c in available_statements() if c.key == "primes-encaissees"]
    result = choice.run(
        o.admin, StatementScope(TODAY, TODAY), tmp_path / "p.xlsx", lambda _n: None, lambda: False
    )
    assert result.sheet("Encaissements").totals["Montant"] == 300_000
