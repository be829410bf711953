"""The follow-up of §14 in the window: « Suivi des demandes » (a request typed like a
clerk, refused next to its field, moved by its dates, rejected with a reason, the overdue
filter) and « Calendrier des renouvellements » (this week's touchpoint, its checklist
ticked, the client's decision), and the policy editor's « Demandes et renouvellement » tab.

The clock reads Tuesday 01/12/2026: the week of 30/11 to 06/12 holds the 30-day
touchpoint of a policy ending 31/12/2026."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.renewal_calendar import ClientDecision
from desktop_app.domain.request_workflow import RequestState
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import renewal_calendar as cal
from desktop_app.services.production import requests_log as log
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production import requests_page
from desktop_app.ui.production.policy_editor import PolicyEditor
from desktop_app.ui.production.production_area import ProductionArea
from tests.factories_clock import at_day
from tests.services.claims.test_claims_builders import issued_policy, office
from tests.ui.helpers import click_and_wait, type_text

TODAY = date(2026, 12, 1)


def type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click_and_wait(qtbot, button)


def _type_lines(qtbot, widget, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    widget.clear()
    for line in lines:
        type_text(qtbot, widget, line, clear=False)
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def _select(table, row: int) -> None:  # type: ignore[no-untyped-def]
    table.selectRow(row)


def test_a_request_from_the_requests_log(
    qtbot, qtmodeltester, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi"])
    ctx = at_day(o.production, TODAY)
    number = cal.get_policy_calendar(ctx, pid).policy_number
    matricule = log.person_ref(ctx, ids["Kouassi"]).matricule
    area = ProductionArea(AppBus(ctx))
    qtbot.addWidget(area)
    page = area.requests
    area.lists.setCurrentWidget(page)
    assert page.model.rowCount() == 0
    click_and_wait(qtbot, page.new_button)
    dialog = page.dialog
    assert dialog is not None
    type_text(qtbot, dialog.policy_number, number)
    dialog.policy_number.editingFinished.emit()
    assert dialog.policy_label.text() == "Société Ivoirienne de Banque"
    type_date(qtbot, dialog.letter_date, "24/11/2026")
    type_date(qtbot, dialog.received_on, "20/11/2026")  # before the letter
    type_text(qtbot, dialog.notes, "Naissance d'Awa, acte joint")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert "avant la date de son courrier" in dialog.errors.message("received_on")
    type_date(qtbot, dialog.received_on, "25/11/2026")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.general_message()
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    row = page.model.data(page.model.index(0, 0), requests_page.ROW_ROLE)
    assert (row.status, row.notes) == (RequestState.RECEIVED, "Naissance d'Awa, acte joint")
    # Received Wednesday 25/11, 2 working days: due Friday 27/11, late on 01/12.
    page.overdue.setChecked(True)
    assert page.model.rowCount() == 1
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "À transmettre au gestionnaire depuis le 27/11/2026" in texts
    late = texts.index("À transmettre au gestionnaire depuis le 27/11/2026")
    colour = page.model.index(0, late).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().name() == requests_page.LATE
    # Sent on 30/11: no longer late.
    _select(page.table, 0)
    click_and_wait(qtbot, page.edit_button)
    dialog = page.dialog
    assert dialog is not None and dialog.policy_number.isReadOnly()
    type_date(qtbot, dialog.sent_on, "30/11/2026")
    type_text(qtbot, dialog.person, "INCONNU-1")
    _save(qtbot, dialog)
    assert "Aucune personne de cette police" in dialog.errors.message("person_id")
    type_text(qtbot, dialog.person, matricule)
    dialog.person.editingFinished.emit()
    assert dialog.person_label.text().startswith("Kouassi")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.general_message()
    assert page.model.rowCount() == 0
    page.overdue.setChecked(False)
    saved = log.get_request(ctx, row.id)
    assert (saved.status, saved.person_id) == (RequestState.SENT, ids["Kouassi"])
    # Rejected with its reason.
    monkeypatch.setattr(requests_page, "ask_reason", lambda *a: "Pièces manquantes")
    _select(page.table, 0)
    click_and_wait(qtbot, page.reject_button)
    assert log.get_request(ctx, row.id).status == RequestState.REJECTED
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "Rejetée" in texts and "Pièces manquantes" in texts
    page.status.setCurrentIndex(page.status.findData(RequestState.RECEIVED.value))
    assert page.model.rowCount() == 0


def test_this_week_on_the_renewal_calendar(
    qtbot, qtmodeltester, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    ctx = at_day(o.production, TODAY)
    area = ProductionArea(AppBus(ctx))
    qtbot.addWidget(area)
    page = area.calendar
    area.lists.setCurrentWidget(page)
    area.show()
    assert page.dates.text() == "du 30/11/2026 au 06/12/2026"
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[:2] == ["01/12/2026", "J-30 · Décision du client"]
    assert "31/12/2026" in texts and "0/3" in texts
    _select(page.table, 0)
    panel = page.panel
    assert panel.touchpoint.currentData() == 30
    assert [c.text() for c in panel.checks] == [
        "Offre revue avec le client",
        "Réponse du client reçue",
        "Nouvelles conditions convenues",
    ]
    # Laid out at the next turn of the event loop, as on screen.
    qtbot.waitUntil(lambda: all(c.isVisible() and c.height() < 100 for c in panel.checks))
    for check in panel.checks:  # ticked from the keyboard (clicks in a row make a double click)
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    assert all(c.isChecked() for c in panel.checks)
    click_and_wait(qtbot, panel.save_items_button)
    assert page.model.rowCount() == 0  # done: gone from « à faire »
    page.pending.setChecked(False)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "3/3" in texts and "01/12/2026" in texts
    # The client's decision: a written confirmation before the decision is refused.
    _select(page.table, 0)
    panel.decision.setCurrentIndex(panel.decision.findData(ClientDecision.RENEW.value))
    type_date(qtbot, panel.decided_on, "30/11/2026")
    type_date(qtbot, panel.written_on, "27/11/2026")
    click_and_wait(qtbot, panel.save_decision_button)
    assert "précéder la décision" in panel.errors.message("written_confirmation_on")
    type_date(qtbot, panel.written_on, "01/12/2026")
    click_and_wait(qtbot, panel.save_decision_button)
    assert panel.errors.message("written_confirmation_on") == ""
    decision = cal.get_policy_calendar(ctx, pid).decision
    assert decision is not None
    assert (decision.decision, decision.written_confirmation_on) == (
        ClientDecision.RENEW,
        date(2026, 12, 1),
    )
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "Renouvelle" in texts
    # The next 120 days: the 14-day touchpoint, 17/12/2026, as well.
    page.span.setCurrentIndex(1)
    assert page.dates.text() == "du 01/12/2026 au 31/03/2027"
    assert page.model.rowCount() == 2


def test_the_policy_editor_shows_its_requests_and_calendar(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    other, _ = issued_policy(o, ["Traoré"], subscriber="Cabinet Traoré")
    ctx = at_day(o.production, TODAY)
    for policy in (pid, other):
        log.save_request(
            ctx, None, log.RequestData(policy, log.EndorsementKind.REMOVAL, date(2026, 11, 30))
        )
    editor = PolicyEditor(AppBus(ctx))
    qtbot.addWidget(editor)
    editor.open_policy(pid)
    editor.tabs.setCurrentWidget(editor.follow_up)
    tab = editor.follow_up
    assert tab.requests.model.rowCount() == 1  # this policy's only
    assert not tab.requests.search.isVisible()
    assert tab.renewal.title.text().endswith("échéance du 31/12/2026")
    assert tab.renewal.touchpoint.count() == 5
    assert tab.renewal.touchpoint.currentData() == 30  # the next to do from today
    click_and_wait(qtbot, tab.requests.new_button)
    dialog = tab.requests.dialog
    assert dialog is not None and dialog.policy_number.isReadOnly()
    assert dialog.policy_label.text() == "Société Ivoirienne de Banque"
    type_date(qtbot, dialog.received_on, "01/12/2026")
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.general_message()
    assert tab.requests.model.rowCount() == 2


def test_a_confirmed_request_linked_to_its_endorsement_from_the_list(
    qtbot, monkeypatch, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.domain.endorsements import EndorsementKind
    from desktop_app.services.production import endorsements
    from desktop_app.services.production.endorsement_input import EndorsementInput

    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    ctx = at_day(o.production, TODAY)
    done = endorsements.validate_endorsement(
        ctx, pid, EndorsementInput(EndorsementKind.SUSPENSION, day=date(2026, 12, 1))
    )
    rid, _ = log.save_request(
        ctx,
        None,
        log.RequestData(
            pid,
            EndorsementKind.SUSPENSION,
            date(2026, 11, 25),
            sent_to_administrator_on=date(2026, 11, 26),
            administrator_confirmed_on=date(2026, 11, 30),
        ),
    )
    page = requests_page.RequestsPage(AppBus(ctx))
    qtbot.addWidget(page)
    _select(page.table, 0)
    monkeypatch.setattr(requests_page, "ask_number", lambda *a: 7)
    click_and_wait(qtbot, page.link_button)
    assert page.message.text() == "Cette police n'a pas d'avenant n° 7."
    monkeypatch.setattr(requests_page, "ask_number", lambda *a: done.number)
    _select(page.table, 0)
    click_and_wait(qtbot, page.link_button)
    row = log.get_request(ctx, rid)
    assert (row.status, row.endorsement_number) == (RequestState.PROCESSED, done.number)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert "Traitée" in texts and f"n° {done.number}" in texts


def test_the_deadlines_and_holidays_from_the_requests_log(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """Received Wednesday 25/11/2026, 2 working days: late on 01/12 (due 27/11); with
    3 working days and Friday 27/11 and Monday 30/11 off, due Wednesday 02/12: on time."""
    o = office(admin, clerk)
    pid, _ = issued_policy(o, ["Kouassi"])
    production = at_day(o.production, TODAY)
    log.save_request(
        production, None, log.RequestData(pid, log.EndorsementKind.ADDITION, date(2026, 11, 25))
    )
    assert not requests_page.RequestsPage(AppBus(production)).delays_button.isEnabled()
    page = requests_page.RequestsPage(AppBus(at_day(o.admin, TODAY)))
    qtbot.addWidget(page)
    page.overdue.setChecked(True)
    assert page.model.rowCount() == 1
    dialog = page.open_delays()
    assert (dialog.send_within.value(), dialog.confirm_within.value()) == (2, 5)
    dialog.send_within.setValue(61)
    _type_lines(qtbot, dialog.holidays, ["27/11/2026", "31/02/2026"])
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("holidays").startswith("Ligne 2 :")
    _type_lines(qtbot, dialog.holidays, ["27/11/2026", "30/11/2026"])
    _save(qtbot, dialog)
    assert "entre 0 et 60" in dialog.errors.message("send_within")
    dialog.send_within.setValue(3)
    _save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.errors.general_message()
    assert log.get_follow_up_delays(production) == log.FollowUpDelays(
        3, 5, (date(2026, 11, 27), date(2026, 11, 30))
    )
    assert page.model.rowCount() == 0
