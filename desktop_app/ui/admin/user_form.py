"""The user form (issue 2, part 6): code, full name, roles, active, first password.

Like every form: ``load`` the data, ``check`` what only the form can tell, build the
``command`` for the service; the service checks the rest and its French refusals are
shown next to the fields, all at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.roles import PERMISSION_LABELS, ROLE_LABELS, Role, permissions_of
from desktop_app.services.administration import users
from desktop_app.services.administration.users import UserInput, UserRow
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.ui.admin.form_rows import with_error
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import State, run_op
from desktop_app.ui.widgets.form_errors import FormErrors


def _role_tooltip(role: Role) -> str:
    granted = sorted(PERMISSION_LABELS[p] for p in permissions_of([role]))
    return QCoreApplication.translate("UserForm", "Peut %1.").replace("%1", ", ".join(granted))


class UserForm(QDialog):
    """Creates a user (``load(None)``) or changes one (``load(row)``)."""

    saved = Signal(int)  # the user's id

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._user: UserRow | None = None
        self.setModal(True)
        self.setMinimumWidth(540)

        self.general_label = QLabel()
        self.errors = FormErrors(self.general_label)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("ex. : akouassi"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("ex. : Aïcha Kouassi"))
        self.active_box = QCheckBox(self.tr("Compte actif"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation_edit = QLineEdit()
        self.confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)

        # A frame, not a group box: the red border of a refused field draws cleanly on it.
        self.roles_box = QFrame()
        grid = QGridLayout(self.roles_box)
        grid.setContentsMargins(4, 4, 4, 4)
        self.role_boxes: dict[Role, QCheckBox] = {}
        for number, role in enumerate(Role):
            box = QCheckBox(ROLE_LABELS[role])
            box.setToolTip(_role_tooltip(role))
            self.role_boxes[role] = box
            grid.addWidget(box, number // 2, number % 2)

        form = QFormLayout()
        form.addRow(self.tr("Code utilisateur :"), with_error(self.errors, "code", self.code_edit))
        form.addRow(self.tr("Nom complet :"), with_error(self.errors, "full_name", self.name_edit))
        form.addRow("", self.active_box)
        self.password_label = QLabel(self.tr("Mot de passe :"))
        self.password_row = with_error(self.errors, "password", self.password_edit)
        form.addRow(self.password_label, self.password_row)
        self.confirmation_label = QLabel(self.tr("Confirmation :"))
        self.confirmation_row = with_error(self.errors, "confirmation", self.confirmation_edit)
        form.addRow(self.confirmation_label, self.confirmation_row)
        self.password_hint = QLabel(
            self.tr(
                "Au moins 8 caractères, dont une lettre et un chiffre. "
                "L'utilisateur le changera à sa première connexion."
            )
        )
        self.password_hint.setWordWrap(True)
        self.password_hint.setStyleSheet("color: #555;")
        form.addRow("", self.password_hint)
        form.addRow(self.tr("Rôles :"), with_error(self.errors, "roles", self.roles_box))

        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_label)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)
        self.load(None)

    @property
    def creating(self) -> bool:
        return self._user is None

    def load(self, user: UserRow | None) -> None:
        """Fill the fields from ``user``, or empty them for a new user."""
        self._user = user
        self.errors.clear()
        self.code_edit.setText(user.code if user else "")
        self.name_edit.setText(user.full_name if user else "")
        self.active_box.setChecked(user.active if user else True)
        for role, box in self.role_boxes.items():
            box.setChecked(user is not None and role in user.roles)
        self.password_edit.clear()
        self.confirmation_edit.clear()
        # A password is chosen only when creating; later it is reset, never edited here.
        for widget in (
            self.password_label,
            self.password_row,
            self.confirmation_label,
            self.confirmation_row,
            self.password_hint,
        ):
            widget.setVisible(user is None)
        self.setWindowTitle(
            self.tr("Nouvel utilisateur")
            if user is None
            else self.tr("Modifier l'utilisateur « %1 »").replace("%1", user.code)
        )
        self.code_edit.setFocus()

    def check(self) -> list[FieldError]:
        """What the form alone can tell: nothing here, the service checks every field
        (code, name, roles, password) and answers for all of them at once."""
        return []

    def command(self) -> UserInput:
        roles = frozenset(role for role, box in self.role_boxes.items() if box.isChecked())
        return UserInput(
            code=self.code_edit.text(),
            full_name=self.name_edit.text(),
            roles=roles,
            active=self.active_box.isChecked(),
            password=self.password_edit.text() if self.creating else "",
            confirmation=self.confirmation_edit.text() if self.creating else "",
        )

    def checked_command(self) -> UserInput:
        problems = self.check()
        if problems:
            raise ValidationFailed(problems)
        return self.command()

    def save(self) -> bool:
        """Send the command to the service; on refusal show why next to the fields."""
        user = self._user

        def submit(ctx: ServiceContext, command: UserInput) -> tuple[int, Changes]:
            if user is None:
                return users.create_user(ctx, command)
            return user.id, users.update_user(ctx, user.id, command)

        op = run_op(
            self._bus,
            submit,
            command=self.checked_command,
            errors=self.errors,
            trigger=self.save_button,
            success=self._on_saved,
        )
        if op.state is State.REFUSED:
            self.adjustSize()  # room for the messages under the fields
        return op.succeeded

    def _on_saved(self, result: tuple[int, Changes]) -> None:
        self._bus.status_message.emit(self.tr("Utilisateur enregistré."))
        self.saved.emit(result[0])
        self.accept()

    def _on_save_button_clicked(self) -> None:
        self.save()
