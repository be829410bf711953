"""The list of users (issue 2, part 6): who they are, their roles, whether they are active
or locked, when they last signed in; buttons to create, change, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.administration import users
from desktop_app.services.administration.users import UserRow
from desktop_app.services.context import Changes
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, format_datetime, roles_text, yes_no
from desktop_app.ui.admin.reset_password_dialog import ResetPasswordDialog
from desktop_app.ui.admin.user_form import UserForm
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import CENTER, Column, LazyTableModel, rows_after

ALERT = "#b00020"
INACTIVE = "#888888"


def _colour(user: UserRow) -> str | None:
    if user.locked:
        return ALERT
    return None if user.active else INACTIVE


def _failed_logins(user: UserRow) -> str:
    text = QCoreApplication.translate("UsersPage", "%1 essai(s) échoué(s)")
    return text.replace("%1", str(user.failed_logins))


USER_COLUMNS: list[Column[UserRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda u: u.code, foreground=_colour),
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda u: u.full_name, foreground=_colour),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Rôles"), lambda u: roles_text(u.roles), foreground=_colour
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Actif"),
        lambda u: yes_no(u.active),
        CENTER,
        foreground=_colour,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Verrouillé"),
        lambda u: yes_no(u.locked),
        CENTER,
        foreground=_colour,
        tooltip=_failed_logins,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Dernière connexion"),
        lambda u: format_datetime(u.last_login_at),
        CENTER,
        foreground=_colour,
    ),
]


class UsersPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._users: list[UserRow] = []
        self.dialog: QDialog | None = None  # the form or dialog open, if any

        self.model = LazyTableModel(USER_COLUMNS, self._count, self._fetch, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.message_label = QLabel()
        self.list_errors = FormErrors(self.message_label)

        self.new_button = QPushButton(self.tr("Nouveau"))
        self.edit_button = QPushButton(self.tr("Modifier"))
        self.reset_button = QPushButton(self.tr("Réinitialiser le mot de passe"))
        self.reset_button.setToolTip(
            self.tr("Donne un mot de passe provisoire et déverrouille le compte.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.table)

        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        bus.data_changed.connect(self._on_bus_data_changed)
        self.refresh()

    # -- the list ----------------------------------------------------------------------
    def _count(self) -> int:
        # A handful of users: the whole list is read at once and paged from memory.
        self._users = fetch(self._bus, users.list_users, self.list_errors, [])
        return len(self._users)

    def _fetch(self, after: UserRow | None, limit: int) -> list[UserRow]:
        return rows_after(self._users, after, limit)

    def refresh(self) -> None:
        """Read the users again, keeping the selected one selected."""
        current = self.selected_user()
        self.model.reload()
        self.model.fetch_all()
        if current is not None:
            self.select_user(current.id)
        self._update_buttons()

    def user_codes(self) -> list[str]:
        return [u.code for u in self.model.rows()]

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def select_user(self, user_id: int) -> bool:
        for number, user in enumerate(self.model.rows()):
            if user.id == user_id:
                self.table.selectRow(number)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    def _on_bus_data_changed(self, changes: Changes) -> None:
        if changes.touches("users", "user_roles"):
            self.refresh()

    # -- actions -----------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): window-modal without a nested event loop.
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _on_new_button_clicked(self) -> None:
        form = UserForm(self._bus, self)
        form.load(None)
        form.saved.connect(self._on_form_saved)
        self._open(form)

    def _on_edit_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        form = UserForm(self._bus, self)
        form.load(user)
        form.saved.connect(self._on_form_saved)
        self._open(form)

    def _on_reset_button_clicked(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self._bus, self)
        dialog.load(user)
        self._open(dialog)

    def _on_form_saved(self, user_id: int) -> None:
        self.select_user(user_id)
