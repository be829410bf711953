"""Adds a reminder, an escalation, a complaint (réclamation, domain.md §14), an answer or
a note to a claim file's timeline, with the next action date it sets."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.claims.timeline import EVENT_LABELS, EventInput
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField, MultiLineField, read_field
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named

KINDS = ("reminder", "escalation", "complaint", "answer", "note")
CHANNELS = ("", "Téléphone", "Courrier", "E-mail", "Guichet", "Gestionnaire")


class EventDialog(QDialog):
    def __init__(
        self, bus: AppBus, claim_id: int, kind: str, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus, self.claim_id = bus, claim_id
        self.setWindowTitle(self.tr("Dossier %1 : suivi").replace("%1", number))
        self.kind = named(QComboBox(), "event_kind")
        for key in KINDS:
            self.kind.addItem(EVENT_LABELS[key], key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.channel = named(QComboBox(), "event_channel")
        self.channel.setEditable(True)
        for channel in CHANNELS:
            self.channel.addItem(channel)
        self.text = named(MultiLineField(), "event_text")
        self.text.setFixedHeight(80)
        self.next_action = named(DateField(optional=True), "event_next_action")
        general = named(QLabel(), "event_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Type"), self.kind, "kind"),
            (self.tr("Canal (réclamation)"), self.channel, "channel"),
            (self.tr("Texte"), self.text, "text"),
            (self.tr("Prochaine action le"), self.next_action, "next_action_date"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.make_label(field, widget))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Ajouter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)

    def command(self) -> EventInput:
        typed: list[FieldError] = []
        next_action = read_field(typed, self.next_action.date_value, "next_action_date")
        if typed:
            raise ValidationFailed(typed)
        return EventInput(
            self.kind.currentData(),
            self.text.toPlainText(),
            self.channel.currentText(),
            next_action,
        )

    def save(self) -> bool:
        claim_id = self.claim_id
        return run_op(
            self.bus,
            lambda ctx, data: claim_timeline.add_event(ctx, claim_id, data),
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
        ).succeeded

    def _on_save_clicked(self) -> None:
        if self.save():
            self.accept()
