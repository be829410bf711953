"""The « Bordereaux » page: an accountant types a period, picks a file, clicks « Exporter » and
opens the workbook written off the UI thread (issues 3 and 4, domain.md §12)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton

from desktop_app.domain.periods import PeriodKind
from desktop_app.domain.roles import Role
from desktop_app.exports.sheet import FIRST_DATA_ROW, HEADER_ROW
from desktop_app.services.administration import reference
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import issue
from desktop_app.services.statements import production as statements
from desktop_app.ui.bus import AppBus
from desktop_app.ui.statistics.statements_page import StatementsPage
from desktop_app.ui.statistics.statistics_area import StatisticsArea
from tests.services.production.test_issue import _ready_policy
from tests.ui.conftest import clerk_with

ISSUED = datetime(2026, 11, 21, 9, 30)
TTC = 270_000  # one member, option 80 % zone 1, a full year (tests/services/test_issue.py)


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def choose_file(qtbot, monkeypatch, page: StatementsPage, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """« Parcourir… » with the save dialog answering ``path``; returns the names it proposed."""
    proposed: list[str] = []

    def fake(parent, title, start, *args, **kwargs):  # type: ignore[no-untyped-def]
        proposed.append(start)
        return str(path), "Classeur Excel (*.xlsx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    click(qtbot, page.browse_button)
    return proposed


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the statements (the test database lives in ``tmp_path``)."""
    folder = tmp_path / "bordereaux"
    folder.mkdir()
    return folder


@pytest.fixture
def issued(admin: ServiceContext, clerk: ServiceContext) -> ServiceContext:
    """One policy issued on 21/11/2026: one quittance of 270 000 FCFA TTC."""
    pid = _ready_policy(admin, clerk, ["Kouassi"])
    issue.issue_policy(replace(clerk, clock=lambda: ISSUED), pid)
    return admin


def open_area(qtbot, ctx: ServiceContext) -> StatisticsArea:  # type: ignore[no-untyped-def]
    area = StatisticsArea(AppBus(replace(ctx, clock=lambda: ISSUED)))
    qtbot.addWidget(area)
    area.resize(1000, 700)
    area.show()
    return area


def test_export_production_writes_the_quittance_and_a_totals_row(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, out: Path, issued: ServiceContext, message_boxes
) -> None:
    area = open_area(qtbot, issued)
    page = area.statements_page
    assert area.tabs.count() == 1 and area.tabs.tabText(0) == "Bordereaux"
    assert page.statement_combo.currentText().startswith("Production")
    type_date(qtbot, page.period.start_edit, "01/11/2026")
    type_date(qtbot, page.period.end_edit, "30/11/2026")
    assert page.period.kind() is None  # typing the dates switched to « Dates libres »
    assert page.period.summary_label.text() == "Novembre 2026 — 30 jours"
    target = out / "production.xlsx"
    proposed = choose_file(qtbot, monkeypatch, page, target)
    assert Path(proposed[0]).name == "bordereau-production-2026-11.xlsx"
    assert page.file_edit.text() == str(target)

    click(qtbot, page.export_button)
    assert page.job is not None
    qtbot.waitUntil(lambda: not page.job.is_running(), timeout=10_000)
    assert page.result_panel.isVisible(), page.general_label.text()
    assert page.result_label.text() == f"1 ligne écrite dans {target}"
    assert page.export_button.isEnabled() and message_boxes == []

    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Production"]
    header = [cell.value for cell in sheet[HEADER_ROW]]
    ttc = header.index("Prime TTC") + 1
    assert sheet.cell(FIRST_DATA_ROW, ttc).value == TTC
    assert type(sheet.cell(FIRST_DATA_ROW, ttc).value) is int
    assert sheet.cell(FIRST_DATA_ROW, header.index("Date d'émission") + 1).value == datetime(
        2026, 11, 21
    )
    totals = sheet.cell(FIRST_DATA_ROW + 1, ttc).value
    assert totals == f"=SUBTOTAL(109,O{FIRST_DATA_ROW}:O{FIRST_DATA_ROW})"
    assert (
        sheet.cell(FIRST_DATA_ROW + 1, 1).value == "Total" and sheet.max_row == FIRST_DATA_ROW + 1
    )
    assert page.result.sheets[0].totals["Prime TTC"] == TTC

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    click(qtbot, page.open_folder_button)
    assert opened == [str(out)]


def test_presets_fill_the_dates_and_name_the_file(
    qtbot,
    monkeypatch,
    out: Path,  # type: ignore[no-untyped-def]
    issued: ServiceContext,
) -> None:
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    # Opens on the month of the day: November 2026.
    assert (page.period.start_edit.text(), page.period.end_edit.text()) == (
        "01/11/2026",
        "30/11/2026",
    )
    choose_file(qtbot, monkeypatch, page, out / "bordereau-production-2026-11.xlsx")
    page.period.kind_combo.setCurrentIndex(page.period.kind_combo.findData(PeriodKind.DECADE.value))
    type_date(qtbot, page.period.reference_edit, "31/12/2026")
    assert (page.period.start_edit.text(), page.period.end_edit.text()) == (
        "21/12/2026",
        "31/12/2026",
    )
    assert page.period.summary_label.text() == "3e décade de décembre 2026 — 11 jours"
    # The file kept the default name: it follows the period.
    assert page.file_edit.text() == str(out / "bordereau-production-2026-12-d3.xlsx")
    click(qtbot, page.period.next_button)
    assert (page.period.start_edit.text(), page.period.end_edit.text()) == (
        "01/01/2027",
        "10/01/2027",
    )
    page.period.kind_combo.setCurrentIndex(
        page.period.kind_combo.findData(PeriodKind.QUARTER.value)
    )
    type_date(qtbot, page.period.reference_edit, "15/11/2026")
    assert (page.period.start_edit.text(), page.period.end_edit.text()) == (
        "01/10/2026",
        "31/12/2026",
    )
    assert page.file_edit.text() == str(out / "bordereau-production-2026-T4.xlsx")
    # A name the clerk chose himself stays as it is.
    page.file_edit.setText(str(out / "mon-bordereau.xlsx"))
    click(qtbot, page.period.previous_button)
    assert page.period.start_edit.text() == "01/07/2026"
    assert page.file_edit.text() == str(out / "mon-bordereau.xlsx")


@pytest.mark.parametrize(
    ("start", "end", "file", "field", "message"),
    [
        ("30/11/2026", "01/11/2026", "x.xlsx", "end", "La date de fin précède la date de début."),
        ("01/01/2022", "31/12/2025", "x.xlsx", "end", "La période ne peut dépasser trois ans."),
        ("31/02/2026", "30/11/2026", "x.xlsx", "start", ""),
        (
            "01/11/2026",
            "30/11/2026",
            "",
            "file",
            "Choisissez le fichier où enregistrer le bordereau",
        ),
        ("01/11/2026", "30/11/2026", "absent/x.xlsx", "file", "n'existe pas"),
    ],
)
def test_bad_input_is_refused_in_french_and_runs_nothing(  # type: ignore[no-untyped-def]
    qtbot,
    out: Path,
    issued: ServiceContext,
    start: str,
    end: str,
    file: str,
    field: str,
    message: str,
    monkeypatch,
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(statements, "export_production", lambda *args: calls.append(args))
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    type_date(qtbot, page.period.start_edit, start)
    type_date(qtbot, page.period.end_edit, end)
    page.file_edit.setText(str(out / file) if file else "")
    click(qtbot, page.export_button)
    shown = page.errors.message(field)
    assert shown and message in shown
    assert page.job is None and calls == [] and list(out.iterdir()) == []
    assert not page.result_panel.isVisible()


def cancel_button(page: StatementsPage) -> QPushButton:
    """« Annuler » of the progress dialog (shown only after 300 ms, clickable before)."""
    (button,) = [b for b in page.progress_dialog.findChildren(QPushButton) if b.text() == "Annuler"]
    return button


def _gated_export(monkeypatch, after: bool) -> tuple[threading.Event, threading.Event]:  # type: ignore[no-untyped-def]
    """The real export, held at a gate before it starts (or after it ends) until released."""
    reached, gate = threading.Event(), threading.Event()
    real = statements.export_production

    def gated(ctx, scope, target, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        if not after:
            reached.set()
            gate.wait(5)
        result = real(ctx, scope, target, progress, cancelled)
        if after:
            reached.set()
            gate.wait(5)
        return result

    monkeypatch.setattr(statements, "export_production", gated)
    return reached, gate


@pytest.mark.parametrize("after", [False, True], ids=["while-writing", "just-after-writing"])
def test_cancel_leaves_no_file(
    qtbot,
    monkeypatch,
    out: Path,
    issued: ServiceContext,  # type: ignore[no-untyped-def]
    after: bool,
) -> None:
    reached, gate = _gated_export(monkeypatch, after)
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    target = out / "annule.xlsx"
    choose_file(qtbot, monkeypatch, page, target)
    click(qtbot, page.export_button)
    assert reached.wait(5)
    assert not page.export_button.isEnabled()
    cancel_button(page).click()
    gate.set()
    qtbot.waitUntil(lambda: not page.job.is_running(), timeout=10_000)
    assert not target.exists() and list(out.iterdir()) == []
    assert page.general_label.text() == "Export annulé : aucun fichier n'a été enregistré."
    assert not page.result_panel.isVisible() and page.export_button.isEnabled()


def test_cancel_keeps_a_file_that_was_there_before(
    qtbot,
    monkeypatch,
    out: Path,  # type: ignore[no-untyped-def]
    issued: ServiceContext,
) -> None:
    reached, gate = _gated_export(monkeypatch, after=False)
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    target = out / "ancien.xlsx"
    target.write_bytes(b"ancien")
    choose_file(qtbot, monkeypatch, page, target)  # the dialog asked before replacing it
    click(qtbot, page.export_button)
    assert reached.wait(5)
    cancel_button(page).click()
    gate.set()
    qtbot.waitUntil(lambda: not page.job.is_running(), timeout=10_000)
    assert target.read_bytes() == b"ancien" and sorted(out.iterdir()) == [target]


def test_typed_name_of_an_existing_file_asks_before_replacing(  # type: ignore[no-untyped-def]
    qtbot, out: Path, issued: ServiceContext, message_boxes
) -> None:
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    target = out / "existant.xlsx"
    target.write_bytes(b"ancien")
    page.file_edit.setText(str(target))
    click(qtbot, page.export_button)
    assert message_boxes == [
        ("question", "Le fichier « existant.xlsx » existe déjà. Voulez-vous le remplacer ?")
    ]
    assert page.job is None and target.read_bytes() == b"ancien"


def test_a_refused_statement_shows_the_service_message(
    qtbot,
    monkeypatch,
    out: Path,  # type: ignore[no-untyped-def]
    issued: ServiceContext,
) -> None:
    from desktop_app.domain.errors import DomainError

    def refuse(*args):  # type: ignore[no-untyped-def]
        raise DomainError("La quittance Q-2026-000001 est incohérente.")

    monkeypatch.setattr(statements, "export_production", refuse)
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    choose_file(qtbot, monkeypatch, page, out / "refus.xlsx")
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: not page.job.is_running(), timeout=10_000)
    assert page.general_label.text() == "La quittance Q-2026-000001 est incohérente."
    assert not page.result_panel.isVisible() and list(out.iterdir()) == []


def test_production_clerk_sees_the_page_disabled(qtbot, clerk: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    area = open_area(qtbot, clerk)  # noqa: F841 - holds the widgets
    page = area.statements_page
    assert not page.form_box.isEnabled() and not page.export_button.isEnabled()
    assert page.notice_label.isVisible()
    assert "Vos droits ne permettent pas d'exporter les bordereaux" in page.notice_label.text()
    assert page.export() is False and page.job is None


def test_accounting_exports_with_an_administrator_filter(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, out: Path, issued: ServiceContext
) -> None:
    """The quittance's policy is managed by ASCOMA: 1 row for ASCOMA, none for SAHAM."""
    accountant = clerk_with(issued, "compta", Role.ACCOUNTING)
    area = open_area(qtbot, accountant)
    page = area.statements_page
    combo = page.filters.administrator_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tous les gestionnaires",
        "ASCOMA — ASCOMA Côte d'Ivoire",
    ]
    _, changes = reference.save_administrator(
        issued, reference.AdministratorData("SAHAM", "Saham Assurance", Decimal("0.04"))
    )
    area.statements_page._bus.changed(changes)  # the one application signal refreshes the list
    assert combo.itemText(2) == "SAHAM — Saham Assurance"
    rows = {}
    for index, name in ((1, "ascoma.xlsx"), (2, "saham.xlsx")):
        combo.setCurrentIndex(index)
        choose_file(qtbot, monkeypatch, page, out / name)
        click(qtbot, page.export_button)
        qtbot.waitUntil(lambda: not page.job.is_running(), timeout=10_000)
        rows[name] = page.result.rows
    assert rows == {"ascoma.xlsx": 1, "saham.xlsx": 0}
    assert page.result_label.text() == f"0 ligne écrite dans {out / 'saham.xlsx'}"
    saham = openpyxl.load_workbook(out / "saham.xlsx")["Production"]
    # No data: the totals row comes right under the header, with zeros.
    assert (saham.cell(FIRST_DATA_ROW, 1).value, saham.cell(FIRST_DATA_ROW, 15).value) == (
        "Total",
        0,
    )
    assert saham.max_row == FIRST_DATA_ROW


def test_claims_paid_is_offered_and_exports(
    qtbot,
    monkeypatch,
    out: Path,  # type: ignore[no-untyped-def]
    issued: ServiceContext,
) -> None:
    area = open_area(qtbot, issued)  # noqa: F841 - holds the widgets
    page = area.statements_page
    combo = page.statement_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Production (quittances émises)",
        "Sinistres payés",
        "Primes encaissées",
        "Commissions par intermédiaire",
        "Honoraires de gestion par gestionnaire",
        "Journées de caisse",
    ]
    combo.setCurrentIndex(1)
    proposed = choose_file(qtbot, monkeypatch, page, out / "sinistres.xlsx")
    assert Path(proposed[0]).name == "bordereau-sinistres-payes-2026-11.xlsx"
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: not page.job.is_running(), timeout=10_000)
    assert page.result_panel.isVisible(), page.general_label.text()
    assert page.result.rows == 0
    assert len(openpyxl.load_workbook(out / "sinistres.xlsx").sheetnames) == 2
    assert date(2026, 11, 1) == page.period.current().start
