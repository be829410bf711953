"""Confirms that lines flagged as duplicates are real care (domain.md §10.2): a user whose
roles grant « confirmer un doublon » (signataire, médecin conseil) types their code and
password at the clerk's desk; the signed-in user, if allowed, needs no password. The
service checks the password when the décompte is saved."""

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

from desktop_app.domain.roles import Permission
from desktop_app.services.claims.assessments import DuplicateSignOff
from desktop_app.ui.bus import AppBus
from desktop_app.ui.widgets.naming import named


class DuplicateDialog(QDialog):
    def __init__(self, bus: AppBus, lines: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirmer un doublon"))
        actor = bus.ctx.actor
        self.self_confirm = actor is not None and actor.can(Permission.CONFIRM_DUPLICATE)
        numbers = ", ".join(str(i + 1) for i in lines)
        text = QLabel(
            self.tr(
                "Ligne(s) %1 : les mêmes soins figurent déjà dans un autre décompte. Un utilisateur "
                "autorisé confirme qu'il s'agit de soins réels."
            ).replace("%1", numbers)
        )
        text.setWordWrap(True)
        self.code = named(
            QLineEdit(actor.code if self.self_confirm and actor else ""), "confirm_code"
        )
        self.password = named(QLineEdit(), "confirm_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("inutile si c'est vous") if self.self_confirm else ""
        )
        form = QFormLayout()
        form.addRow(self.tr("Code de l'utilisateur"), self.code)
        form.addRow(self.tr("Mot de passe"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirmer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def signoff(self) -> DuplicateSignOff:
        return DuplicateSignOff(self.code.text().strip(), self.password.text())
