"""The Utilisateurs tab, driven like an administrator (issue 2, part 6): create a user in
the form, refusals next to the fields, change a user, reset a locked user's password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desktop_app.domain.errors import AuthenticationFailed
from desktop_app.domain.roles import Role
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin import AdminArea
from desktop_app.ui.admin.reset_password_dialog import ResetPasswordDialog
from desktop_app.ui.admin.user_form import UserForm
from desktop_app.ui.admin.users_page import UsersPage
from desktop_app.ui.bus import AppBus
from tests.conftest import make_user
from tests.ui.helpers import type_text

ROLES, ACTIVE, LOCKED = 2, 3, 4


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


@pytest.fixture
def page(qtbot, bus: AppBus) -> UsersPage:
    widget = UsersPage(bus)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget: QWidget) -> None:
    if isinstance(widget, QCheckBox):
        # On the box itself: a check box stretched in a grid ignores clicks past its text.
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_new_form(qtbot, page: UsersPage) -> UserForm:
    click(qtbot, page.new_button)
    form = page.dialog
    assert isinstance(form, UserForm) and form.isVisible()
    return form


def cell(page: UsersPage, code: str, column: int) -> str:
    row = page.user_codes().index(code)
    return page.model.index(row, column).data()


def error_label(form: QWidget, field: str) -> QLabel:
    label = form.findChild(QLabel, f"error_{field}")
    assert label is not None
    return label


def codes(ctx: ServiceContext) -> list[str]:
    return [u.code for u in users.list_users(ctx)]


def test_create_user_through_the_form(
    qtbot, page: UsersPage, bus: AppBus, admin: ServiceContext
) -> None:
    form = open_new_form(qtbot, page)
    assert form.windowTitle() == "Nouvel utilisateur"
    assert form.active_box.isChecked()
    type_text(qtbot, form.code_edit, "akouassi")
    type_text(qtbot, form.name_edit, "Aïcha Kouassi-N'Guessan")
    click(qtbot, form.role_boxes[Role.PRODUCTION])
    click(qtbot, form.role_boxes[Role.CLAIMS])
    type_text(qtbot, form.password_edit, "bienvenue2026")
    type_text(qtbot, form.confirmation_edit, "bienvenue2026")
    with qtbot.waitSignal(bus.data_changed) as changed:
        click(qtbot, form.save_button)

    assert changed.args[0].touches("users")
    assert not form.isVisible()
    created = next(u for u in users.list_users(admin) if u.code == "akouassi")
    assert created.full_name == "Aïcha Kouassi-N'Guessan"
    assert created.roles == {Role.PRODUCTION, Role.CLAIMS}
    assert created.active and not created.locked
    signed_in = users.login(admin, "akouassi", "bienvenue2026")
    assert users.must_change_password(signed_in)
    # The list shows the new user, selected, with French role names.
    assert page.user_codes() == ["admin", "akouassi"]
    assert page.selected_user() is not None and page.selected_user().code == "akouassi"
    assert cell(page, "akouassi", 1) == "Aïcha Kouassi-N'Guessan"
    assert cell(page, "akouassi", ROLES) == "Production, Sinistres"
    assert cell(page, "akouassi", ACTIVE) == "Oui"
    assert cell(page, "akouassi", LOCKED) == "Non"


def test_empty_form_shows_every_message_and_creates_nothing(
    qtbot, page: UsersPage, admin: ServiceContext
) -> None:
    form = open_new_form(qtbot, page)
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert form.errors.message("code") == "Le code utilisateur est obligatoire."
    assert form.errors.message("full_name") == "Le nom complet est obligatoire."
    assert form.errors.message("roles") == "Choisissez au moins un rôle."
    assert form.errors.message("password") == "Le mot de passe doit compter au moins 8 caractères."
    # The message sits under its own field, visible to the clerk.
    assert error_label(form, "code").isVisible()
    assert error_label(form, "code").text() == "Le code utilisateur est obligatoire."
    assert error_label(form, "roles").isVisible()
    assert form.code_edit.property("invalid") is True
    assert codes(admin) == ["admin"]
    assert page.user_codes() == ["admin"]


def test_duplicate_code_and_mismatched_password(
    qtbot, page: UsersPage, admin: ServiceContext
) -> None:
    make_user(admin, "kone", Role.CLAIMS)
    page.refresh()
    form = open_new_form(qtbot, page)
    type_text(qtbot, form.code_edit, "KONE")
    type_text(qtbot, form.name_edit, "Moussa Koné")
    click(qtbot, form.role_boxes[Role.SIGNATORY])
    type_text(qtbot, form.password_edit, "motdepasse1")
    type_text(qtbot, form.confirmation_edit, "motdepasse2")
    click(qtbot, form.save_button)

    assert form.isVisible()
    assert (
        form.errors.message("code") == "Le code « KONE » est déjà utilisé par un autre utilisateur."
    )
    assert form.errors.message("confirmation") == "Les deux mots de passe ne sont pas identiques."
    assert form.errors.message("full_name") == ""
    assert form.errors.message("roles") == ""
    assert not error_label(form, "full_name").isVisible()
    assert codes(admin) == ["admin", "kone"]

    # Corrected, the same form saves; the earlier messages disappear.
    type_text(qtbot, form.code_edit, "mkone")
    type_text(qtbot, form.confirmation_edit, "motdepasse1")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert codes(admin) == ["admin", "kone", "mkone"]
    assert page.user_codes() == ["admin", "kone", "mkone"]


def test_too_long_and_short_password(qtbot, page: UsersPage, admin: ServiceContext) -> None:
    form = open_new_form(qtbot, page)
    type_text(qtbot, form.code_edit, "x" * 31)
    type_text(qtbot, form.name_edit, "N" * 121)
    click(qtbot, form.role_boxes[Role.ACCOUNTING])
    type_text(qtbot, form.password_edit, "court1")
    type_text(qtbot, form.confirmation_edit, "court1")
    click(qtbot, form.save_button)
    assert (
        form.errors.message("code") == "Le code utilisateur est trop long (au plus 30 caractères)."
    )
    assert (
        form.errors.message("full_name")
        == "Le nom complet ne peut dépasser 120 caractères (121 saisis)."
    )
    assert form.errors.message("password") == "Le mot de passe doit compter au moins 8 caractères."
    assert codes(admin) == ["admin"]


def test_change_a_user(qtbot, page: UsersPage, admin: ServiceContext) -> None:
    kone = make_user(admin, "kone", Role.CLAIMS)
    page.refresh()
    assert page.select_user(kone)
    click(qtbot, page.edit_button)
    form = page.dialog
    assert isinstance(form, UserForm)
    assert form.windowTitle() == "Modifier l'utilisateur « kone »"
    assert form.code_edit.text() == "kone"
    assert form.role_boxes[Role.CLAIMS].isChecked()
    assert not form.role_boxes[Role.ADMIN].isChecked()
    # No password when changing a user: it is reset, never edited here.
    assert not form.password_edit.isVisible() and not form.confirmation_edit.isVisible()

    type_text(qtbot, form.name_edit, "Moussa Koné")
    click(qtbot, form.role_boxes[Role.SIGNATORY])
    click(qtbot, form.active_box)
    click(qtbot, form.save_button)

    assert not form.isVisible()
    changed = users.get_user(admin, kone)
    assert changed.full_name == "Moussa Koné"
    assert changed.roles == {Role.CLAIMS, Role.SIGNATORY}
    assert not changed.active
    assert cell(page, "kone", ROLES) == "Sinistres, Signataire"
    assert cell(page, "kone", ACTIVE) == "Non"
    # An inactive account cannot sign in, even with its right password.
    with pytest.raises(AuthenticationFailed):
        users.login(admin, "kone", "motdepasse1")


def test_an_admin_cannot_drop_their_own_admin_role(
    qtbot, page: UsersPage, admin: ServiceContext
) -> None:
    assert admin.actor is not None and admin.actor.user_id is not None
    page.select_user(admin.actor.user_id)
    click(qtbot, page.edit_button)
    form = page.dialog
    assert isinstance(form, UserForm)
    click(qtbot, form.role_boxes[Role.ADMIN])
    click(qtbot, form.role_boxes[Role.PRODUCTION])
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "retirer vos propres droits" in form.errors.message("roles")
    assert users.get_user(admin, admin.actor.user_id).roles == {Role.ADMIN}


def test_reset_password_unlocks_a_locked_user(
    qtbot, page: UsersPage, bus: AppBus, admin: ServiceContext
) -> None:
    yao = make_user(admin, "yao", Role.ACCOUNTING)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            users.login(admin, "yao", "mauvais99")
    assert users.get_user(admin, yao).locked
    page.refresh()
    assert cell(page, "yao", LOCKED) == "Oui"
    assert not page.reset_button.isEnabled()  # nothing selected yet

    page.select_user(yao)
    assert page.reset_button.isEnabled()
    click(qtbot, page.reset_button)
    dialog = page.dialog
    assert isinstance(dialog, ResetPasswordDialog) and dialog.isVisible()
    assert "Yao (yao)" in dialog.user_label.text()
    assert "verrouillé" in dialog.explanation.text()

    # A weak temporary password is refused next to its field; the account stays locked.
    type_text(qtbot, dialog.password_edit, "provisoire")
    type_text(qtbot, dialog.confirmation_edit, "provisoire")
    click(qtbot, dialog.save_button)
    assert (
        dialog.errors.message("password")
        == "Le mot de passe doit contenir au moins une lettre et un chiffre."
    )
    assert users.get_user(admin, yao).locked

    type_text(qtbot, dialog.password_edit, "provisoire7")
    type_text(qtbot, dialog.confirmation_edit, "provisoire7")
    with qtbot.waitSignal(bus.status_message) as status:
        click(qtbot, dialog.save_button)
    assert "déverrouillé" in status.args[0]
    assert not dialog.isVisible()
    unlocked = users.get_user(admin, yao)
    assert not unlocked.locked and unlocked.failed_logins == 0
    assert cell(page, "yao", LOCKED) == "Non"
    signed_in = users.login(admin, "yao", "provisoire7")
    assert users.must_change_password(signed_in)


def test_area_tabs_follow_the_roles(qtbot, admin: ServiceContext) -> None:
    area = AdminArea(AppBus(admin))
    qtbot.addWidget(area)
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == [
        "Utilisateurs",
        "Compagnie",
        "Référentiels",
        "Journal d'audit",
    ]

    make_user(admin, "dg", Role.MANAGEMENT)
    manager = users.login(admin, "dg", "motdepasse1")
    area = AdminArea(AppBus(manager))
    qtbot.addWidget(area)
    assert [area.tabs.tabText(i) for i in range(area.tabs.count())] == ["Journal d'audit"]
    assert area.users_page is None and area.company_form is None

    make_user(admin, "prod", Role.PRODUCTION)
    clerk = users.login(admin, "prod", "motdepasse1")
    area = AdminArea(AppBus(clerk))
    qtbot.addWidget(area)
    assert area.tabs.count() == 0
