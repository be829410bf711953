"""One policy's renewal calendar (domain.md §14): its five touchpoints with their
checklist to tick, and the client's decision with the date of its written confirmation.
Shown beside the calendar's list and in the policy's follow-up tab."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.renewal_calendar import ClientDecision
from desktop_app.domain.roles import Permission
from desktop_app.services.production import renewal_calendar as cal
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField, read_field
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class RenewalPanel(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.calendar: cal.PolicyCalendar | None = None
        self.title = named(QLabel(), "renewal_title")
        self.title.setWordWrap(True)
        self.touchpoint = named(QComboBox(), "renewal_touchpoint")
        self.items_box = QGroupBox(self.tr("Liste de contrôle"))
        self.items_layout = QVBoxLayout(self.items_box)
        self.checks: list[QCheckBox] = []
        self.save_items_button = named(
            QPushButton(self.tr("Enregistrer la liste")), "save_checklist"
        )
        self.decision = named(QComboBox(), "renewal_decision")
        self.decision.addItem(self.tr("— non connue —"), None)
        for member in ClientDecision:
            self.decision.addItem(member.label, member.value)
        self.decided_on = named(DateField(optional=True), "decided_on")
        self.written_on = named(DateField(optional=True), "written_confirmation_on")
        self.notes = named(QLineEdit(), "decision_notes")
        self.save_decision_button = named(
            QPushButton(self.tr("Enregistrer la décision")), "save_decision"
        )
        general = named(QLabel(), "renewal_error")
        self.errors = FormErrors(general)
        decision_box = QGroupBox(self.tr("Décision du client"))
        form = QFormLayout(decision_box)
        form.addRow(self.tr("Décision"), self.errors.field_box("decision", self.decision))
        form.addRow(self.tr("Décidée le"), self.errors.field_box("decided_on", self.decided_on))
        form.addRow(
            self.tr("Confirmation écrite du"),
            self.errors.field_box("written_confirmation_on", self.written_on),
        )
        form.addRow(self.tr("Observations"), self.errors.field_box("notes", self.notes))
        form.addRow("", self.save_decision_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.touchpoint)
        layout.addWidget(self.items_box)
        layout.addWidget(self.save_items_button)
        layout.addWidget(decision_box)
        layout.addWidget(general)
        layout.addStretch(1)
        self.touchpoint.currentIndexChanged.connect(self._on_touchpoint_current_index_changed)
        self.save_items_button.clicked.connect(self.save_items)
        self.save_decision_button.clicked.connect(self.save_decision)
        self.load(None)

    def _can_edit(self) -> bool:
        return self.bus.ctx.actor is not None and self.bus.ctx.actor.can(Permission.EDIT_PRODUCTION)

    def _set_enabled(self, loaded: bool) -> None:
        for widget in (self.save_items_button, self.save_decision_button):
            widget.setEnabled(loaded and self._can_edit())

    def load(self, policy_id: int | None, offset: int | None = None) -> None:
        """Show the calendar of the policy's current year, on the touchpoint ``offset``
        (else the next one still to do)."""
        self.errors.clear()
        self.calendar = None
        if policy_id is not None:
            self.calendar = fetch(
                self.bus, lambda ctx: cal.get_policy_calendar(ctx, policy_id), self.errors
            )
        calendar = self.calendar
        self.touchpoint.blockSignals(True)
        self.touchpoint.clear()
        if calendar is None:
            self.title.setText(self.tr("Choisissez un point de contact dans la liste."))
            self.touchpoint.blockSignals(False)
            self._show_items()
            self._set_enabled(False)
            return
        self.title.setText(
            self.tr("Police {0} — échéance du {1}").format(
                calendar.policy_number, format_date(calendar.expiry)
            )
        )
        current = 0
        for index, t in enumerate(calendar.touchpoints):
            done = self.tr(" — fait le {0}").format(format_date(t.done_on)) if t.done_on else ""
            self.touchpoint.addItem(
                self.tr("J-{0} · {1} · {2}{3}").format(t.offset, format_date(t.day), t.title, done),
                t.offset,
            )
            if offset is not None and t.offset == offset:
                current = index
        if offset is None:
            # The next touchpoint still to do from today; else the last one.
            today = self.bus.ctx.today()
            coming = [
                i
                for i, t in enumerate(calendar.touchpoints)
                if t.done_on is None and t.day >= today
            ]
            current = coming[0] if coming else len(calendar.touchpoints) - 1
        self.touchpoint.setCurrentIndex(current)
        self.touchpoint.blockSignals(False)
        self._show_items()
        decision = calendar.decision
        index = (
            self.decision.findData(decision.decision.value) if decision and decision.decision else 0
        )
        self.decision.setCurrentIndex(max(0, index))
        self.decided_on.set_value(decision.decided_on if decision else None)
        self.written_on.set_value(decision.written_confirmation_on if decision else None)
        self.notes.setText(decision.notes if decision else "")
        self._set_enabled(True)

    def _current(self) -> cal.TouchpointView | None:
        if self.calendar is None:
            return None
        offset = self.touchpoint.currentData()
        return next((t for t in self.calendar.touchpoints if t.offset == offset), None)

    def _show_items(self) -> None:
        for check in self.checks:
            self.items_layout.removeWidget(check)
            check.deleteLater()
        self.checks = []
        current = self._current()
        if current is None:
            return
        for item in current.items:
            check = named(QCheckBox(item.label), f"item_{item.code}")
            check.setChecked(item.ticked)
            check.setProperty("code", item.code)
            self.items_layout.addWidget(check)
            check.show()  # at once: a layout shows a new child only at the next event loop
            self.checks.append(check)

    def _on_touchpoint_current_index_changed(self, _index: int) -> None:
        self._show_items()

    def save_items(self) -> bool:
        calendar, current = self.calendar, self._current()
        if calendar is None or current is None:
            return False
        ticked = [str(c.property("code")) for c in self.checks if c.isChecked()]
        policy_id, expiry, offset = calendar.policy_id, calendar.expiry, current.offset
        return run_op(
            self.bus,
            lambda ctx: cal.save_touchpoint(ctx, policy_id, expiry, offset, ticked),
            errors=self.errors,
            trigger=self.save_items_button,
            success=lambda _r: self.load(policy_id, offset),
        ).succeeded

    def decision_command(self) -> cal.DecisionData:
        typed: list[FieldError] = []
        decided = read_field(typed, self.decided_on.date_value, "decided_on")
        written = read_field(typed, self.written_on.date_value, "written_confirmation_on")
        if typed:
            raise ValidationFailed(typed)
        value = self.decision.currentData()
        return cal.DecisionData(
            ClientDecision(value) if value else None, decided, written, self.notes.text()
        )

    def save_decision(self) -> bool:
        calendar = self.calendar
        if calendar is None:
            return False
        policy_id, expiry = calendar.policy_id, calendar.expiry
        offset = self.touchpoint.currentData()
        return run_op(
            self.bus,
            lambda ctx, data: cal.record_decision(ctx, policy_id, expiry, data),
            command=self.decision_command,
            errors=self.errors,
            trigger=self.save_decision_button,
            success=lambda _r: self.load(policy_id, offset),
        ).succeeded
