"""« Clôture des règlements » on the Bordereaux page (architecture.md rule 5, decisions D19):
accounting, once it has booked a period's claims-paid statement, closes it; no payment or
reversal can then be dated in it, so that statement never changes. A closing only moves
forward, so the clerk confirms it first."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import period
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


def may_close(bus: AppBus) -> bool:
    actor = bus.ctx.actor
    return actor is not None and actor.can(Permission.CLOSE_PERIODS)


class PeriodClosingBox(QGroupBox):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clôture des règlements de sinistres"), parent)
        self.setObjectName("period_closing")
        self.bus = bus
        self.state = named(QLabel(), "closed_through")
        self.state.setWordWrap(True)
        self.through = named(DateField(), "closing_date")
        self.close_button = named(QPushButton(self.tr("Clôturer…")), "close_period")
        general = named(QLabel(), "closing_error")
        self.errors = FormErrors(general)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Clore jusqu'au")))
        row.addWidget(self.errors.field_box("closed_through", self.through))
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(general)
        self.close_button.clicked.connect(self.close_period)
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        closed = fetch(self.bus, period.get_closed_through, self.errors)
        self.state.setText(
            self.tr(
                "Règlements et contre-passations ne peuvent plus être datés jusqu'au %1 inclus."
            ).replace("%1", format_date(closed))
            if closed
            else self.tr(
                "Aucune période n'est close : un règlement peut être daté de tout jour passé."
            )
        )

    def close_period(self) -> bool:
        through = self.through.value()  # None: blank or not a date, refused next to the field
        if through is not None and not self._confirmed(through):
            return False
        op = run_op(
            self.bus,
            lambda ctx, day: period.close_claims_period(ctx, day),
            command=lambda: self.through.date_value("closed_through"),
            errors=self.errors,
            trigger=self.close_button,
            parent=self,
        )
        return op.succeeded

    def _confirmed(self, through: date) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clôturer les règlements"),
            self.tr(
                "Plus aucun règlement ni contre-passation ne pourra être daté jusqu'au %1 "
                "inclus, et une clôture ne recule pas. Clôturer ?"
            ).replace("%1", format_date(through)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("settings_documents"):
            self.reload()
