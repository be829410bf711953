"""The deadlines of the requests log (domain.md §14; decision D30): working days to
send a request to the administrator and to get his confirmation, and the office's
holidays, one date a line. For users with the settings right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date, parse_date
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.request_workflow import FollowUpDelays
from desktop_app.services.production import requests_log as log
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import MultiLineField
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class FollowUpDelaysDialog(QDialog):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.setWindowTitle(self.tr("Délais de suivi des demandes"))
        self.send_within = named(QSpinBox(), "send_within")
        self.confirm_within = named(QSpinBox(), "confirm_within")
        for box in (self.send_within, self.confirm_within):
            box.setRange(0, 99)  # the service says what it accepts
            box.setSuffix(self.tr(" jours ouvrés"))
        self.holidays = named(MultiLineField(), "holidays")
        self.holidays.setPlaceholderText(self.tr("un jour férié par ligne : JJ/MM/AAAA"))
        self.holidays.setFixedHeight(120)
        general = named(QLabel(), "delays_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(
            self.tr("Transmission au gestionnaire sous"),
            self.errors.field_box("send_within", self.send_within),
        )
        form.addRow(
            self.tr("Confirmation du gestionnaire sous"),
            self.errors.field_box("confirm_within", self.confirm_within),
        )
        form.addRow(self.tr("Jours fériés"), self.errors.field_box("holidays", self.holidays))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        delays = fetch(bus, log.get_follow_up_delays, self.errors, FollowUpDelays())
        self.load(delays)

    def load(self, delays: FollowUpDelays) -> None:
        self.send_within.setValue(delays.send_within)
        self.confirm_within.setValue(delays.confirm_within)
        self.holidays.setPlainText("\n".join(format_date(d) for d in delays.holidays))

    def command(self) -> FollowUpDelays:
        days = []
        for number, line in enumerate(self.holidays.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            try:
                day = parse_date(line, "holidays")
            except FieldError as error:
                raise ValidationFailed(
                    [FieldError("holidays", f"Ligne {number} : {error.message}")]
                ) from error
            if day is not None:
                days.append(day)
        return FollowUpDelays(
            self.send_within.value(), self.confirm_within.value(), tuple(sorted(set(days)))
        )

    def save(self) -> bool:
        return run_op(
            self.bus,
            log.save_follow_up_delays,
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
            success=lambda _r: self.accept(),
        ).succeeded
