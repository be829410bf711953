"""Renewal in the window (issue 8): « Renouveler… » on an issued policy shows the year
that ends and the new premiums before anything is written, then renews and offers the
document; the yearly batch simulates, renews, reports and saves its workbook; the
adjustment clause is edited in Référentiels, a bad cell refused next to it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.renewal import DEFAULT_ADJUSTMENT
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import pricing
from desktop_app.ui.admin.adjustment_page import RATE, UP_TO, AdjustmentPage
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.policy_editor import PolicyEditor
from desktop_app.ui.production.renewal_batch_dialog import RenewalBatchDialog
from tests.services.claims.test_claims_builders import issued_policy, office, person
from tests.services.production.test_renewal import _policy
from tests.ui.helpers import click_and_wait


def _yes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_renew_one_policy_from_its_window(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """Kouassi (41 → 42) and Bamba (55 → 56, +15 %), no claim: S/P 0 % → −25 %;
    180 000 and 207 000; quittance TTC 428 760 (see the service test)."""
    o = office(admin, clerk)
    pid, _ = _policy(o, [person(0, "Kouassi"), person(0, "Bamba", birth_date=date(1970, 6, 1))])
    editor = PolicyEditor(AppBus(o.production))
    qtbot.addWidget(editor)
    editor.open_policy(pid)
    assert editor.renew_button.isVisible() or editor.renew_button.isEnabled()
    dialog = editor.open_renewal()
    assert dialog is not None  # a child of the editor: closed with it
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.ratio.text().startswith("0,00 %")
    assert dialog.rate.text().replace("\xa0", " ") == "−25 %"
    assert dialog.persons.rowCount() == 2
    assert dialog.persons.item(1, 4).text().replace("\xa0", " ") == "207 000"
    assert "428 760" in dialog.quittance.text().replace("\u00a0", " ")
    assert not dialog.other_rate.isEnabled()  # a production clerk may not change the clause
    _yes(monkeypatch)
    monkeypatch.setattr(dialog, "open_document", lambda: None)
    click_and_wait(qtbot, dialog.renew_button)
    assert dialog.result_done is not None and dialog.result_done.total == 428_760
    assert "renouvelée pour 2027" in dialog.title.text()
    assert not dialog.renew_button.isEnabled()
    # The document opens as a PDF preview.
    monkeypatch.undo()
    preview = dialog.open_document()
    assert preview is not None and preview.parent() is dialog


def test_renewing_again_is_refused_in_the_window(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    editor = PolicyEditor(AppBus(o.production))
    qtbot.addWidget(editor)
    editor.open_policy(pid)
    from desktop_app.services.production import renewal

    renewal.renew_policy(o.production, pid, 2027)
    editor.open_policy(pid)
    dialog = editor.open_renewal()
    assert dialog is not None  # a child of the editor: closed with it
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan.year == 2028  # the year after the new expiry
    assert "pas pour" not in dialog.refusal.text()


def test_the_yearly_batch_simulates_renews_and_saves_its_report(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    for name in ("Alpha", "Beta"):
        issued_policy(o, [name], subscriber=f"Société {name}")
    dialog = RenewalBatchDialog(AppBus(o.production))
    qtbot.addWidget(dialog)
    assert dialog.year.value() == 2027
    qtbot.mouseClick(dialog.simulate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report is not None and dialog.report.dry_run
    assert "2 police(s) seraient renouvelées pour 2027" in dialog.status.text()
    assert dialog.table.rowCount() == 2
    _yes(monkeypatch)
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.report.dry_run, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled())
    assert "2 police(s) renouvelées pour 2027" in dialog.status.text()
    target = tmp_path / "rapport"
    dialog.save_report(target)
    qtbot.waitUntil(lambda: "Rapport enregistré" in dialog.status.text(), timeout=10_000)
    book = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    assert book["Renouvelées"]["B6"].value in ("Société Alpha", "Société Beta")


def test_the_adjustment_clause_is_edited_in_reference_data(qtbot, admin: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    page = AdjustmentPage(AppBus(admin))
    qtbot.addWidget(page)
    assert page.table.rowCount() == len(DEFAULT_ADJUSTMENT.bands)
    assert page.reading.text().splitlines()[0] == "S/P jusqu'à 20 % : -25 %"
    page.table.item(4, RATE).setText("+20")
    click_and_wait(qtbot, page.save_button)
    assert pricing.get_adjustment(admin).bands[4].rate == Decimal("0.20")
    page.table.item(2, UP_TO).setText("30")  # below the row before (40)
    page.table.item(3, RATE).setText("beaucoup")
    click_and_wait(qtbot, page.save_button)
    assert not page.general.isHidden()
    assert "Ligne 4" in page.general.text() and "Pourcentage invalide" in page.general.text()
    assert page.table.item(3, RATE).toolTip().startswith("Pourcentage invalide")
    page.table.item(3, RATE).setText("0")
    click_and_wait(qtbot, page.save_button)
    assert "croître" in page.table.item(2, UP_TO).toolTip()
    assert pricing.get_adjustment(admin).bands[2].up_to == Decimal(50)  # nothing saved
