"""An administrator gives a user a temporary password; this also unlocks the account
(issue 2, part 6: five failed logins lock it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.services.administration import users
from desktop_app.services.administration.users import UserRow
from desktop_app.ui.admin.form_rows import with_error
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import State, run_op
from desktop_app.ui.widgets.form_errors import FormErrors


@dataclass(frozen=True)
class ResetPassword:
    """What ``users.reset_password`` needs."""

    user_id: int
    password: str
    confirmation: str


class ResetPasswordDialog(QDialog):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._user: UserRow | None = None
        self.setModal(True)
        self.setMinimumWidth(480)
        self.setWindowTitle(self.tr("Réinitialiser le mot de passe"))

        self.general_label = QLabel()
        self.errors = FormErrors(self.general_label)
        self.user_label = QLabel()
        self.user_label.setStyleSheet("font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation_edit = QLineEdit()
        self.confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(
            self.tr("Mot de passe provisoire :"),
            with_error(self.errors, "password", self.password_edit),
        )
        form.addRow(
            self.tr("Confirmation :"),
            with_error(self.errors, "confirmation", self.confirmation_edit),
        )

        self.save_button = QPushButton(self.tr("Réinitialiser"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.user_label)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

    def load(self, user: UserRow) -> None:
        self._user = user
        self.errors.clear()
        self.password_edit.clear()
        self.confirmation_edit.clear()
        self.user_label.setText(f"{user.full_name} ({user.code})")
        text = self.tr(
            "L'utilisateur devra choisir un nouveau mot de passe à sa prochaine "
            "connexion. Au moins 8 caractères, dont une lettre et un chiffre."
        )
        if user.locked:
            text = self.tr("Ce compte est verrouillé : il sera déverrouillé.") + " " + text
        self.explanation.setText(text)
        self.password_edit.setFocus()

    def check(self) -> list[FieldError]:
        """Nothing the service does not check itself (length, letters and digits, both
        entries the same)."""
        return []

    def command(self) -> ResetPassword:
        assert self._user is not None, "load() a user first"
        return ResetPassword(
            self._user.id, self.password_edit.text(), self.confirmation_edit.text()
        )

    def checked_command(self) -> ResetPassword:
        problems = self.check()
        if problems:
            raise ValidationFailed(problems)
        return self.command()

    def save(self) -> bool:
        op = run_op(
            self._bus,
            lambda ctx, c: users.reset_password(ctx, c.user_id, c.password, c.confirmation),
            command=self.checked_command,
            errors=self.errors,
            trigger=self.save_button,
            success=self._on_reset,
        )
        if op.state is State.REFUSED:
            self.adjustSize()  # room for the messages under the fields
        return op.succeeded

    def _on_reset(self, _changes: object) -> None:
        self._bus.status_message.emit(
            self.tr("Mot de passe réinitialisé : le compte est déverrouillé.")
        )
        self.accept()

    def _on_save_button_clicked(self) -> None:
        self.save()
