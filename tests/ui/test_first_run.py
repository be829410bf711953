"""First start: the administrator's account, refused with messages next to the fields
until the input is valid; then the offer of a demonstration portfolio."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from desktop_app.demo import load as demo
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.first_run_dialog import FirstRunDialog, offer_demo
from tests.ui.helpers import type_text


@pytest.fixture
def dialog(qtbot, anon: ServiceContext) -> FirstRunDialog:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(anon)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(
    qtbot,
    dialog: FirstRunDialog,
    name: str,
    password: str,
    confirmation: str,  # type: ignore[no-untyped-def]
    code: str | None = None,
) -> None:
    type_text(qtbot, dialog.full_name_edit, name)
    if code is not None:
        type_text(qtbot, dialog.code_edit, code)
    type_text(qtbot, dialog.password_edit, password)
    type_text(qtbot, dialog.confirmation_edit, confirmation)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_code_defaults_to_admin(dialog: FirstRunDialog) -> None:
    assert dialog.code_edit.text() == "admin"


def test_empty_form_is_refused_field_by_field(
    qtbot, dialog: FirstRunDialog, anon: ServiceContext
) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("full_name") == "Le nom complet est obligatoire."
    assert (
        dialog.errors.message("password") == "Le mot de passe doit compter au moins 8 caractères."
    )
    assert dialog.errors.message("code") == ""
    label = dialog.findChild(QLabel, "error_full_name")
    assert label is not None and label.isVisible()  # shown right under the field
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not users.has_users(anon)


def test_short_password_is_refused_next_to_the_field(
    qtbot, dialog: FirstRunDialog, anon: ServiceContext
) -> None:
    _fill(qtbot, dialog, "Konan Aya", "abc12", "abc12")
    assert (
        dialog.errors.message("password") == "Le mot de passe doit compter au moins 8 caractères."
    )
    assert dialog.errors.message("full_name") == ""
    assert not users.has_users(anon)


def test_password_without_digit_is_refused(
    qtbot, dialog: FirstRunDialog, anon: ServiceContext
) -> None:
    _fill(qtbot, dialog, "Konan Aya", "sansChiffre", "sansChiffre")
    assert (
        dialog.errors.message("password")
        == "Le mot de passe doit contenir au moins une lettre et un chiffre."
    )
    assert not users.has_users(anon)


def test_mismatched_confirmation_is_refused(
    qtbot, dialog: FirstRunDialog, anon: ServiceContext
) -> None:
    _fill(qtbot, dialog, "Konan Aya", "Abidjan2026", "Abidjan2025")
    assert dialog.errors.message("confirmation") == "Les deux mots de passe ne sont pas identiques."
    assert dialog.errors.message("password") == ""
    assert not users.has_users(anon)


def test_bad_code_is_refused(qtbot, dialog: FirstRunDialog, anon: ServiceContext) -> None:
    _fill(qtbot, dialog, "Konan Aya", "Abidjan2026", "Abidjan2026", code="é t")
    assert dialog.errors.message("code").startswith("Le code utilisateur ne peut contenir")
    assert not users.has_users(anon)


def test_valid_input_creates_the_administrator(
    qtbot, dialog: FirstRunDialog, anon: ServiceContext
) -> None:
    _fill(qtbot, dialog, "Kouassi N'Guessan Aïcha", "Abidjan2026", "Abidjan2026")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.admin_code == "admin"
    signed_in = users.login(anon, "admin", "Abidjan2026")
    assert signed_in.actor is not None
    assert signed_in.actor.full_name == "Kouassi N'Guessan Aïcha"
    assert not users.must_change_password(signed_in)


def test_refused_once_an_administrator_exists(
    qtbot, dialog: FirstRunDialog, admin: ServiceContext
) -> None:
    _fill(qtbot, dialog, "Second Admin", "Abidjan2026", "Abidjan2026", code="admin2")
    assert dialog.errors.general_message() == "Un administrateur existe déjà : connectez-vous."
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_declining_the_demo_loads_nothing(qtbot, admin: ServiceContext, message_boxes) -> None:  # type: ignore[no-untyped-def]
    assert offer_demo(admin) is None  # the patched question answers « Non »
    assert [kind for kind, _ in message_boxes] == ["question"]
    assert message_boxes[0][1].startswith("Charger un portefeuille de démonstration ?")


def test_accepting_the_demo_loads_it_in_the_background(
    qtbot,
    anon: ServiceContext,
    monkeypatch,  # type: ignore[no-untyped-def]
    message_boxes,
) -> None:
    users.create_first_admin(anon, "Administrateur", "admin", "admin1234", "admin1234")
    calls: list[dict[str, object]] = []
    real = demo.load_demo

    def small_demo(db, size=300, seed=2026, progress=None):  # type: ignore[no-untyped-def]
        calls.append({"size": size})
        return real(db, size=12, seed=seed, progress=progress)

    monkeypatch.setattr(demo, "load_demo", small_demo)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    report = offer_demo(anon)
    assert report is not None and calls == [{"size": 300}]
    [(kind, text)] = message_boxes
    assert kind == "information" and report.summary() in text
