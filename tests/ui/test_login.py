"""Signing in like a clerk: wrong passwords counted and then the lock, in the dialog;
the right one opens the main window showing who is signed in and on which database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.app import create_main_window, sign_in
from desktop_app.domain.roles import Role
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.change_password_dialog import ChangePasswordDialog
from desktop_app.ui.login_dialog import LoginDialog
from tests.conftest import make_user
from tests.ui.helpers import type_text


def _login_dialog(qtbot, ctx: ServiceContext) -> LoginDialog:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(ctx, ctx.db.describe())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: LoginDialog, code: str, password: str) -> None:  # type: ignore[no-untyped-def]
    type_text(qtbot, dialog.code_edit, code)
    type_text(qtbot, dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_and_an_unknown_code_get_the_same_answer(
    qtbot, admin: ServiceContext
) -> None:
    """Issue 11: the answer does not tell which codes exist (nor how many tries are left
    on one that does)."""
    dialog = _login_dialog(qtbot, admin.as_actor(None))
    _try(qtbot, dialog, "admin", "mauvais123")
    known = dialog.message()
    assert known == (
        "Code utilisateur ou mot de passe incorrect. Après 5 essais manqués, un compte est "
        "verrouillé."
    )
    assert dialog.signed_in is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""  # cleared for the next try
    _try(qtbot, dialog, "personne", "encoreFaux1")
    assert dialog.message() == known


def test_empty_fields_are_refused(qtbot, admin: ServiceContext) -> None:
    dialog = _login_dialog(qtbot, admin.as_actor(None))
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.message() == "Saisissez votre code utilisateur et votre mot de passe."


def test_five_failures_lock_the_account(qtbot, admin: ServiceContext) -> None:
    make_user(admin, "awa", Role.CLAIMS)
    dialog = _login_dialog(qtbot, admin.as_actor(None))
    for _ in range(4):
        _try(qtbot, dialog, "awa", "pasLeBon1")
    assert "verrouillé." in dialog.message() and "maintenant" not in dialog.message()
    _try(qtbot, dialog, "awa", "pasLeBon1")
    assert "verrouillé" in dialog.message()
    # Even the right password is refused now.
    _try(qtbot, dialog, "awa", "motdepasse1")
    assert dialog.message().startswith("Ce compte est verrouillé")
    assert dialog.signed_in is None


def test_right_password_opens_the_main_window_with_user_and_database(
    qtbot, admin: ServiceContext
) -> None:
    anonymous = admin.as_actor(None)
    dialog = _login_dialog(qtbot, anonymous)
    _try(qtbot, dialog, "ADMIN", "admin1234")  # the code is not case-sensitive
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.actor is not None
    assert dialog.signed_in.actor.code == "admin"
    window = create_main_window(dialog.signed_in, anonymous.db.describe())
    qtbot.addWidget(window)
    window.show()
    assert window.user_label.text() == "Connecté : admin — Administrateur (Administrateur)"
    assert window.db_label.text() == anonymous.db.describe()
    assert window.db_label.text().startswith(("SQLite : ", "PostgreSQL : "))
    assert window.statusBar().isAncestorOf(window.user_label)


def _drive_modals(qtbot, steps: list[Callable[[QWidget], None]]) -> list[str]:  # type: ignore[no-untyped-def]
    """Run each step on the next modal dialog that opens (sign_in blocks in exec())."""
    seen: list[str] = []

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or (seen and seen[-1] == str(id(modal))):
            QTimer.singleShot(20, poll)
            return
        seen.append(str(id(modal)))
        step = steps.pop(0)
        try:
            step(modal)
        except BaseException:
            steps.clear()
            modal.reject()  # type: ignore[attr-defined]  # never leave sign_in blocked
            raise
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_sign_in_with_a_temporary_password_asks_for_a_new_one(qtbot, admin: ServiceContext) -> None:
    make_user(
        admin, "yao", Role.PRODUCTION, provisional=True
    )  # created by an administrator: temporary password

    def login(modal: QWidget) -> None:
        assert isinstance(modal, LoginDialog)
        _try(qtbot, modal, "yao", "motdepasse1")

    def change(modal: QWidget) -> None:
        assert isinstance(modal, ChangePasswordDialog)
        type_text(qtbot, modal.current_edit, "motdepasse1")
        type_text(qtbot, modal.password_edit, "Kété2026")
        type_text(qtbot, modal.confirmation_edit, "Kété2026")
        qtbot.mouseClick(modal.save_button, Qt.MouseButton.LeftButton)

    seen = _drive_modals(qtbot, [login, change])
    signed_in = sign_in(admin.as_actor(None), admin.db.describe())
    assert len(seen) == 2
    assert signed_in is not None and signed_in.actor is not None and signed_in.actor.code == "yao"
    assert not users.must_change_password(signed_in)
    assert users.login(admin.as_actor(None), "yao", "Kété2026").actor is not None


def test_closing_the_login_gives_up(qtbot, admin: ServiceContext) -> None:
    _drive_modals(qtbot, [lambda modal: modal.reject()])  # type: ignore[attr-defined]
    assert sign_in(admin.as_actor(None), admin.db.describe()) is None
