"""Signing in: user code and password; refusals (attempts left, locked) shown in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.errors import DomainError
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.operations import run_query


class LoginDialog(QDialog):
    """Accepted once ``users.login`` succeeds; ``signed_in`` is then the user's context."""

    def __init__(
        self,
        ctx: ServiceContext,
        db_description: str = "",
        code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.signed_in: ServiceContext | None = None
        self.setWindowTitle(self.tr("Connexion — %1").replace("%1", APP_NAME))
        self.setMinimumWidth(380)

        intro = QLabel(self.tr("Saisissez votre code utilisateur et votre mot de passe."))
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(code)
        self.code_edit.setObjectName("code")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message_label = QLabel()
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Code utilisateur"), self.code_edit)
        form.addRow(self.tr("Mot de passe"), self.password_edit)

        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Se connecter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("login")
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Quitter"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._on_login_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        if db_description:
            where = QLabel(self.tr("Base de données : %1").replace("%1", db_description))
            where.setWordWrap(True)
            where.setStyleSheet("color: #666; font-size: small;")
            layout.addWidget(where)
        layout.addWidget(self.buttons)
        (self.password_edit if code else self.code_edit).setFocus()

    def message(self) -> str:
        return "" if self.message_label.isHidden() else self.message_label.text()

    def _on_login_clicked(self) -> None:
        code, password = self.code_edit.text(), self.password_edit.text()
        run_query(
            self._ctx,
            lambda ctx: users.login(ctx, code, password),
            errors=self._on_refused,
            trigger=self.login_button,
            success=self._on_signed_in,
        )

    def _on_signed_in(self, signed_in: ServiceContext) -> None:
        self.signed_in = signed_in
        self.accept()

    def _on_refused(self, error: DomainError) -> None:
        self.message_label.setText(error.message)
        self.message_label.show()
        self.adjustSize()  # grow for the wrapped message instead of squashing the fields
        self.password_edit.clear()
        self.password_edit.setFocus()
