"""The list of subscribers, with their form and the start of a new policy."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.production import subscribers
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.tables import tune_list
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.production.subscriber_form import SubscriberForm
from desktop_app.ui.widgets.lazy_table_model import RIGHT, ROW_ROLE, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[subscribers.SubscriberRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Nom ou raison sociale"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.kind.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Ville"), lambda r: r.city),
    Column(QT_TRANSLATE_NOOP("Columns", "Téléphone"), lambda r: r.phone),
    Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda r: r.email),
    Column(QT_TRANSLATE_NOOP("Columns", "Polices"), lambda r: r.policies, RIGHT),
]


class SubscribersPage(QWidget):
    new_policy_requested = Signal(int)  # subscriber id

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        can_edit = bus.ctx.actor is not None and bus.ctx.actor.can(Permission.EDIT_PRODUCTION)
        self.search = named(QLineEdit(), "subscriber_search")
        self.search.setPlaceholderText(self.tr("Nom ou raison sociale…"))
        self.new_button = named(QPushButton(self.tr("Nouveau souscripteur")), "new_subscriber")
        self.edit_button = named(QPushButton(self.tr("Modifier")), "edit_subscriber")
        self.policy_button = named(
            QPushButton(self.tr("Nouvelle police pour ce souscripteur")), "policy_for_subscriber"
        )
        for button in (self.new_button, self.edit_button, self.policy_button):
            button.setEnabled(can_edit)
        self.model: LazyTableModel[subscribers.SubscriberRow] = LazyTableModel(
            COLUMNS,
            lambda: subscribers.count_subscribers(bus.ctx, self.search.text()),
            lambda after, limit: subscribers.fetch_subscribers(
                bus.ctx, self.search.text(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = named(QTableView(), "subscribers_table")
        self.table.setModel(self.model)
        tune_list(self.table, self.model)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.policy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.search.textChanged.connect(lambda _t: self.model.reload())
        self.new_button.clicked.connect(lambda: self.open_form(None))
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_clicked())
        self.policy_button.clicked.connect(self._on_policy_clicked)
        bus.data_changed.connect(self._on_data_changed)
        self.model.reload()

    def selected(self) -> subscribers.SubscriberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def open_form(self, subscriber_id: int | None) -> SubscriberForm:
        form = SubscriberForm(self.bus, subscriber_id, self)
        form.setModal(True)
        form.show()
        return form

    def _on_edit_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_form(row.id)

    def _on_policy_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.new_policy_requested.emit(row.id)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("subscribers", "policies"):
            self.model.reload()
