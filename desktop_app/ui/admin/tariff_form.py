"""The reference tariff as a form (domain.md §4, §5; docs/rules-production.md §1): the
option × zone grid, reductions, age surcharges and limits, tax rates and the accessoires
scales. ``load`` a ``TariffSettings``, ``command`` reads it back exactly, and every problem
``TariffSettings.validate()`` finds is shown next to its widget or in its table cell."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CellError, DomainError, FieldError, ValidationFailed
from desktop_app.domain.kinds import COVERAGE_RATES, ZONE_LABELS, Zone
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.domain.tariff import FeeBand, FeeScale, RateBand, TariffSettings, grid_cell
from desktop_app.ui.forms.band_table import (
    RIGHT,
    BandTable,
    BandValue,
    fit_height,
    header_item,
    mark_cell,
    unmark_cell,
)
from desktop_app.ui.forms.fields import RateField, read_field
from desktop_app.ui.forms.record_page import error_column
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named

ZONES = tuple(Zone)


class TariffForm(QWidget):
    def __init__(self, general_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors(general_label)

        # The grid: one row per option (coverage rate), one column per zone.
        self.grid = named(QTableWidget(len(COVERAGE_RATES), len(ZONES)), "grid")
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Zone 1\nCôte d'Ivoire"),
                self.tr("Zone 2\n+ Afrique et France"),
                self.tr("Zone 3\nMonde entier"),
            ]
        )
        for column, zone in enumerate(ZONES):
            header_item(self.grid, column).setToolTip(ZONE_LABELS[zone])
        self.grid.setVerticalHeaderLabels(
            [self.tr("Option %1 %").replace("%1", str(r)) for r in COVERAGE_RATES]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.grid.horizontalHeader().setMinimumHeight(2 * self.fontMetrics().height() + 10)
        self.grid.setToolTip(self.tr("Prime de base annuelle par personne, en FCFA."))
        fit_height(self.grid, len(COVERAGE_RATES))

        self.public_only_rate = named(RateField(), "public_only_rate")
        self.classic_system_rate = named(RateField(), "classic_system_rate")
        self.individual_tax_rate = named(RateField(), "individual_tax_rate")
        self.group_tax_rate = named(RateField(), "group_tax_rate")
        for field in (
            self.public_only_rate,
            self.classic_system_rate,
            self.individual_tax_rate,
            self.group_tax_rate,
        ):
            field.setMaximumWidth(90)
            field.setAlignment(RIGHT)
        self.new_business_max_age = self._age_box("new_business_max_age")
        self.cover_max_age = self._age_box("cover_max_age")

        self.group_size_bands = BandTable(
            [
                self.tr("De (personnes)"),
                self.tr("À (vide : sans limite)"),
                self.tr("Réduction (%)"),
            ],
            BandValue.RATE,
            visible_rows=4,
        )
        self.age_surcharge_bands = BandTable(
            [self.tr("De (ans)"), self.tr("À (ans)"), self.tr("Surprime (%)")],
            BandValue.RATE,
            visible_rows=3,
        )
        self.new_business_fees = BandTable(
            [self.tr("Prime nette de"), self.tr("à (vide : au-delà)"), self.tr("Accessoires")],
            BandValue.FEE,
            money_bounds=True,
        )
        self.endorsement_fees = BandTable(
            [self.tr("Prime nette de"), self.tr("à (vide : au-delà)"), self.tr("Accessoires")],
            BandValue.FEE,
            money_bounds=True,
        )
        self.band_tables: dict[str, BandTable] = {
            "group_size_bands": self.group_size_bands,
            "age_surcharge_bands": self.age_surcharge_bands,
            "new_business_fees": self.new_business_fees,
            "endorsement_fees": self.endorsement_fees,
        }
        for name, table in self.band_tables.items():
            table.setObjectName(name)

        grid_box, grid_box_layout = self._box(
            self.tr("Grille des primes de base (FCFA par personne et par an)")
        )
        grid_box_layout.addWidget(error_column(self.errors, "grid", self.grid))
        grid_box_layout.addStretch(1)

        reductions, reductions_layout = self._box(
            self.tr("Réductions (appliquées l'une après l'autre)")
        )
        rates = QFormLayout()
        rates.addRow(
            self.tr("Réseau public uniquement (%) :"),
            error_column(self.errors, "public_only_rate", self.public_only_rate),
        )
        rates.addRow(
            self.tr("Système classique (%) :"),
            error_column(self.errors, "classic_system_rate", self.classic_system_rate),
        )
        reductions_layout.addLayout(rates)
        reductions_layout.addWidget(
            QLabel(self.tr("Taille du groupe (polices groupe, nombre d'assurés) :"))
        )
        reductions_layout.addWidget(
            error_column(self.errors, "group_size_bands", self.group_size_bands)
        )
        reductions_layout.addStretch(1)

        ages, ages_layout = self._box(self.tr("Âge"))
        ages_layout.addWidget(QLabel(self.tr("Surprime d'âge (âge à la date d'effet) :")))
        ages_layout.addWidget(
            error_column(self.errors, "age_surcharge_bands", self.age_surcharge_bands)
        )
        limits = QFormLayout()
        limits.addRow(
            self.tr("Âge limite de souscription :"),
            error_column(self.errors, "new_business_max_age", self.new_business_max_age),
        )
        limits.addRow(
            self.tr("Âge limite de garantie :"),
            error_column(self.errors, "cover_max_age", self.cover_max_age),
        )
        ages_layout.addLayout(limits)
        ages_layout.addStretch(1)

        taxes, taxes_layout = self._box(self.tr("Taxes (sur prime nette + accessoires)"))
        tax_rates = QFormLayout()
        tax_rates.addRow(
            self.tr("Polices individuelles (%) :"),
            error_column(self.errors, "individual_tax_rate", self.individual_tax_rate),
        )
        tax_rates.addRow(
            self.tr("Polices groupe (%) :"),
            error_column(self.errors, "group_tax_rate", self.group_tax_rate),
        )
        taxes_layout.addLayout(tax_rates)
        taxes_layout.addStretch(1)

        fees, fees_layout = self._box(self.tr("Accessoires (coût de police, FCFA par quittance)"))
        scales = QHBoxLayout()
        for title, name, table in (
            (
                self.tr("Affaire nouvelle et renouvellement"),
                "new_business_fees",
                self.new_business_fees,
            ),
            (self.tr("Avenants"), "endorsement_fees", self.endorsement_fees),
        ):
            scale_column = QVBoxLayout()
            scale_column.addWidget(QLabel(title))
            scale_column.addWidget(error_column(self.errors, name, table))
            scales.addLayout(scale_column)
        fees_layout.addLayout(scales)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(grid_box, 0, 0)
        layout.addWidget(reductions, 1, 0, 2, 1)
        layout.addWidget(ages, 0, 1, 2, 1)
        layout.addWidget(taxes, 2, 1)
        layout.addWidget(fees, 3, 0, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        layout.setRowStretch(4, 1)

    def _age_box(self, name: str) -> QSpinBox:
        box = named(QSpinBox(), name)
        box.setRange(0, 150)
        box.setSuffix(self.tr(" ans"))
        box.setMaximumWidth(100)
        return box

    @staticmethod
    def _box(title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        return box, QVBoxLayout(box)

    # -- the form contract ---------------------------------------------------------------
    def load(self, settings: TariffSettings) -> None:
        self.clear_errors()
        for row, rate in enumerate(COVERAGE_RATES):
            for column, zone in enumerate(ZONES):
                amount = settings.grid.get((rate, int(zone)))
                item = QTableWidgetItem(
                    "" if amount is None else format_fcfa(amount, with_currency=False)
                )
                item.setTextAlignment(RIGHT)
                self.grid.setItem(row, column, item)
        self.public_only_rate.set_rate(settings.public_only_rate)
        self.classic_system_rate.set_rate(settings.classic_system_rate)
        self.individual_tax_rate.set_rate(settings.individual_tax_rate)
        self.group_tax_rate.set_rate(settings.group_tax_rate)
        self.new_business_max_age.setValue(settings.new_business_max_age)
        self.cover_max_age.setValue(settings.cover_max_age)
        self.group_size_bands.set_bands(
            [(b.low, b.high, b.rate) for b in settings.group_size_bands]
        )
        self.age_surcharge_bands.set_bands(
            [(b.low, b.high, b.rate) for b in settings.age_surcharge_bands]
        )
        self.new_business_fees.set_bands(
            [(b.low, b.high, b.fee) for b in settings.new_business_fees.bands]
        )
        self.endorsement_fees.set_bands(
            [(b.low, b.high, b.fee) for b in settings.endorsement_fees.bands]
        )

    def grid_item(self, rate: int, zone: int) -> QTableWidgetItem | None:
        return self.grid.item(COVERAGE_RATES.index(rate), zone - 1)

    def command(self) -> TariffSettings:
        """The settings as typed; what cannot even be read raises ``ValidationFailed``."""
        typed: list[FieldError] = []
        grid: dict[tuple[int, int], int] = {}
        for rate in COVERAGE_RATES:
            for zone in ZONES:
                item = self.grid_item(rate, int(zone))
                try:
                    # Negative amounts are read so that the tariff's own check names the cell.
                    grid[(rate, int(zone))] = parse_fcfa(
                        item.text() if item else "", "grid", allow_negative=True
                    )
                except FieldError as error:
                    typed.append(
                        grid_cell(
                            rate,
                            int(zone),
                            self.tr("Option %1 %, zone %2 : ")
                            .replace("%1", str(rate))
                            .replace("%2", str(int(zone)))
                            + error.message,
                        )
                    )
        rates = {
            name: read_field(typed, getattr(self, name).rate, name)
            for name in (
                "public_only_rate",
                "classic_system_rate",
                "individual_tax_rate",
                "group_tax_rate",
            )
        }
        group = self.group_size_bands.read("group_size_bands", typed)
        ages = self.age_surcharge_bands.read("age_surcharge_bands", typed)
        new_business = self.new_business_fees.read("new_business_fees", typed)
        endorsement = self.endorsement_fees.read("endorsement_fees", typed)
        if typed:
            raise ValidationFailed(typed)
        return TariffSettings(
            grid=grid,
            public_only_rate=rates["public_only_rate"] or Decimal(0),
            group_size_bands=tuple(RateBand(lo, hi, Decimal(v)) for lo, hi, v in group),
            classic_system_rate=rates["classic_system_rate"] or Decimal(0),
            age_surcharge_bands=tuple(RateBand(lo, hi, Decimal(v)) for lo, hi, v in ages),
            new_business_max_age=self.new_business_max_age.value(),
            cover_max_age=self.cover_max_age.value(),
            individual_tax_rate=rates["individual_tax_rate"] or Decimal(0),
            group_tax_rate=rates["group_tax_rate"] or Decimal(0),
            new_business_fees=FeeScale(
                tuple(FeeBand(lo, hi, int(v)) for lo, hi, v in new_business)
            ),
            endorsement_fees=FeeScale(tuple(FeeBand(lo, hi, int(v)) for lo, hi, v in endorsement)),
        )

    def check(self, settings: TariffSettings) -> list[FieldError]:
        return settings.validate()

    # -- errors --------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.errors.clear()
        for row in range(self.grid.rowCount()):
            for column in range(self.grid.columnCount()):
                unmark_cell(self.grid.item(row, column))
        for table in self.band_tables.values():
            table.clear_marks()

    def show_errors(self, error: DomainError) -> None:
        """Every message next to its widget; a table's messages gathered under it, one line
        each, and the refused cells or rows marked."""
        self.clear_errors()
        # A selected cell hides its red background: the marks must be seen.
        self.grid.clearSelection()
        for table in self.band_tables.values():
            table.table.clearSelection()
        items = error.errors if isinstance(error, ValidationFailed) else [error]
        grouped: dict[str, list[str]] = defaultdict(list)
        for item in items:
            field = item.field if isinstance(item, FieldError) else ""
            if isinstance(item, CellError) and field in self.band_tables:
                self.band_tables[field].mark_band(item.row, item.message)
                grouped[field].append(
                    self.tr("Tranche %1 : ").replace("%1", str(item.row + 1)) + item.message
                )
            elif isinstance(item, CellError) and field == "grid":
                # The grid's rows are the options in COVERAGE_RATES order, its columns the zones.
                mark_cell(self.grid.item(item.row, int(item.column) - 1), item.message)
                grouped["grid"].append(item.message)
            else:
                grouped[field].append(item.message)
        self.errors.show(
            ValidationFailed([FieldError(f, "\n".join(m)) for f, m in grouped.items()])
        )

    def message(self, field: str) -> str:
        return self.errors.message(field)

    def cell_error(self, rate: int, zone: int) -> str:
        """The message on a grid cell ('' if none): for tests and the tooltip."""
        item = self.grid_item(rate, zone)
        return item.toolTip() if item is not None else ""
