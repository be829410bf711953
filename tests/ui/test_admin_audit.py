"""The Journal d'audit tab (issue 2, part 5): what the administrator just did is listed,
newest first; filters by user, table, action and dates; before/after side by side."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.domain.roles import Role
from desktop_app.services.administration import company, users
from desktop_app.services.administration.audit import AuditFilter
from desktop_app.services.administration.company import CompanySettings
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin import AdminArea, audit_model
from desktop_app.ui.admin.audit_model import AuditModel
from desktop_app.ui.admin.audit_page import AuditPage
from desktop_app.ui.admin.user_form import UserForm
from desktop_app.ui.bus import AppBus
from tests.conftest import make_user
from tests.ui.helpers import type_text

WHEN, WHO, ACTION, TABLE, RECORD = range(5)


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


@pytest.fixture
def area(qtbot, bus: AppBus) -> AdminArea:
    widget = AdminArea(bus)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget: QWidget) -> None:
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, page: AuditPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown(page: AuditPage) -> list[tuple[str, str, str, str]]:
    """(user, action, table, record) of every loaded row, as the clerk reads them."""
    model = page.model
    return [
        tuple(model.index(r, c).data() for c in (WHO, ACTION, TABLE, RECORD))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def choose(combo, data: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def create_user_in_form(qtbot, area: AdminArea) -> None:
    users_page = area.users_page
    assert users_page is not None
    area.show_tab(users_page)
    click(qtbot, users_page.new_button)
    form = users_page.dialog
    assert isinstance(form, UserForm)
    type_text(qtbot, form.code_edit, "akouassi")
    type_text(qtbot, form.name_edit, "Aïcha Kouassi")
    click(qtbot, form.role_boxes[Role.PRODUCTION])
    type_text(qtbot, form.password_edit, "bienvenue1")
    type_text(qtbot, form.confirmation_edit, "bienvenue1")
    click(qtbot, form.save_button)
    assert not form.isVisible()


def save_company_in_form(qtbot, area: AdminArea, email: str) -> None:
    form = area.company_form
    assert form is not None
    area.show_tab(form)
    type_text(qtbot, form.name_edit, "Assurances Lagune Santé")
    type_text(qtbot, form.email_edit, email)
    click(qtbot, form.save_button)
    assert form.errors.message("email") == ""


def test_the_journal_lists_what_the_administrator_did(
    qtbot, area: AdminArea, admin: ServiceContext
) -> None:
    create_user_in_form(qtbot, area)
    save_company_in_form(qtbot, area, "contact@lagune.ci")
    save_company_in_form(qtbot, area, "direction@lagune.ci")
    page = area.audit_page
    assert page is not None
    area.show_tab(page)
    kouassi = next(u.id for u in users.list_users(admin) if u.code == "akouassi")

    rows = shown(page)
    assert rows[:4] == [
        ("admin", "Modification", "Compagnie", "1"),
        ("admin", "Création", "Compagnie", "1"),
        ("admin", "Création", "Rôles des utilisateurs", f"{kouassi}/production"),
        ("admin", "Création", "Utilisateurs", str(kouassi)),
    ]
    assert page.model.index(0, WHEN).data().startswith(admin.today().strftime("%d/%m/%Y"))
    assert page.count_label.text() == f"{page.model.total} entrées"

    # The company's change: its before and after, side by side.
    click_row(qtbot, page, 0)
    assert page.detail.rows() == [("E-mail", "contact@lagune.ci", "direction@lagune.ci")]
    assert page.detail.title_label.text().startswith("Modification — Compagnie n° 1, par admin le ")

    # A creation shows only the values after; the password never appears.
    click_row(qtbot, page, 3)
    detail = dict((name, (before, after)) for name, before, after in page.detail.rows())
    assert detail["Code"] == ("", "akouassi")
    assert detail["Nom complet"] == ("", "Aïcha Kouassi")
    assert detail["Actif"] == ("", "Oui")
    assert detail["Mot de passe"] == ("", "•••")


def test_filter_by_user_and_table(qtbot, area: AdminArea, admin: ServiceContext) -> None:
    kone = make_user(admin, "kone", Role.CLAIMS)
    users.login(admin, "kone", "motdepasse1")  # kone's own entry: his last login
    create_user_in_form(qtbot, area)
    page = area.audit_page
    assert page is not None
    area.show_tab(page)
    assert {"kone", "admin", "système"} <= {row[0] for row in shown(page)}

    type_text(qtbot, page.user_edit, "kone")
    click(qtbot, page.filter_button)
    assert shown(page) == [("kone", "Modification", "Utilisateurs", str(kone))]
    click_row(qtbot, page, 0)
    assert [name for name, _, _ in page.detail.rows()] == ["Dernière connexion"]

    type_text(qtbot, page.user_edit, "admin")
    choose(page.table_combo, "user_roles")
    assert page.table_combo.currentText() == "Rôles des utilisateurs"
    click(qtbot, page.filter_button)
    rows = shown(page)
    assert {row[3] for row in rows} == {f"{kone}/claims", f"{kone + 1}/production"}
    assert all(row[:3] == ("admin", "Création", "Rôles des utilisateurs") for row in rows)

    click(qtbot, page.clear_button)
    assert page.user_edit.text() == "" and page.table_combo.currentData() == ""
    assert len(shown(page)) == page.model.total > len(rows)


def test_before_and_after_of_a_user_update(qtbot, area: AdminArea, admin: ServiceContext) -> None:
    kone = make_user(admin, "kone", Role.CLAIMS)
    users.update_user(
        admin, kone, users.UserInput("kone", "Moussa Koné", frozenset({Role.CLAIMS}), False)
    )
    page = area.audit_page
    assert page is not None
    area.show_tab(page)
    choose(page.table_combo, "users")
    choose(page.action_combo, "update")
    type_text(qtbot, page.user_edit, "admin")
    click(qtbot, page.filter_button)
    first = shown(page)[0]
    assert first == ("admin", "Modification", "Utilisateurs", str(kone))
    click_row(qtbot, page, 0)
    assert page.detail.rows() == [
        ("Actif", "Oui", "Non"),
        ("Nom complet", "Kone", "Moussa Koné"),
    ]


def test_dates_filter_and_refuse_a_reversed_period(
    qtbot, area: AdminArea, admin: ServiceContext
) -> None:
    page = area.audit_page
    assert page is not None
    area.show_tab(page)
    everything = page.model.total
    assert everything > 0
    today = QDate.currentDate()
    assert page.start_edit.displayFormat() == "dd/MM/yyyy"
    assert not page.start_edit.isEnabled()

    click(qtbot, page.start_box)
    assert page.start_edit.isEnabled()
    page.start_edit.setDate(today.addDays(1))
    click(qtbot, page.filter_button)
    assert page.model.total == 0 and page.model.rowCount() == 0
    assert page.count_label.text() == "0 entrée"

    click(qtbot, page.end_box)
    page.end_edit.setDate(today)
    click(qtbot, page.filter_button)
    assert page.errors.message("end") == "La date de fin précède la date de début."
    assert page.model.filter.start == (admin.today() + timedelta(days=1))  # unchanged

    page.start_edit.setDate(today)
    click(qtbot, page.filter_button)
    assert page.errors.message("end") == ""
    assert page.model.total == everything


def test_the_journal_follows_changes(
    qtbot, area: AdminArea, bus: AppBus, admin: ServiceContext
) -> None:
    page = area.audit_page
    assert page is not None
    area.show_tab(page)
    before = page.model.total
    assert page.table_combo.findData("company") == -1  # no company entry yet
    bus.changed(company.update_company(admin, CompanySettings(name="Lagune Santé")))
    assert page.model.total == before + 1
    assert page.table_combo.findData("company") >= 0
    labels = [page.table_combo.itemText(i) for i in range(1, page.table_combo.count())]
    assert labels == sorted(labels, key=str.casefold)
    assert shown(page)[0][1:3] == ("Création", "Compagnie")

    # Hidden, it waits until it is shown again to read the trail.
    area.show_tab(area.users_page)
    bus.changed(company.update_company(admin, CompanySettings(name="Lagune Santé SA")))
    assert page.model.total == before + 1
    area.show_tab(page)
    assert page.model.total == before + 2


def test_audit_model_pages_and_stays_stable(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    for number in range(25):
        company.update_company(admin, CompanySettings(name=f"Nom {number}"))
    model = AuditModel(bus, page_size=10)
    model.filter = AuditFilter(table_name="company")
    model.reload()
    assert (model.total, model.rowCount()) == (25, 10)
    company.update_company(admin, CompanySettings(name="Arrivé pendant la lecture"))
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    ids = [row.id for row in model.rows()]
    assert len(ids) == 25 and ids == sorted(set(ids), reverse=True)
    assert not model.canFetchMore(QModelIndex())
    model.reload()
    assert model.total == 26


def test_the_journal_counts_up_to_a_cap_then_reads_on(
    qtbot, bus: AppBus, admin: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A million entries of one table are not counted on opening: « Plus de N entrées »,
    and the list goes on as the clerk scrolls, each page after the last entry shown."""
    for number in range(250):
        company.update_company(admin, CompanySettings(name=f"Nom {number}"))
    model = AuditModel(bus, page_size=10, count_cap=12)
    model.filter = AuditFilter(table_name="company")
    model.reload()
    assert (model.total, model.total_exact, model.rowCount()) == (13, False, 10)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert (model.total, model.total_exact, model.rowCount()) == (13, False, 30)
    model.fetch_all()
    assert (model.total, model.total_exact, model.rowCount()) == (250, True, 250)
    ids = [row.id for row in model.rows()]
    assert ids == sorted(set(ids), reverse=True)

    monkeypatch.setattr(audit_model, "COUNT_CAP", 20)
    page = AuditPage(bus)
    qtbot.addWidget(page)
    page.load(AuditFilter(table_name="company"))
    assert page.apply_filter()
    assert page.count_label.text() == (
        "Plus de 20 entrées (200 chargées, la suite vient en faisant défiler)"
    )
    page.model.fetchMore(QModelIndex())
    assert page.count_label.text() == "250 entrées"


def test_audit_model_passes_the_model_tester(
    qtmodeltester, bus: AppBus, admin: ServiceContext
) -> None:
    for number in range(25):
        company.update_company(admin, CompanySettings(name=f"Nom {number}"))
    model = AuditModel(bus, page_size=10)
    model.reload()
    qtmodeltester.check(model)
    py_model = AuditModel(bus, page_size=10)
    py_model.reload()
    qtmodeltester.check(py_model, force_py=True)
