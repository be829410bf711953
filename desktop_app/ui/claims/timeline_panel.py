"""A claim file's timeline (domain.md §10, §14): each step with its date and user, the
reminders, escalations and complaints, the next action date; « Ajouter une relance / une
réclamation » open the small dialog that records one."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.dates import format_datetime
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.claims.timeline import EventRow
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import can, day, list_view
from desktop_app.ui.claims.event_dialog import EventDialog
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import Column, LazyTableModel, rows_after
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[EventRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Le"), lambda r: format_datetime(r.at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Par"), lambda r: r.user_code),
    Column(QT_TRANSLATE_NOOP("Columns", "Étape"), lambda r: r.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Échéance"), lambda r: day(r.due_date)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Détail"),
        lambda r: f"[{r.channel}] {r.text}" if r.channel else r.text,
        tooltip=lambda r: r.text,
    ),
]


class TimelinePanel(QGroupBox):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_panel")
        self.setTitle(self.tr("Suivi du dossier"))
        self.bus = bus
        self.claim_id: int | None = None
        self.number = ""
        self.dialog: EventDialog | None = None
        # One file's timeline is short: it is read whole, the model pages through the copy.
        self._events: list[EventRow] = []
        self.model: LazyTableModel[EventRow] = LazyTableModel(
            COLUMNS,
            lambda: len(self._events),
            lambda after, limit: rows_after(self._events, after, limit),
            parent=self,
        )
        self.table = list_view(self.model, "timeline_table")
        self.summary = named(
            QLabel(self.tr("Choisissez un dossier dans la liste.")), "timeline_summary"
        )
        self.summary.setWordWrap(True)
        self.error = named(QLabel(), "timeline_error")
        self.errors = FormErrors(self.error)
        self.reminder_button = named(QPushButton(self.tr("Ajouter une relance")), "add_reminder")
        self.complaint_button = named(
            QPushButton(self.tr("Ajouter une réclamation")), "add_complaint"
        )
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.reminder_button)
        bar.addWidget(self.complaint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.reminder_button.clicked.connect(lambda: self.open_dialog("reminder"))
        self.complaint_button.clicked.connect(lambda: self.open_dialog("complaint"))
        bus.data_changed.connect(self._on_data_changed)
        self.set_claim(None)

    def set_claim(self, claim_id: int | None) -> None:
        self.claim_id = claim_id
        self.reload()

    def reload(self) -> None:
        self.errors.clear()
        self._events = []
        editable = can(self.bus, Permission.EDIT_CLAIMS) and self.claim_id is not None
        self.reminder_button.setEnabled(editable)
        self.complaint_button.setEnabled(editable)
        if self.claim_id is None:
            self.summary.setText(self.tr("Choisissez un dossier dans la liste."))
            self.model.reload()
            return
        claim_id = self.claim_id
        found = fetch(
            self.bus,
            lambda ctx: (
                claim_queries.get_claim(ctx, claim_id),
                claim_timeline.timeline(ctx, claim_id),
            ),
            self.errors,
        )
        if found is None:
            self.model.reload()
            return
        view, self._events = found
        self.number = view.number
        next_action = day(view.next_action_date) or self.tr("aucune")
        self.summary.setText(
            self.tr("Dossier %1 — %2 — prochaine action : %3")
            .replace("%1", view.number)
            .replace("%2", view.status.label)
            .replace("%3", next_action)
        )
        self.model.reload()
        self.table.resizeColumnsToContents()

    def open_dialog(self, kind: str) -> EventDialog | None:
        if self.claim_id is None:
            return None
        self.dialog = EventDialog(self.bus, self.claim_id, kind, self.number, self)
        self.dialog.setModal(True)
        self.dialog.show()
        return self.dialog

    def _on_data_changed(self, changes: Changes) -> None:
        if self.claim_id is not None and changes.touches("claims", "claim_events"):
            self.reload()
