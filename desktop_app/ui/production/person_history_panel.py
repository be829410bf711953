"""« Historique » of a person (domain.md §3, §8), read only: entry and exit dates, each
span of guarantees with the endorsement that opened it, and the suspensions (the person's
own or the whole policy's). The claims screens use ``guarantees_text`` to say what covers
the person on a date of care."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_fcfa
from desktop_app.services.production.person_history import (
    GuaranteesOn,
    PersonHistory,
    person_history,
)
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import RIGHT, fit_height
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.naming import named


def guarantees_text(on: GuaranteesOn) -> str:
    """« 80 % zone 1, plafond 2 000 000 FCFA (avenant n° 2) », « suspendu … », « non
    couvert »: the guarantees on the date of care, in one line."""
    day = format_date(on.day)
    if on.term is None:
        return f"Au {day} : non couvert à cette date"
    t = on.term
    text = f"Au {day} : {t.coverage_rate} % zone {t.zone}, plafond {format_fcfa(t.annual_ceiling)}"
    text += f" (avenant n° {t.endorsement_number})" if t.endorsement_number else " (émission)"
    if on.suspension is not None:
        s = on.suspension
        whole = " (toute la police)" if s.whole_policy else ""
        text += f" — suspendu{whole} depuis le {format_date(s.start)}"
    return text


class PersonHistoryPanel(QGroupBox):
    def __init__(self, bus: AppBus, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Historique"), parent)
        self.setObjectName("person_history")
        self.bus = bus
        self.person_id = person_id
        self.history: PersonHistory | None = None
        self.dates = named(QLabel(), "history_dates")
        self.dates.setWordWrap(True)
        self.terms = named(QTableWidget(0, 7), "history_terms")
        self.terms.setHorizontalHeaderLabels(
            [
                self.tr("Du"),
                self.tr("Au (exclu)"),
                self.tr("Taux"),
                self.tr("Zone"),
                self.tr("Plafond annuel"),
                self.tr("Prime annuelle"),
                self.tr("Avenant"),
            ]
        )
        self.terms.verticalHeader().hide()
        self.terms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.terms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.terms.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        fit_height(self.terms, 3)
        self.suspensions = named(QLabel(), "history_suspensions")
        self.suspensions.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.dates)
        layout.addWidget(self.terms)
        layout.addWidget(self.suspensions)
        self.reload()

    def reload(self) -> None:
        person_id = self.person_id
        self.history = fetch(self.bus, lambda ctx: person_history(ctx, person_id), self.dates, None)
        h = self.history
        if h is None:
            return
        exit_text = (
            self.tr(", sorti(e) le %1 (premier jour non couvert)").replace(
                "%1", format_date(h.exit_date)
            )
            if h.exit_date
            else ""
        )
        self.dates.setText(
            self.tr("Entré(e) le %1").replace("%1", format_date(h.entry_date)) + exit_text
        )
        self.terms.setRowCount(len(h.terms))
        for row, t in enumerate(h.terms):
            values = (
                format_date(t.start),
                format_date(t.stop) if t.stop else "",
                f"{t.coverage_rate} %",
                str(t.zone),
                format_fcfa(t.annual_ceiling, False),
                format_fcfa(t.annual_net_premium, False),
                str(t.endorsement_number) if t.endorsement_number else self.tr("émission"),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in (4, 5):
                    item.setTextAlignment(RIGHT)
                self.terms.setItem(row, column, item)
        if not h.suspensions:
            self.suspensions.setText(self.tr("Aucune suspension."))
            return
        lines = []
        for s in h.suspensions:
            who = self.tr("toute la police") if s.whole_policy else self.tr("la personne")
            until = (
                self.tr("remise en vigueur le %1 (avenant n° %2)")
                .replace("%1", format_date(s.stop))
                .replace("%2", str(s.reinstated_by or ""))
                if s.stop
                else self.tr("toujours suspendue")
            )
            lines.append(
                self.tr("Suspension de %1 du %2 (avenant n° %3), %4")
                .replace("%1", who)
                .replace("%2", format_date(s.start))
                .replace("%3", str(s.suspended_by))
                .replace("%4", until)
            )
        self.suspensions.setText("\n".join(lines))
