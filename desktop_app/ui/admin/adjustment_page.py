"""The loss-ratio clause (clause d'ajustement, domain.md §9) as a setting: each row « S/P
up to X % (bound included or not) → premium change », the last row without a bound.
Checked as a whole and saved with ``pricing.save_adjustment``; the years already renewed
keep the change they got."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CellError, DomainError, FieldError, ValidationFailed
from desktop_app.domain.money import parse_signed_rate
from desktop_app.domain.renewal import (
    BANDS,
    DEFAULT_ADJUSTMENT,
    MAX_RATE,
    MIN_RATE,
    AdjustmentBand,
    AdjustmentTable,
)
from desktop_app.services.context import Changes
from desktop_app.services.production import pricing
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import RIGHT, cell_item, mark_cell, unmark_cell
from desktop_app.ui.operations import CallErrors, fetch, run_op
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.widgets.naming import named

UP_TO, INCLUSIVE, RATE = 0, 1, 2
COLUMNS = {"up_to": UP_TO, "inclusive": INCLUSIVE, "rate": RATE}
NOTE_STYLE = "color: #555;"


def _percent(value: Decimal) -> str:
    text = f"{value.normalize():f}".replace(".", ",")
    return text


class AdjustmentPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.general = named(QLabel(), "general_error")
        self.general.setStyleSheet(ERROR_STYLE)
        self.general.setWordWrap(True)
        self.general.hide()
        self.sink = CallErrors(self.show_errors, self.clear_errors)
        self.table = named(QTableWidget(0, 3), "adjustment_bands")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("S/P jusqu'à (%) — vide : au-delà"),
                self.tr("Borne comprise"),
                self.tr("Variation de la prime (%)"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.add_button = named(QPushButton(self.tr("Ajouter une ligne")), "add_band")
        self.remove_button = named(QPushButton(self.tr("Supprimer la ligne")), "remove_band")
        self.save_button = named(QPushButton(self.tr("Enregistrer le barème")), "save_button")
        self.revert_button = named(
            QPushButton(self.tr("Annuler les modifications")), "revert_button"
        )
        self.defaults_button = named(
            QPushButton(self.tr("Rétablir les valeurs par défaut")), "defaults_button"
        )
        self.reading = named(QLabel(), "adjustment_reading")
        self.reading.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Au renouvellement, le rapport S/P de l'année écoulée (sinistres réglés et en "
                "cours ÷ primes nettes acquises) choisit la ligne ; la prime de chaque personne, "
                "retarifée à son âge, varie du pourcentage de la ligne. Exemple : « jusqu'à 75, "
                "borne comprise, 0 » puis « jusqu'à 100, borne non comprise, +15 ». Les années "
                "déjà renouvelées ne changent pas."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.general)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(QLabel(self.tr("Lecture du barème :")))
        layout.addWidget(self.reading)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self.reload)
        self.defaults_button.clicked.connect(lambda: self.load(DEFAULT_ADJUSTMENT))
        self.table.itemChanged.connect(self._on_table_item_changed)
        bus.data_changed.connect(self._on_bus_data_changed)
        self.reload()

    # -- loading and reading -----------------------------------------------------------------
    def reload(self) -> None:
        table = fetch(self.bus, pricing.get_adjustment, self.sink)
        if table is not None:
            self.load(table)

    def load(self, table: AdjustmentTable) -> None:
        self.clear_errors()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for band in table.bands:
            self._append(band)
        self.table.blockSignals(False)
        self._refresh_reading()

    def _append(self, band: AdjustmentBand | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        up_to = QTableWidgetItem("" if band is None or band.up_to is None else _percent(band.up_to))
        up_to.setTextAlignment(RIGHT)
        inclusive = QTableWidgetItem()
        inclusive.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        inclusive.setCheckState(
            Qt.CheckState.Checked if band is None or band.inclusive else Qt.CheckState.Unchecked
        )
        rate = QTableWidgetItem("0" if band is None else _signed(band.rate))
        rate.setTextAlignment(RIGHT)
        for column, item in ((UP_TO, up_to), (INCLUSIVE, inclusive), (RATE, rate)):
            self.table.setItem(row, column, item)

    def command(self) -> AdjustmentTable:
        """The table as typed, every unreadable cell refused at once."""
        bands: list[AdjustmentBand] = []
        errors: list[FieldError] = []
        for row in range(self.table.rowCount()):
            text = cell_item(self.table, row, UP_TO).text().strip()
            up_to: Decimal | None = None
            if text:
                try:
                    up_to = (
                        parse_signed_rate(text, "up_to", minimum=Decimal(0), maximum=Decimal(1000))
                        * 100
                    )
                except FieldError as error:
                    errors.append(CellError(BANDS, error.message, row=row, column="up_to"))
            try:
                rate = parse_signed_rate(
                    cell_item(self.table, row, RATE).text(),
                    "rate",
                    minimum=MIN_RATE * 100,
                    maximum=MAX_RATE * 100,
                )
            except FieldError as error:
                errors.append(CellError(BANDS, error.message, row=row, column="rate"))
                rate = Decimal(0)
            inclusive = cell_item(self.table, row, INCLUSIVE).checkState() == Qt.CheckState.Checked
            bands.append(AdjustmentBand(up_to, inclusive, rate))
        if errors:
            raise ValidationFailed(errors)
        return AdjustmentTable(tuple(bands))

    # -- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.general.hide()
        for row in range(self.table.rowCount()):
            for column in (UP_TO, RATE):
                unmark_cell(self.table.item(row, column))

    def show_errors(self, error: DomainError) -> None:
        problems = error.errors if isinstance(error, ValidationFailed) else []
        general = [error.message] if not problems else []
        for problem in problems:
            if isinstance(problem, CellError) and problem.column in COLUMNS:
                mark_cell(self.table.item(problem.row, COLUMNS[problem.column]), problem.message)
                general.append(
                    self.tr("Ligne %1 : ").replace("%1", str(problem.row + 1)) + problem.message
                )
            else:
                general.append(problem.message)
        self.general.setText("\n".join(general))
        self.general.show()

    # -- actions ------------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        self.table.blockSignals(True)
        self._append(None)
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, UP_TO)
        self._refresh_reading()

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._refresh_reading()

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self._refresh_reading()

    def _refresh_reading(self) -> None:
        try:
            table = self.command()
        except DomainError:
            self.reading.setText(self.tr("(des cellules sont à corriger)"))
            return
        if table.validate():
            self.reading.setText(self.tr("(le barème n'est pas encore cohérent)"))
            return
        self.reading.setText("\n".join(table.describe()))

    def _on_save_button_clicked(self) -> None:
        run_op(
            self.bus,
            pricing.save_adjustment,
            command=self.command,
            errors=self.sink,
            trigger=self.save_button,
            success=lambda _changes: self.reload(),
        )

    def _on_bus_data_changed(self, changes: Changes) -> None:
        if changes.touches("settings_documents") and not self.save_button.property(
            "operation_running"
        ):
            self.reload()


def _signed(rate: Decimal) -> str:
    value = _percent(rate * 100)
    return f"+{value}" if rate > 0 else value
