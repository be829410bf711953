"""Endorsements in the window (issue 8, domain.md §8, §5): « Avenant… » on a policy in
force, each kind's form, the preview as the clerk types (movements and quittance), each
refusal next to its cell, the validation, and the « Avenants » tab that reprints.

Policies from 01/01/2026 (the clock reads 21/11/2026), individual: taxes 8 %; endorsement
accessoires 2 000 up to a net of 100 000 (see tests/services/production/test_endorsements).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.persistence.models import Endorsement, InsuredPerson, PersonTerm, Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.services.production.person_history import person_history
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import RUNNING_PROPERTY
from desktop_app.ui.production.endorsement_dialog import EndorsementDialog
from desktop_app.ui.production.policy_editor import PolicyEditor
from tests.services.claims.test_claims_builders import Office, issued_policy, office
from tests.services.production.test_member_import import _file, _row
from tests.ui.helpers import click_and_wait

K = EndorsementKind


def _count(o: Office, model: type) -> int:
    with o.production.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _priced_120_000(o: Office, person_id: int) -> None:
    """The worked figure of issue 8 prices each person 120 000 a year."""
    with o.production.write() as session:
        for term in session.scalars(select(PersonTerm).where(PersonTerm.person_id == person_id)):
            term.annual_net_premium = 120_000
        person = session.get(InsuredPerson, person_id)
        assert person is not None
        person.annual_net_premium = 120_000


def _open(qtbot, o: Office, pid: int) -> tuple[PolicyEditor, EndorsementDialog]:  # type: ignore[no-untyped-def]
    editor = PolicyEditor(AppBus(o.production))
    qtbot.addWidget(editor)
    editor.open_policy(pid)
    assert not editor.endorse_button.isHidden() and editor.endorse_button.isEnabled()
    dialog = editor.open_endorsement()
    assert dialog is not None and dialog.parent() is editor
    return editor, dialog


def _settled(qtbot, dialog: EndorsementDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.pending, timeout=10_000)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _label(dialog: EndorsementDialog, name: str) -> str:
    assert dialog.form is not None
    return next(p.label for p in dialog.form.persons if p.name.startswith(name))


def test_regularisation_previews_refuses_then_validates(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """domain.md §8 + §5, issue 8's worked figure: C (120 000) enters 01/05/2026 — 245 days
    → +80 547.95; D (120 000) leaves 01/11/2026 — 61 days → −20 054.79; one endorsement,
    net 60 493.15 → 60 493; accessoires 2 000; taxes 8 % × 62 493 = 4 999.44 → 4 999;
    TTC 67 492. A third row dated 2027 is refused next to its cell, and nothing is saved
    until the clerk removes it."""
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi", "Diallo"])
    _priced_120_000(o, ids["Diallo"])
    editor, dialog = _open(qtbot, o, pid)
    assert EndorsementKind.RENEWAL.value not in [
        dialog.kind.itemData(i) for i in range(dialog.kind.count())
    ]
    dialog.set_kind(K.REGULARISATION)
    assert dialog.boxes["additions"].isVisibleTo(dialog)
    assert dialog.boxes["exits"].isVisibleTo(dialog)
    assert not dialog.boxes["changes"].isVisibleTo(dialog)
    assert dialog.refund.isChecked()  # the policy's terms allow the refund
    dialog.additions.add_row(
        {
            "last_name": "Camara",
            "first_names": "Jean",
            "birth_date": "20/01/1985",
            "entry_date": "01/05/2026",
            "annual_net_premium": "120 000",
        }
    )
    dialog.exits.add_row()
    dialog.exits.set_text(0, "person", _label(dialog, "Diallo"))
    dialog.exits.set_text(0, "day", "01/11/2026")
    _settled(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert dialog.movements.rowCount() == 2
    rows = [[_plain(dialog.movements.item(r, c).text()) for c in (0, 1, 2, 4, 7)] for r in range(2)]
    assert rows == [
        ["Camara Jean", "Entrée", "01/05/2026", "245", "80 548"],
        ["Diallo Jean", "Sortie", "01/11/2026", "61", "-20 055"],
    ]
    text = _plain(dialog.quittance.text())
    assert "prime nette 60 493 FCFA" in text
    assert "accessoires 2 000 FCFA" in text and "taxes 4 999 FCFA" in text
    assert "prime TTC 67 492 FCFA" in text
    assert dialog.validate_button.isEnabled()
    assert "Avenant n° 1" in dialog.number.text()

    # A movement outside the policy year: refused in French on its row, nothing validated.
    dialog.exits.add_row()
    dialog.exits.set_text(1, "person", _label(dialog, "Kouassi"))
    dialog.exits.set_text(1, "day", "01/02/2027")
    _settled(qtbot, dialog)
    assert dialog.preview is not None and dialog.preview.blocked
    assert not dialog.validate_button.isEnabled()
    assert dialog.exits.is_marked(1, "day")
    assert not dialog.exits.is_marked(0, "day")
    message = dialog.errors.message("exits")
    assert message == (
        "Ligne 2 : Kouassi Jean : le 01/02/2027 sort de l'année de la police "
        "(échéance le 31/12/2026)."
    )
    assert _count(o, Endorsement) == 0

    dialog.exits.table.setCurrentCell(1, 0)
    dialog.exits.remove_button.click()
    _settled(qtbot, dialog)
    assert dialog.validate_button.isEnabled()
    assert not dialog.exits.is_marked(0, "day")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No
    )  # confirmed below; the PDF is not opened
    dialog.validate()
    qtbot.waitUntil(lambda: dialog.result_done is not None, timeout=10_000)
    assert dialog.result_done is not None and dialog.result_done.number == 1
    assert dialog.result_done.total == 67_492
    assert _plain(dialog.status.text()) == (
        f"Avenant n° 1 validé — quittance {dialog.result_done.quittance_number} de 67 492 FCFA"
    )
    assert not dialog.validate_button.isEnabled()
    assert _count(o, Endorsement) == 1
    assert _count(o, Quittance) == 2  # the and this endorsement's
    pdf = dialog.open_document()
    assert pdf is not None

    # The « Avenants » tab lists it and reprints the stored document.
    tab = editor.endorsements
    editor.tabs.setCurrentWidget(tab)  # a tab reads its rows when it is shown
    assert tab.table.rowCount() == 1
    assert [tab.table.item(0, c).text() for c in (0, 1, 2)] == [
        "1",
        "Régularisation",
        "01/05/2026",
    ]
    assert _plain(tab.table.item(0, 6).text()) == "67 492"
    assert tab.reprint(0) is not None


def test_a_cell_that_cannot_be_read_is_refused_next_to_it(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    _editor, dialog = _open(qtbot, o, pid)
    dialog.set_kind(K.ADDITION)
    dialog.additions.add_row(
        {"last_name": "Yao", "first_names": "Paul", "birth_date": "31/02/1990"}
    )
    _settled(qtbot, dialog)
    assert dialog.additions.is_marked(0, "birth_date")
    assert dialog.movements.rowCount() == 0 and dialog.quittance.text() == ""
    assert dialog.errors.message("additions").startswith("Ligne 1 : ")
    assert not dialog.validate_button.isEnabled()
    # Typed right, priced by the tariff: 240 000 from 01/07/2026, 184 days → 120 986;
    # accessoires 3 000 (net above 100 000); taxes 8 % × 123 986 = 9 918.88 → 9 919;
    # TTC 133 905 (issue 8's first worked figure).
    dialog.additions.set_text(0, "birth_date", "20/01/1985")
    dialog.additions.set_text(0, "entry_date", "01/07/2026")
    _settled(qtbot, dialog)
    assert not dialog.additions.is_marked(0, "birth_date")
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert _plain(dialog.movements.item(0, 6).text()) == "240 000"
    assert "prime TTC 133 905 FCFA" in _plain(dialog.quittance.text())
    assert _count(o, Endorsement) == 0


def test_a_suspension_of_the_whole_policy_is_dated(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """§8: a suspension with no person ticked suspends the whole policy from its date; it
    makes no quittance; the person's history shows it with the endorsement's number."""
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi"])
    _editor, dialog = _open(qtbot, o, pid)
    dialog.set_kind(K.SUSPENSION)
    assert dialog.day_box.isVisibleTo(dialog) and not dialog.refund.isVisibleTo(dialog)
    dialog.day.setText("01/10/2026")
    _settled(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert dialog.movements.item(0, 0).text() == "Toute la police"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    click_and_wait(qtbot, dialog.validate_button)  # the clerk says no: nothing happens
    assert dialog.result_done is None and _count(o, Endorsement) == 0
    dialog.validate()
    qtbot.waitUntil(lambda: dialog.result_done is not None, timeout=10_000)
    assert dialog.result_done is not None and dialog.result_done.quittance_id is None
    assert dialog.status.text() == "Avenant n° 1 validé"
    history = person_history(o.production, ids["Kouassi"])
    assert [(s.start, s.stop, s.whole_policy, s.suspended_by) for s in history.suspensions] == [
        (date(2026, 10, 1), None, True, 1)
    ]


def test_entries_read_from_an_excel_member_list(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The member import's template fills the entries: a member and their spouse (the
    spouse's member is « ligne 1 »), the matricules of the file kept; a file with a
    problem adds nothing and says where."""
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    _editor, dialog = _open(qtbot, o, pid)
    dialog.set_kind(K.ADDITION)
    entry = {"entry": date(2026, 7, 1)}
    bad = _file(
        tmp_path / "mauvaise.xlsx",
        [_row("Yao", "Paul", date(1985, 1, 20), "Assuré principal", "YA-001", rate=55)],
    )
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: not dialog.import_button.property(RUNNING_PROPERTY), timeout=10_000)
    assert dialog.general.text().startswith("Le fichier n'est pas repris, corrigez-le :\nLigne 2")
    assert dialog.additions.row_count() == 0
    good = _file(
        tmp_path / "liste.xlsx",
        [
            _row("Yao", "Paul", date(1985, 1, 20), "Assuré principal", "YA-001", **entry),
            _row("Yao", "Awa", date(1987, 3, 2), "Conjoint", "YA-002", "YA-001", **entry),
        ],
    )
    dialog.import_file(good)
    qtbot.waitUntil(lambda: dialog.additions.row_count() == 2, timeout=10_000)
    assert dialog.additions.text(1, "member") == "ligne 1"
    assert dialog.additions.text(1, "relationship") == "Conjoint"
    _settled(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert [dialog.movements.item(r, 0).text() for r in range(2)] == ["Yao Paul", "Yao Awa"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.validate()
    qtbot.waitUntil(lambda: dialog.result_done is not None, timeout=10_000)
    with o.production.read() as session:
        awa = session.scalar(select(InsuredPerson).where(InsuredPerson.matricule == "YA-002"))
        paul = session.scalar(select(InsuredPerson).where(InsuredPerson.matricule == "YA-001"))
        assert awa is not None and paul is not None and awa.member_id == paul.id


def test_a_change_of_guarantees_and_a_cancellation(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """§8: a change from 01/09/2026 is billed on 122 days (01/09 → 31/12); picking the
    person shows their guarantees of today, and unchanged they are refused. A
    cancellation needs its reason, refused next to the field; a request received before
    the subscriber's letter is refused next to its date."""
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    _editor, dialog = _open(qtbot, o, pid)
    dialog.set_kind(K.COVER_CHANGE)
    assert dialog.boxes["changes"].isVisibleTo(dialog)
    assert not dialog.boxes["additions"].isVisibleTo(dialog)
    dialog.changes.add_row()
    dialog.changes.set_text(0, "person", _label(dialog, "Kouassi"))
    assert _plain(dialog.changes.text(0, "annual_ceiling")) == "2 000 000"
    dialog.changes.set_text(0, "day", "01/09/2026")
    _settled(qtbot, dialog)
    assert dialog.changes.is_marked(0, "coverage_rate")
    assert "rien ne change" in dialog.errors.message("changes")
    dialog.changes.set_text(0, "coverage_rate", "100 %")
    _settled(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert dialog.movements.item(0, 4).text() == "122"
    assert _plain(dialog.movements.item(0, 5).text()) == "240 000"

    dialog.set_kind(K.CANCELLATION)
    assert dialog.reason.isVisibleTo(dialog) and not dialog.persons.isVisibleTo(dialog)
    dialog.day.setText("01/10/2026")
    dialog.request_dates["letter_date"].setText("10/09/2026")
    dialog.request_dates["received_on"].setText("05/09/2026")
    _settled(qtbot, dialog)
    assert dialog.errors.message("reason") == "Indiquez le motif de la résiliation."
    assert dialog.errors.message("received_on").startswith(
        "La réception de la demande ne peut précéder la lettre du souscripteur"
    )
    assert not dialog.validate_button.isEnabled()
    dialog.reason.setText("Demande du souscripteur")
    dialog.request_dates["received_on"].setText("12/09/2026")
    _settled(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert dialog.errors.message("reason") == ""
    # 240 000 refunded for 92 days (01/10 → 31/12): −60 493.15, one line, a credit note.
    assert dialog.movements.item(0, 1).text() == "Résiliation"
    assert _plain(dialog.movements.item(0, 7).text()) == "-60 493"
    assert dialog.validate_button.isEnabled()
    assert _count(o, Endorsement) == 0


def test_persons_ticked_confirmed_and_printed(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """A suspension of one person ticked in a filtered list; the clerk confirms, the
    endorsement is validated and its PDF opened; a reinstatement validated while refused
    (forced past the disabled button) saves nothing and shows why."""
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi", "Diallo"])
    editor, dialog = _open(qtbot, o, pid)
    # The person pickers search any part of the label, among the persons covered.
    dialog.set_kind(K.REMOVAL)
    dialog.exits.add_row()
    pick = dialog.exits.widget(0, "person")
    completer = pick.completer()  # type: ignore[union-attr]
    completer.setCompletionPrefix("allo")
    assert completer.completionCount() == 1
    assert completer.currentCompletion().endswith("Diallo Jean")
    dialog.exits.clear_rows()

    dialog.set_kind(K.SUSPENSION)
    dialog.search.setText("koua")
    visible = [
        dialog.persons.item(r).text()
        for r in range(dialog.persons.count())
        if not dialog.persons.isRowHidden(r)
    ]
    assert len(visible) == 1 and visible[0].endswith("Kouassi Jean")
    for r in range(dialog.persons.count()):
        if not dialog.persons.isRowHidden(r):
            dialog.persons.item(r).setCheckState(Qt.CheckState.Checked)
    dialog.day.setText("01/10/2026")
    _settled(qtbot, dialog)
    assert dialog.preview is not None and not dialog.preview.blocked, dialog.preview.errors
    assert [dialog.movements.item(r, 0).text() for r in range(dialog.movements.rowCount())] == [
        "Kouassi Jean"
    ]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_and_wait(qtbot, dialog.validate_button)
    qtbot.waitUntil(lambda: dialog.result_done is not None, timeout=10_000)
    assert dialog.pdf is not None  # « Ouvrir l'avenant pour l'imprimer ? » — oui
    history = person_history(o.production, ids["Kouassi"])
    assert [(s.start, s.whole_policy) for s in history.suspensions] == [(date(2026, 10, 1), False)]
    assert person_history(o.production, ids["Diallo"]).suspensions == ()

    # A reinstatement dated before the suspension: refused, even forced; nothing saved.
    second = editor.open_endorsement()
    assert second is not None
    second.set_kind(K.REINSTATEMENT)
    second.day.setText("01/09/2026")
    _settled(qtbot, second)
    assert second.preview is not None and second.preview.blocked
    assert not second.validate_button.isEnabled()
    second.validate()
    qtbot.waitUntil(lambda: not second.validate_button.property(RUNNING_PROPERTY))
    assert second.result_done is None
    assert _count(o, Endorsement) == 1
    assert second.status.text().endswith("corrigez les cases en rouge.")

    # The « Avenants » tab: a double click reprints the stored document.
    tab = editor.endorsements
    editor.tabs.setCurrentWidget(tab)  # a tab reads its rows when it is shown
    assert tab.table.rowCount() == 1
    tab.table.cellDoubleClicked.emit(0, 1)
    assert tab.preview is not None


def test_a_live_refusal_leaves_the_focus_where_the_clerk_types(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    _editor, dialog = _open(qtbot, o, pid)
    dialog.set_kind(K.CANCELLATION)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.notes.setFocus()
    qtbot.waitUntil(dialog.notes.hasFocus)
    dialog.day.setText("01/10/2026")  # no reason yet: refused next to « Motif »
    _settled(qtbot, dialog)
    assert dialog.errors.message("reason") == "Indiquez le motif de la résiliation."
    assert dialog.notes.hasFocus()
