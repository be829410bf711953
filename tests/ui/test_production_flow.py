"""A clerk goes from a new subscriber to an issued policy with cards and contract, through
the Production area's real widgets (issue 3), then the database and the widgets are checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from desktop_app.persistence.models import InsuredPerson, Policy, Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.person_form import PersonForm
from desktop_app.ui.production.production_area import ProductionArea
from desktop_app.ui.production.subscriber_form import SubscriberForm
from tests.services.factories import reference_data
from tests.ui.helpers import click_and_wait, collect_premium, type_text


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """« Enregistrer », and wait for the save (a person is saved in the background)."""
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    click_and_wait(qtbot, button)


@pytest.fixture
def area(qtbot, admin: ServiceContext, clerk: ServiceContext) -> ProductionArea:  # type: ignore[no-untyped-def]
    reference_data(admin)
    widget = ProductionArea(AppBus(clerk))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _open_form(area: ProductionArea, kind: type) -> object:
    forms = [w for w in area.findChildren(kind) if w.isVisible()]
    assert forms, f"no visible {kind.__name__}"
    return forms[-1]


def test_subscriber_to_issued_policy_with_documents(
    qtbot,
    area: ProductionArea,
    admin: ServiceContext,
    clerk: ServiceContext,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    subs = area.subscribers
    area.lists.setCurrentWidget(subs)
    click(qtbot, subs.new_button)
    form = _open_form(area, SubscriberForm)
    type_text(qtbot, form.name, "Société Ivoirienne de Café")
    type_text(qtbot, form.phone, "+225 27 20 00 00 00")
    save(qtbot, form)
    assert not form.isVisible()
    subs.table.selectRow(0)
    click(qtbot, subs.policy_button)
    editor = area.editor
    assert area.stack.currentWidget() is editor
    policy_form = editor.form
    policy_form.intermediary.setCurrentIndex(1)
    policy_form.administrator.setCurrentIndex(1)
    type_text(qtbot, policy_form.administrator_ref, "asc-2026-001")
    type_date(qtbot, policy_form.effective_date, "15/09/2026")
    assert policy_form.expiry.text() == "31/12/2026"
    click(qtbot, editor.save_button)
    assert editor.policy_id is not None, policy_form.errors.general_message()

    benefits = editor.benefits
    editor.tabs.setCurrentWidget(benefits)  # a tab reads its rows when it is shown
    click(qtbot, benefits.copy_button)
    assert (
        benefits.table.item(10, 4).text().replace("\u00a0", " ") == "50 000"
    )  # optical annual ceiling

    persons = editor.persons
    editor.tabs.setCurrentWidget(persons)
    click(qtbot, persons.add_member)
    member_form = _open_form(area, PersonForm)
    type_text(qtbot, member_form.last_name, "Kouassi")
    type_text(qtbot, member_form.first_names, "Aïcha Éléonore")
    type_date(qtbot, member_form.birth_date, "02/04/1990")
    member_form.refresh_premium()
    assert "240\u00a0000" in member_form.breakdown.text()
    save(qtbot, member_form)
    assert not member_form.isVisible(), member_form.errors.general_message()
    persons.tree.setCurrentItem(persons.tree.topLevelItem(0))
    click(qtbot, persons.add_dependent)
    child_form = _open_form(area, PersonForm)
    assert child_form.last_name.text() == "Kouassi" and child_form.coverage_rate.currentData() == 80
    type_text(qtbot, child_form.first_names, "Noël")
    type_date(qtbot, child_form.birth_date, "01/06/2015")
    child_form.coverage_rate.setCurrentIndex(child_form.coverage_rate.findData(100))
    child_form.zone.setCurrentIndex(child_form.zone.findData(2))
    save(qtbot, child_form)
    assert persons.tree.topLevelItem(0).childCount() == 1

    editor.tabs.setCurrentWidget(editor.premium)
    assert "221\u00a0711" in editor.premium.body.text()  # see tests/services/test_members.py

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_and_wait(qtbot, editor.issue_button)  # issued in the background
    assert "MAL-2026-000001" in editor.title.text()
    with clerk.read() as session:
        policy = session.scalars(select(Policy)).one()
        assert policy.number == "MAL-2026-000001" and policy.administrator_ref == "ASC-2026-001"
        q = session.scalars(select(Quittance)).one()
        assert (q.net, q.fees, q.taxes, q.total) == (195_288, 10_000, 16_423, 221_711)
        names = sorted(p.first_names for p in session.scalars(select(InsuredPerson)))
        assert names == ["Aïcha Éléonore", "Noël"]

    docs = editor.documents
    editor.tabs.setCurrentWidget(docs)
    assert editor.policy_id is not None
    assert docs.print_cards(sheet=False) is None  # art. 13: not before the premium is paid
    assert "art. 13" in docs.error.text()
    collect_premium(admin, editor.policy_id)
    assert docs.table.rowCount() == 4  # contract, quittance, two cards
    preview = docs.print_contract()
    assert preview is not None and preview.page_count() >= 4
    cards = docs.print_cards(sheet=False)
    assert cards is not None and cards.page_count() == 2
    sheet = docs.print_cards(sheet=True)
    assert sheet is not None and sheet.page_count() == 1
    quittance = docs.print_quittance()
    assert quittance is not None and quittance.page_count() >= 1
    assert not editor.issue_button.isVisible()


def test_person_form_refuses_bad_input_next_to_fields(
    qtbot, area: ProductionArea, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    from tests.services.factories import draft_policy

    inter = clerk  # noqa: F841 - the clerk owns the draft
    from desktop_app.services.administration import reference

    pid = draft_policy(
        clerk,
        reference.list_intermediaries(clerk)[0].id or 0,
        reference.list_administrators(clerk)[0].id or 0,
        date(2026, 1, 1),
    )
    area.open_policy(pid)
    area.editor.tabs.setCurrentWidget(area.editor.persons)
    click(qtbot, area.editor.persons.add_member)
    form = _open_form(area, PersonForm)
    type_text(qtbot, form.annual_ceiling, "12,5")
    save(qtbot, form)
    assert form.isVisible()
    assert "centimes" in form.errors.message("annual_ceiling")
    form.annual_ceiling.setText("2 000 000")
    save(qtbot, form)
    assert "obligatoire" in form.errors.message("last_name")
    assert "obligatoire" in form.errors.message("birth_date")
    with clerk.read() as session:
        assert session.scalars(select(InsuredPerson)).all() == []


def test_the_other_lists_are_built_when_first_shown(qtbot, clerk: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    """Issue 13: opening Production builds the Polices list only; Souscripteurs is built
    (and reads its first page) when its tab is shown, in the same place, with its label."""
    from desktop_app.ui.production.subscribers_page import SubscribersPage

    area = ProductionArea(AppBus(clerk))
    qtbot.addWidget(area)
    area.show()
    assert not area.findChildren(SubscribersPage)
    area.lists.setCurrentIndex(1)
    (page,) = area.findChildren(SubscribersPage)
    assert area.lists.widget(1) is page and area.lists.currentWidget() is page
    assert area.lists.tabText(1) == "Souscripteurs"
    assert area.subscribers is page  # built once
