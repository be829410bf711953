"""Changing one's own password (asked at login when an administrator set a temporary one)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.roles import MIN_PASSWORD_LENGTH
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.operations import State, run_op
from desktop_app.ui.widgets.fields import checked_line_edit
from desktop_app.ui.widgets.form_errors import FormErrors


class ChangePasswordDialog(QDialog):
    def __init__(
        self, ctx: ServiceContext, *, forced: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Changer de mot de passe"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        if forced:
            intro = QLabel(
                self.tr(
                    "Votre mot de passe est provisoire : choisissez-en un nouveau pour continuer."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        general = QLabel()
        self.errors = FormErrors(general)
        self.current_edit, current_box = checked_line_edit(self.errors, "current", password=True)
        self.password_edit, password_box = checked_line_edit(self.errors, "password", password=True)
        self.confirmation_edit, confirmation_box = checked_line_edit(
            self.errors, "confirmation", password=True
        )
        hint = QLabel(
            self.tr("Au moins %1 caractères, dont une lettre et un chiffre.").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
        )
        hint.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("Mot de passe actuel"), current_box)
        form.addRow(self.tr("Nouveau mot de passe"), password_box)
        form.addRow("", hint)
        form.addRow(self.tr("Confirmation"), confirmation_box)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.buttons.addButton(
            self.tr("Se déconnecter") if forced else self.tr("Annuler"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.current_edit.setFocus()

    def _on_save_clicked(self) -> None:
        current, password, confirmation = (
            self.current_edit.text(),
            self.password_edit.text(),
            self.confirmation_edit.text(),
        )
        op = run_op(
            self._ctx,  # before the main window, or for the user alone: no screen to refresh
            lambda ctx: users.change_own_password(ctx, current, password, confirmation),
            errors=self.errors,
            trigger=self.save_button,
            success=lambda _changes: self.accept(),
        )
        if op.state is State.REFUSED:
            self.adjustSize()  # grow for the messages instead of squashing the fields
