"""Production screens beyond the main flow (issue 3): a photo from a file, the Excel import
dialog, printing a document through a printer, and the card batch in the background."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from desktop_app.domain.kinds import Gender
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import benefits, documents, issue, members
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production import documents_tab
from desktop_app.ui.production.import_dialog import ImportDialog
from desktop_app.ui.production.person_form import PersonForm
from desktop_app.ui.production.policy_editor import PolicyEditor
from tests.services.factories import draft_policy, reference_data
from tests.services.production.test_member_import import HEADER
from tests.ui.helpers import click_and_wait, collect_premium

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def policy(admin: ServiceContext, clerk: ServiceContext) -> int:
    inter, adm = reference_data(admin)
    pid = draft_policy(clerk, inter, adm, date(2026, 1, 1), name="SIFCA")
    benefits.copy_template(clerk, pid, benefits.list_templates(clerk)[0].id)
    return pid


def _person(pid: int, i: int) -> members.PersonData:
    return members.PersonData(
        pid, "Koné", f"Awa {i}", date(1985, 1, 1), Gender.FEMALE, date(2026, 1, 1), 80, 1, 2_000_000
    )


def test_photo_from_a_file_is_saved_with_the_person(
    qtbot,
    clerk: ServiceContext,
    policy: int,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    form = PersonForm(AppBus(clerk), _person(policy, 1))
    qtbot.addWidget(form)
    form.choose_photo(photo)
    op = form.save()  # in the background: the policy's premiums are computed again
    qtbot.waitUntil(lambda: op.done)
    assert op.succeeded, form.errors.general_message()
    assert members.get_photo(clerk, form.saved_id or 0) == PNG
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"not an image")
    other = PersonForm(AppBus(clerk), _person(policy, 2))
    qtbot.addWidget(other)
    other.choose_photo(bad)
    op = other.save()
    qtbot.waitUntil(lambda: op.done)
    assert not op.succeeded
    assert "PNG ou JPEG" in other.errors.message("photo")
    assert len(members.list_policy_persons(clerk, policy)) == 1  # the refused person was not saved
    # The message sits next to the photo, inside the form, not in a window of its own.
    (label,) = [
        w for w in other.findChildren(QLabel) if not w.isHidden() and "PNG ou JPEG" in w.text()
    ]
    assert label.window() is other and not label.isWindow()


def test_import_dialog_lists_problems_then_imports_a_clean_file(
    qtbot,
    clerk: ServiceContext,
    policy: int,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    def write(path: Path, rows: list[list[object]]) -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Assurés"
        ws.append(HEADER)
        for row in rows:
            ws.append(row)
        wb.save(path)
        return path

    row = [
        "Yao",
        "Éloïse",
        date(1990, 3, 3),
        "Bouaké",
        "F",
        "Assuré principal",
        "GS-100",
        "",
        "",
        80,
        1,
        2_000_000,
        None,
        date(2026, 1, 1),
    ]
    bad = write(
        tmp_path / "bad.xlsx",
        [row, [*row[:6], "GS-101", "", "", 75, 4, -5, None, date(2026, 1, 1)]],
    )
    dialog = ImportDialog(AppBus(clerk), policy, bad)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.check is not None)  # the file is checked in the background
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() >= 3 and "Rien n'a été enregistré" in dialog.summary.text()
    assert {dialog.problems.item(i, 0).text() for i in range(dialog.problems.rowCount())} == {"3"}
    good = write(tmp_path / "good.xlsx", [row])
    dialog = ImportDialog(AppBus(clerk), policy, good)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.check is not None)
    assert dialog.import_button.isEnabled()
    click_and_wait(qtbot, dialog.import_button)
    assert "1 assuré(s) principal(aux) et 0 ayant(s) droit importés" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # done: the same file is not imported twice
    assert [r.first_names for r in members.list_policy_persons(clerk, policy)] == ["Éloïse"]


def test_a_tab_reads_its_rows_when_it_is_shown(qtbot, clerk: ServiceContext, policy: int) -> None:  # type: ignore[no-untyped-def]
    """Issue 8 speed: opening a policy reads the contract only; « Assurés » and « Documents »
    read their rows when the clerk shows them, and again after a change."""
    members.save_person(clerk, _person(policy, 1))
    issue.issue_policy(clerk, policy)
    editor = PolicyEditor(AppBus(clerk))
    qtbot.addWidget(editor)
    editor.open_policy(policy)
    assert editor.persons.tree.topLevelItemCount() == 0
    assert editor.documents.table.rowCount() == 0
    editor.tabs.setCurrentWidget(editor.persons)
    assert editor.persons.tree.topLevelItemCount() == 1
    assert editor.documents.table.rowCount() == 0
    editor.tabs.setCurrentWidget(editor.documents)
    assert editor.documents.table.rowCount() == 3  # contract, quittance, card


def test_print_contract_through_a_printer(
    qtbot, clerk: ServiceContext, policy: int, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    members.save_person(clerk, _person(policy, 1))
    issue.issue_policy(clerk, policy)
    editor = PolicyEditor(AppBus(clerk))
    qtbot.addWidget(editor)
    editor.open_policy(policy)
    editor.tabs.setCurrentWidget(editor.documents)
    preview = editor.documents.print_contract()
    assert preview is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "imprime.pdf"
    printer.setOutputFileName(str(out))
    preview.print_to(printer)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 10_000


def test_card_batch_runs_in_the_background_and_can_be_cancelled(
    qtbot,
    admin: ServiceContext,
    clerk: ServiceContext,
    policy: int,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for i in range(6):
        members.save_person(clerk, _person(policy, i))
    issue.issue_policy(clerk, policy)
    collect_premium(admin, policy)
    monkeypatch.setattr(documents_tab, "BATCH_IN_BACKGROUND", 2)
    editor = PolicyEditor(AppBus(clerk))
    qtbot.addWidget(editor)
    editor.open_policy(policy)
    editor.tabs.setCurrentWidget(editor.documents)
    tab = editor.documents
    assert tab.print_cards(sheet=True) is None  # handed to a background job
    with qtbot.waitSignal(tab.job.ended, timeout=20_000):
        pass
    assert tab.preview is not None and tab.preview.page_count() == 1
    tab.preview = None
    # Hold the render until « Annuler » is pressed, so the cancel lands while it runs.
    gate = threading.Event()
    real = documents.cards_pdf

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(documents, "cards_pdf", held)
    tab.print_cards(sheet=False)
    with qtbot.waitSignal(tab.job.cancelled, timeout=20_000):
        tab.job.cancel()
        gate.set()
    assert tab.preview is None


def test_a_new_policy_starts_blank_after_opening_another(
    qtbot,
    admin: ServiceContext,
    clerk: ServiceContext,  # type: ignore[no-untyped-def]
    policy: int,
) -> None:
    from desktop_app.services.production import policies

    editor = PolicyEditor(AppBus(clerk))
    qtbot.addWidget(editor)
    editor.open_policy(policy)
    editor.form.administrator_ref.setText("ASC-2026-9001")
    editor.form.commission_rate.setText("15")
    view = policies.get_policy(clerk, policy)
    editor.new_policy(view.data.subscriber_id or 0, "Autre souscripteur")
    form = editor.form
    assert form.administrator_ref.text() == "" and form.commission_rate.text() == ""
    assert form.intermediary.currentData() is None and form.overall_ceiling.text() == ""
    assert form.effective_date.value() == clerk.today()


def test_a_refused_benefit_is_marked_on_its_category_row(
    qtbot,
    clerk: ServiceContext,
    policy: int,  # type: ignore[no-untyped-def]
) -> None:
    from desktop_app.domain.care import CareCategory
    from desktop_app.services.production import policies
    from desktop_app.ui.production.benefits_tab import ANNUAL, PER_ACT, BenefitsTab

    tab = BenefitsTab(AppBus(clerk))
    qtbot.addWidget(tab)
    tab.set_policy(policy, policies.get_policy(clerk, policy))
    before = benefits.get_policy_schedule(clerk, policy)
    optical = list(CareCategory).index(CareCategory.OPTICAL)
    red = "#f8d7da"

    tab.table.item(optical, ANNUAL).setText("0")  # the service refuses: positive or empty
    assert not tab.save()
    assert "Optique : le plafond annuel est un montant entier positif" in tab.error.text()
    assert tab.table.item(optical, ANNUAL).background().color().name() == red
    assert tab.table.item(optical, PER_ACT).background().color().name() != red
    assert tab.table.item(optical - 1, ANNUAL).background().color().name() != red

    tab.table.item(optical, ANNUAL).setText("cinquante")  # cannot even be read
    assert not tab.save()
    assert "« cinquante » n'est pas un nombre entier" in tab.error.text()
    assert tab.table.item(optical, ANNUAL).background().color().name() == red
    assert benefits.get_policy_schedule(clerk, policy) == before
