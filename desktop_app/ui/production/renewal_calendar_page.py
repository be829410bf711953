"""« Calendrier des renouvellements » (domain.md §14): the touchpoints of this week still
to do, or of the next 120 days, loaded page by page; the selected policy's checklist and
the client's decision beside the list."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.renewal_calendar import week_of
from desktop_app.services.context import Changes
from desktop_app.services.production import renewal_calendar as cal
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.tables import tune_list
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.production.renewal_panel import RenewalPanel
from desktop_app.ui.widgets.lazy_table_model import ROW_ROLE, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

WEEK, DAYS_120 = "week", "120"

COLUMNS: list[Column[cal.CalendarRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: format_date(r.day)),
    Column(QT_TRANSLATE_NOOP("Columns", "Point de contact"), lambda r: f"J-{r.offset} · {r.title}"),
    Column(QT_TRANSLATE_NOOP("Columns", "N° de police"), lambda r: r.policy_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Souscripteur"), lambda r: r.subscriber_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Échéance"), lambda r: format_date(r.expiry)),
    Column(QT_TRANSLATE_NOOP("Columns", "Liste"), lambda r: f"{r.ticked}/{r.items}"),
    Column(QT_TRANSLATE_NOOP("Columns", "Fait le"), lambda r: format_date(r.done_on)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Décision"), lambda r: r.decision.label if r.decision else ""
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Confirmation écrite"),
        lambda r: format_date(r.written_confirmation_on),
    ),
]


class RenewalCalendarPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.span = named(QComboBox(), "calendar_span")
        self.span.addItem(self.tr("Cette semaine"), WEEK)
        self.span.addItem(self.tr("120 prochains jours"), DAYS_120)
        self.pending = named(QCheckBox(self.tr("À faire seulement")), "calendar_pending")
        self.pending.setChecked(True)
        self.search = named(QLineEdit(), "calendar_search")
        self.search.setPlaceholderText(self.tr("N° de police ou souscripteur…"))
        self.dates = named(QLabel(), "calendar_dates")
        self.model: LazyTableModel[cal.CalendarRow] = LazyTableModel(
            COLUMNS,
            lambda: cal.count_touchpoints(bus.ctx, self._filter()),
            lambda after, limit: cal.fetch_touchpoints(
                bus.ctx, self._filter(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = named(QTableView(), "calendar_table")
        self.table.setModel(self.model)
        tune_list(self.table, self.model)
        self.panel = RenewalPanel(bus)
        bar = QHBoxLayout()
        bar.addWidget(self.span)
        bar.addWidget(self.pending)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.dates)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.span.currentIndexChanged.connect(lambda _i: self.reload())
        self.pending.toggled.connect(lambda _c: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._on_table_selection_changed()
        )
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def _filter(self) -> cal.CalendarFilter:
        today = self.bus.ctx.today()
        if self.span.currentData() == WEEK:
            first, last = week_of(today)
        else:
            first, last = today, today + timedelta(days=120)
        return cal.CalendarFilter(first, last, self.pending.isChecked(), self.search.text())

    def reload(self) -> None:
        flt = self._filter()
        self.dates.setText(
            self.tr("du {0} au {1}").format(format_date(flt.first), format_date(flt.last))
        )
        self.model.reload()

    def selected(self) -> cal.CalendarRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _on_table_selection_changed(self) -> None:
        row = self.selected()
        if row is not None:
            self.panel.load(row.policy_id, row.offset)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(cal.TOUCHPOINT_TABLE, cal.DECISION_TABLE, "policies"):
            self.model.reload()
