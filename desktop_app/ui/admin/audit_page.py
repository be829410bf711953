"""The audit journal (issue 2, part 5): who changed what and when, newest first, filtered
by user, table, action and dates; the selected entry's before/after beside the list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.money import group_digits
from desktop_app.services.administration import audit
from desktop_app.services.administration.audit import ACTION_LABELS, AuditFilter
from desktop_app.services.context import Changes
from desktop_app.ui.admin.audit_detail import AuditDetail
from desktop_app.ui.admin.audit_model import AuditModel
from desktop_app.ui.admin.form_rows import with_error
from desktop_app.ui.admin.labels import table_label
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import LabelErrors, fetch
from desktop_app.ui.widgets.form_errors import FormErrors

DATE_FORMAT = "dd/MM/yyyy"


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    edit.setEnabled(False)
    return edit


class AuditPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._stale = False

        # -- filters, laid out as a small form: load / check / command ------------------
        self.general_label = QLabel()
        self.errors = FormErrors(self.general_label)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("code utilisateur"))
        self.user_edit.setClearButtonEnabled(True)
        self.table_combo = QComboBox()
        self.table_combo.setMinimumContentsLength(18)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("Toutes"), "")
        for action, label in ACTION_LABELS.items():
            self.action_combo.addItem(label, action)
        self.start_box = QCheckBox(self.tr("Du"))
        self.start_edit = _date_edit()
        self.end_box = QCheckBox(self.tr("Au"))
        self.end_edit = _date_edit()
        self.filter_button = QPushButton(self.tr("Filtrer"))
        self.filter_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Effacer les filtres"))

        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Utilisateur :")))
        first.addWidget(with_error(self.errors, "user_code", self.user_edit))
        first.addSpacing(12)
        first.addWidget(QLabel(self.tr("Table :")))
        first.addWidget(self.table_combo)
        first.addSpacing(12)
        first.addWidget(QLabel(self.tr("Action :")))
        first.addWidget(self.action_combo)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self.start_box)
        second.addWidget(self.start_edit)
        second.addSpacing(12)
        second.addWidget(self.end_box)
        second.addWidget(self.end_edit)
        second.addSpacing(12)
        second.addWidget(self.filter_button)
        second.addWidget(self.clear_button)
        # The period's messages sit at the end of its own row, not under a narrow date.
        for field, edit in (("start", self.start_edit), ("end", self.end_edit)):
            message = self.errors.make_label(field, edit)
            message.setWordWrap(False)
            second.addWidget(message)
        second.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(first)
        filters.addLayout(second)

        # -- the list and the detail -----------------------------------------------------
        self.model = AuditModel(bus, self, errors=LabelErrors(self.general_label))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 100, 110, 190)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        self.detail = AuditDetail()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.general_label)
        layout.addWidget(splitter, 1)

        self.start_box.toggled.connect(self.start_edit.setEnabled)
        self.end_box.toggled.connect(self.end_edit.setEnabled)
        self.filter_button.clicked.connect(self._on_filter_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.user_edit.returnPressed.connect(self._on_filter_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.modelReset.connect(self._on_model_changed)
        self.model.rowsInserted.connect(self._on_model_changed)
        bus.data_changed.connect(self._on_bus_data_changed)
        self._read_tables()
        self.load(AuditFilter())
        self.refresh()

    # -- the filter form -----------------------------------------------------------------
    def load(self, flt: AuditFilter) -> None:
        self.errors.clear()
        self.user_edit.setText(flt.user_code)
        self._add_tables([flt.table_name] if flt.table_name else [])
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(flt.table_name)))
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(flt.action)))
        for box, edit, day in (
            (self.start_box, self.start_edit, flt.start),
            (self.end_box, self.end_edit, flt.end),
        ):
            box.setChecked(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))

    def check(self) -> list[FieldError]:
        """The period must not end before it starts."""
        problems = []
        if (
            self.start_box.isChecked()
            and self.end_box.isChecked()
            and self.end_edit.date() < self.start_edit.date()
        ):
            problems.append(FieldError("end", self.tr("La date de fin précède la date de début.")))
        return problems

    def command(self) -> AuditFilter:
        return AuditFilter(
            user_code=self.user_edit.text().strip(),
            table_name=self.table_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            start=_to_date(self.start_edit.date()) if self.start_box.isChecked() else None,
            end=_to_date(self.end_edit.date()) if self.end_box.isChecked() else None,
        )

    def apply_filter(self) -> bool:
        self.errors.clear()
        problems = self.check()
        if problems:
            self.errors.show(ValidationFailed(problems))
            return False
        self.model.filter = self.command()
        self.refresh()
        return True

    def _read_tables(self) -> None:
        """Offer every table the trail mentions (a scan of its index: done on opening and
        on demand, not on every change)."""
        selected = self.table_combo.currentData() or ""
        names = fetch(self._bus, audit.audited_tables, LabelErrors(self.general_label), [])
        self.table_combo.clear()
        self.table_combo.addItem(self.tr("Toutes"), "")
        self._add_tables(names + ([selected] if selected else []))
        self.table_combo.setCurrentIndex(max(0, self.table_combo.findData(selected)))

    def _add_tables(self, names: Iterable[str]) -> None:
        """Add the tables not offered yet, keeping the list in alphabetical order of labels."""
        for name in names:
            if self.table_combo.findData(name) >= 0:
                continue
            label = table_label(name)
            position = 1
            while (
                position < self.table_combo.count()
                and self.table_combo.itemText(position).casefold() < label.casefold()
            ):
                position += 1
            self.table_combo.insertItem(position, label, name)

    # -- the list ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the journal again under the current filter, keeping the selected entry."""
        self._stale = False
        current = self.model.row(self.table.currentIndex())
        self.model.reload()  # refused, the model stays empty and the general label says why
        if current is not None:
            for number, entry in enumerate(self.model.rows()):
                if entry.id == current.id:
                    self.table.selectRow(number)
                    break
        self._on_current_row_changed(self.table.currentIndex(), QModelIndex())

    def _on_model_changed(self) -> None:
        total, loaded = self.model.total, self.model.loaded
        if not self.model.total_exact:  # counted up to a cap: « Plus de 10 000 entrées »
            text = self.tr("Plus de %1 entrées").replace("%1", group_digits(total - 1))
        else:
            text = (self.tr("%1 entrées") if total > 1 else self.tr("%1 entrée")).replace(
                "%1", group_digits(total)
            )
        if loaded < total or not self.model.total_exact:
            text += " " + self.tr("(%1 chargées, la suite vient en faisant défiler)").replace(
                "%1", str(loaded)
            )
        self.count_label.setText(text)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_entry(self.model.row(current) if current.isValid() else None)

    def _on_filter_button_clicked(self) -> None:
        self.apply_filter()

    def _on_clear_button_clicked(self) -> None:
        self._read_tables()
        self.load(AuditFilter())
        self.apply_filter()

    def _on_bus_data_changed(self, changes: Changes) -> None:
        # Every change leaves audit entries; a hidden journal reads them when shown.
        self._add_tables(changes.tables)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read_tables()
            self.refresh()
