"""The main window as a shell: areas by role, built on first visit, menus from one
registry, the status bar, English screens, and the unexpected-error hook."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.app import create_main_window
from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.roles import Role
from desktop_app.services.context import ServiceContext
from desktop_app.ui import error_dialog
from desktop_app.ui.about_dialog import AboutDialog
from desktop_app.ui.admin.admin_area import AdminArea
from desktop_app.ui.areas import AREAS
from desktop_app.ui.change_password_dialog import ChangePasswordDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets.placeholder_page import PlaceholderPage
from tests.ui.conftest import clerk_with
from tests.ui.helpers import type_text


def _window(qtbot, ctx: ServiceContext) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(ctx, ctx.db.describe(), "/tmp/portefeuille-sante.log")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click_area(qtbot, window: MainWindow, key: str) -> None:  # type: ignore[no-untyped-def]
    item = window._item(key)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _nav_texts(window: MainWindow) -> list[str]:
    return [
        window.navigation.item(r).text()
        for r in range(window.navigation.count())
        if not window.navigation.item(r).isHidden()
    ]


def test_administrator_sees_every_area_and_each_shows(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    assert _nav_texts(window) == [
        "Production",
        "Sinistres",
        "Encaissements",
        "États et statistiques",
        "Administration",
    ]
    assert window.current_area_key() == "production"
    for area in AREAS:
        _click_area(qtbot, window, area.key)
        page = window.page(area.key)
        assert page is not None and window.stack.currentWidget() is page
        assert window.current_area_key() == area.key
        assert page.isVisible()
        if isinstance(page, PlaceholderPage):
            assert page.title_label.text() == area.title


def test_areas_are_built_on_first_visit_only(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    assert window.page("production") is not None
    assert window.page("claims") is None and window.page("finance") is None
    _click_area(qtbot, window, "claims")
    claims = window.page("claims")
    _click_area(qtbot, window, "production")
    _click_area(qtbot, window, "claims")
    assert window.page("claims") is claims  # not rebuilt


def test_every_area_is_built(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    # Premium collection (Encaissements) was the last placeholder (issue 9).
    for built in ("production", "claims", "finance", "statistics", "admin"):
        assert not isinstance(window.show_area(built), PlaceholderPage), built


def test_administration_opens_the_admin_area(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    assert isinstance(window.show_area("admin"), AdminArea)


def test_production_clerk_does_not_see_administration_nor_claims(
    qtbot, admin: ServiceContext
) -> None:
    clerk = clerk_with(admin, "prod", Role.PRODUCTION)
    window = _window(qtbot, clerk)
    assert window.visible_area_keys() == ["production", "finance", "statistics"]
    assert "Administration" not in _nav_texts(window)
    with pytest.raises(PermissionError):
        window.show_area("admin")
    assert window.page("admin") is None
    assert window.user_label.text() == "Connecté : prod — Agent prod (Production)"


def test_claims_clerk_sees_claims(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, clerk_with(admin, "sin", Role.CLAIMS))
    assert window.visible_area_keys() == ["production", "claims", "statistics"]


def test_status_bar_shows_user_roles_and_database(qtbot, admin: ServiceContext) -> None:
    clerk = clerk_with(admin, "multi", Role.ACCOUNTING, Role.CLAIMS)
    window = _window(qtbot, clerk)
    assert window.user_label.text() == "Connecté : multi — Agent multi (Sinistres, Comptabilité)"
    assert window.db_label.text() == admin.db.describe()
    assert window.windowTitle() == "Portefeuille Santé — multi"


def test_menus_come_from_the_action_registry(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    menus = {
        m.title(): [a.text() for a in m.actions()]
        for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
    }
    assert menus["&Fichier"] == ["Changer de mot de passe…", "Se déconnecter", "Quitter"]
    assert menus["&Aide"] == ["À propos…"]
    assert window.actions_by_key["quit"].shortcut().toString() == "Ctrl+Q"


def test_ctrl_f_focuses_the_search_from_anywhere(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.navigation.setFocus()
    type_text(qtbot, window.search_box, "abc")
    window.navigation.setFocus()
    assert not window.search_box.hasFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    assert window.search_box.selectedText() == "abc"


def test_logout_closes_the_window_and_says_so(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    with qtbot.waitSignal(window.logout_requested, timeout=1000):
        window.actions_by_key["logout"].trigger()
    assert window.logged_out and not window.isVisible()


def test_quit_closes_without_logout(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    window.actions_by_key["quit"].trigger()
    assert not window.isVisible() and not window.logged_out


def test_change_password_from_the_menu(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    window.actions_by_key["change_password"].trigger()
    dialog = window._dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    type_text(qtbot, dialog.current_edit, "pasLeBon1")
    type_text(qtbot, dialog.password_edit, "Nouveau2026")
    type_text(qtbot, dialog.confirmation_edit, "Nouveau2026")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("current") == "Le mot de passe actuel est incorrect."
    type_text(qtbot, dialog.current_edit, "admin1234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    from desktop_app.services.administration import users

    assert users.login(admin.as_actor(None), "admin", "Nouveau2026").actor is not None


def test_about_names_the_version_and_database(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    window.actions_by_key["about"].trigger()
    dialog = window._dialog
    assert isinstance(dialog, AboutDialog)
    text = dialog.text_label.text()
    assert "Portefeuille Santé" in text and "Version 0." in text
    assert admin.db.describe().split(" : ")[1] in text


def test_english_screens(qtbot, admin: ServiceContext, english) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, admin)
    assert _nav_texts(window) == [
        "Production",
        "Claims",
        "Premium collection",
        "Statements and statistics",
        "Administration",
    ]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Help"]
    assert window.user_label.text().startswith("Signed in: admin — ")
    page = window.show_area("claims")
    if isinstance(page, PlaceholderPage):
        assert page.message_label.text().startswith("This area comes with the next version.")


def test_french_again_after_english(qtbot, admin: ServiceContext) -> None:
    window = _window(qtbot, admin)
    assert "Sinistres" in _nav_texts(window)


def test_unexpected_error_is_logged_and_told_in_french(qtbot, no_exec, caplog) -> None:  # type: ignore[no-untyped-def]
    error_dialog.install_excepthook("/tmp/journal.log")
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="desktop_app.unexpected"):
            error_dialog.handle_exception(type(exc), exc, exc.__traceback__)
    [box] = no_exec
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Erreur inattendue"
    assert box.text().startswith("Une erreur inattendue s'est produite.")
    assert "/tmp/journal.log" in box.informativeText()
    assert "ZeroDivisionError" in box.detailedText()
    assert "ZeroDivisionError" in caplog.text


def test_a_refusal_reaching_the_hook_shows_its_message(qtbot, no_exec) -> None:  # type: ignore[no-untyped-def]
    error = PermissionDenied("Vos droits ne permettent pas de gérer les utilisateurs.")
    error_dialog.handle_exception(PermissionDenied, error, None)
    [box] = no_exec
    assert box.windowTitle() == "Action refusée"
    assert box.text() == "Vos droits ne permettent pas de gérer les utilisateurs."


def test_a_broken_area_does_not_take_the_shell_down(
    qtbot,
    admin: ServiceContext,
    monkeypatch,  # type: ignore[no-untyped-def]
    caplog,
) -> None:
    from desktop_app.ui import areas

    def broken(bus):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    patched = tuple(
        areas.Area(
            a.key, a.label, a.icon_file, a.permissions, broken if a.key == "claims" else a.factory
        )
        for a in areas.AREAS
    )
    monkeypatch.setattr("desktop_app.ui.main_window.AREAS", patched)
    window = _window(qtbot, admin)
    with caplog.at_level(logging.ERROR):
        page = window.show_area("claims")
    assert isinstance(page, PlaceholderPage)
    assert page.message_label.text().startswith("Cette zone n'a pas pu s'ouvrir")
    assert "boom" in caplog.text
    assert isinstance(window.findChild(QLabel, "status_user"), QLabel)


@pytest.fixture
def app_home(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from desktop_app.ui.i18n import remove_translators

    monkeypatch.setenv("PORTEFEUILLE_SANTE_HOME", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("PORTEFEUILLE_SANTE_LANG", raising=False)
    original_hook = sys.excepthook
    yield tmp_path
    sys.excepthook = original_hook
    remove_translators()


def test_database_that_cannot_open_is_told_in_french(qtbot, app_home, no_exec, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import app as app_module

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disque plein")

    monkeypatch.setattr(app_module.bootstrap, "open_database", refuse)
    assert app_module.run_gui([]) == 1
    [box] = no_exec
    assert box.text() == "Impossible d'ouvrir la base de données du portefeuille."
    assert box.detailedText() == "disque plein"
    assert str(app_home / "logs") in box.informativeText()


def test_first_start_asks_for_the_administrator(qtbot, app_home, no_exec) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.app import run_gui
    from desktop_app.ui.first_run_dialog import FirstRunDialog

    assert run_gui([]) == 0  # the first-run dialog was closed: nothing else happens
    assert [type(d) for d in no_exec] == [FirstRunDialog]
    assert (app_home / "portefeuille.db").is_file()
