"""The « Cartes » tab of an issued policy (domain.md §15, §13 DLC): print the cards waiting,
record their delivery (refused in French next to the date when it is in the future), a
duplicate for a lost card with its fee quittance, and an attestation shown to print.
The clock reads 21/11/2026 (tests/services/claims/test_claims_builders.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel

from desktop_app.domain.cards import CardRequestState
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import cards
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.cards_tab import CardsTab
from desktop_app.ui.production.policy_editor import PolicyEditor
from tests.services.claims.test_claims_builders import Office, issued_policy, office
from tests.ui.helpers import click_and_wait, type_text


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _states(tab: CardsTab) -> list[str]:
    return [tab.table.item(i, 3).text() for i in range(tab.table.rowCount())]


def _select(tab: CardsTab, *rows: int) -> None:
    tab.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        tab.table.selectionModel().select(tab.table.model().index(row, 0), flags)


def test_cards_tab_prints_delivers_duplicates_and_attests(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    editor = PolicyEditor(AppBus(o.production))
    qtbot.addWidget(editor)
    editor.show()
    editor.open_policy(pid)
    tab = editor.cards
    editor.tabs.setCurrentWidget(tab)
    assert _states(tab) == ["À imprimer", "À imprimer"]
    assert "2 carte(s) à imprimer" in tab.summary.text()
    assert not tab.deliver_button.isEnabled()

    click_and_wait(qtbot, tab.print_button)
    qtbot.waitUntil(lambda: tab.preview is not None)
    assert tab.preview is not None and tab.preview.page_count() == 2
    assert _states(tab) == ["Imprimée", "Imprimée"]
    assert not tab.print_button.isEnabled()

    # Delivery dated tomorrow: refused next to the date, nothing saved.
    _select(tab, 0, 1)
    assert tab.deliver_button.isEnabled()
    dialog = tab.open_delivery()
    assert dialog is not None and len(dialog.request_ids) == 2
    dialog.delivered_on.set_value(date(2026, 11, 22))
    type_text(qtbot, dialog.delivered_to, "Service RH")
    click_and_wait(qtbot, dialog.ok_button)
    assert "futur" in dialog.errors.message("delivered_on")
    assert _states(tab) == ["Imprimée", "Imprimée"]
    dialog.delivered_on.set_value(date(2026, 11, 21))
    click_and_wait(qtbot, dialog.ok_button)
    assert _states(tab) == ["Remise", "Remise"]
    assert tab.table.item(0, 7).text() == "Service RH"

    # A duplicate for the card of the first row: a new request, billed 2 160.
    _select(tab, 0)
    person = tab.rows[0].person_id
    duplicate = tab.open_duplicate()
    assert duplicate is not None
    click_and_wait(qtbot, duplicate.ok_button)
    assert duplicate.done_result is not None and duplicate.done_result.total == 2_160
    assert tab.rows[0].person_id == person and tab.rows[0].state is CardRequestState.TO_PRINT
    assert tab.table.item(0, 2).text() == "Duplicata (carte perdue)"
    assert tab.table.item(0, 8).text() == duplicate.done_result.quittance_number

    # Reprint one card: the current one, nothing recorded.
    _select(tab, 1)
    preview = tab.reprint()
    assert preview is not None and preview.page_count() == 1

    attest = tab.open_attestation()
    assert attest is not None
    attest.who.setCurrentIndex(0)  # the whole policy
    click_and_wait(qtbot, attest.ok_button)
    qtbot.waitUntil(lambda: attest.result_done is not None)
    assert tab.preview is not None and tab.preview.page_count() >= 1
    assert attest.result_done is not None
    snap = cards.attestation_snapshot(o.production, attest.result_done.document_id)
    assert snap.whole_policy and len(snap.persons) == len(ids)


def test_a_reader_sees_the_cards_but_acts_on_none(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    pid, _ = issued_policy(o, ["Kouassi"])
    editor = PolicyEditor(AppBus(o.claims))
    qtbot.addWidget(editor)
    editor.open_policy(pid)
    tab = editor.cards
    assert tab.rows == []  # read when shown, not when the policy opens
    editor.tabs.setCurrentWidget(tab)
    assert _states(tab) == ["À imprimer"]
    _select(tab, 0)
    assert tab.reprint_button.isEnabled()
    for button in (
        tab.print_button,
        tab.duplicate_button,
        tab.deliver_button,
        tab.attestation_button,
    ):
        assert not button.isEnabled(), button.objectName()


def test_an_attestation_is_shown_again_from_the_documents_tab(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    pid, ids = issued_policy(o, ["Kouassi"])
    done = cards.issue_attestation(o.production, pid, ids["Kouassi"])
    editor = PolicyEditor(AppBus(o.production))
    qtbot.addWidget(editor)
    editor.open_policy(pid)
    tab = editor.documents
    editor.tabs.setCurrentWidget(tab)
    row = next(i for i, r in enumerate(tab.rows) if r.id == done.document_id)
    assert tab.table.item(row, 0).text() == "Attestation d'assurance"
    assert tab.reprint_attestation(0) is None  # the contract: not an attestation
    preview = tab.reprint_attestation(row)
    assert preview is not None and preview.page_count() == 1


def test_the_duplicate_fee_is_set_in_reference_data(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.admin.card_fee_page import CardFeePage

    page = CardFeePage(AppBus(o.admin))
    qtbot.addWidget(page)
    page.show()
    assert page.fee.text().replace("\u202f", " ").replace("\xa0", " ") in ("2 000", "2000")
    type_text(qtbot, page.fee, "2000000")
    click_and_wait(qtbot, page.save_button)
    assert "entre 0 et 1 000 000" in page.errors.message("duplicate_fee")
    type_text(qtbot, page.fee, "3500")
    click_and_wait(qtbot, page.save_button)
    assert cards.get_duplicate_fee(o.production) == 3_500
    reader = CardFeePage(AppBus(o.production))
    qtbot.addWidget(reader)
    assert not reader.save_button.isEnabled()


def test_production_lists_the_cards_waiting_and_opens_their_policy(
    qtbot, qtmodeltester, o: Office
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.production.production_area import ProductionArea

    pid, _ = issued_policy(o, ["Kouassi", "Koné"])
    area = ProductionArea(AppBus(o.production))
    qtbot.addWidget(area)
    page = area.pending_cards
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2 and page.count.text() == "2 carte(s)"
    page.state.setCurrentIndex(2)  # printed, not delivered
    assert page.model.rowCount() == 0
    page.state.setCurrentIndex(1)
    page.table.selectRow(0)
    page.open_button.click()
    assert area.stack.currentWidget() is area.editor
    assert area.editor.tabs.currentWidget() is area.editor.cards
    assert area.editor.policy_id == pid


def test_the_new_years_cards_from_the_cards_tab(qtbot, o: Office) -> None:  # type: ignore[no-untyped-def]
    """D21: before a renewal the button says the cards already run to 31/12/2026; after it,
    two cards valid to 31/12/2027 wait to be printed."""
    from desktop_app.services.production import renewal

    pid, _ids = issued_policy(o, ["Kouassi", "Koné"])
    editor = PolicyEditor(AppBus(o.production))
    qtbot.addWidget(editor)
    editor.show()
    editor.open_policy(pid)
    tab = editor.cards
    editor.tabs.setCurrentWidget(tab)
    click_and_wait(qtbot, tab.year_button)
    assert tab.error.isVisible() and "31/12/2026" in tab.error.text()
    renewal.renew_policy(o.production, pid, 2027)
    click_and_wait(qtbot, tab.year_button)
    assert not tab.error.isVisible()
    # Last year's requests, never printed, are closed: their cards were replaced.
    assert sorted(_states(tab)) == ["Annulée", "Annulée", "À imprimer", "À imprimer"]
    reasons = [tab.table.item(i, 2).text() for i in range(tab.table.rowCount())]
    assert reasons.count("Renouvellement") == 2


def test_printing_before_the_premium_asks_a_reason_of_whoever_may(
    qtbot, o: Office, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue 9, art. 13: the production clerk is told why not, next to the list; a user
    with the right types the reason in the window, and the cards print."""
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.domain.roles import Role
    from desktop_app.services.administration import users
    from desktop_app.services.production import benefits, issue, members
    from tests.conftest import make_user
    from tests.services.claims.test_claims_builders import person
    from tests.services.factories import draft_policy

    pid = draft_policy(o.production, o.intermediary_id, o.administrator_id, date(2026, 1, 1))
    benefits.copy_template(o.production, pid, benefits.list_templates(o.production)[0].id)
    members.save_person(o.production, person(pid, "Kouassi"))
    issue.issue_policy(o.production, pid)
    asked: list[str] = []

    def answer(*args, **_kw):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return "Hospitalisation urgente", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    for ctx, printed in ((o.production, False), (None, True)):
        if ctx is None:
            make_user(o.admin, "dir", Role.PRODUCTION, Role.MANAGEMENT)
            ctx = users.login(o.admin.as_actor(None), "dir", "motdepasse1")
        editor = PolicyEditor(AppBus(ctx))
        qtbot.addWidget(editor)
        editor.show()
        editor.open_policy(pid)
        tab = editor.cards
        editor.tabs.setCurrentWidget(tab)
        click_and_wait(qtbot, tab.print_button)
        if printed:
            qtbot.waitUntil(lambda tab=tab: tab.preview is not None)
            assert _states(tab) == ["Imprimée"] and len(asked) == 1 and "art. 13" in asked[0]
        else:
            assert "art. 13" in tab.error.text() and "droit" in tab.error.text()
            assert _states(tab) == ["À imprimer"] and asked == []
