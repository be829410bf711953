"""The period of a statement: a décade, month, quarter or year around a reference date, or
free dates typed JJ/MM/AAAA (domain.md §12)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop_app.domain.errors import FieldError
from desktop_app.domain.money import group_digits
from desktop_app.domain.periods import (
    PeriodKind,
    Span,
    next_period,
    period_name,
    period_of,
    previous_period,
)
from desktop_app.ui.forms.fields import DateField, read_field
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.form_errors import FormErrors

FREE = "free"
# The domain's PeriodKind labels, marked here so that lupdate offers them for translation.
_KIND_LABELS = (
    QT_TRANSLATE_NOOP("PeriodPicker", "Décade"),
    QT_TRANSLATE_NOOP("PeriodPicker", "Mois"),
    QT_TRANSLATE_NOOP("PeriodPicker", "Trimestre"),
    QT_TRANSLATE_NOOP("PeriodPicker", "Année"),
)


class PeriodPicker(QWidget):
    """Choosing a preset fills the « du » and « au » dates from the reference date; typing in
    them switches to « Dates libres ». ``span(errors)`` reads the two dates."""

    changed = Signal()

    def __init__(self, errors: FormErrors, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("period_kind")
        for kind in PeriodKind:
            self.kind_combo.addItem(
                self.tr(kind.label), kind.value
            )  # Qt keeps a StrEnum as a plain str
        self.kind_combo.addItem(self.tr("Dates libres"), FREE)
        self.reference_edit = DateField()
        self.reference_edit.setObjectName("reference")
        self.reference_edit.setToolTip(
            self.tr("La période choisie est celle qui contient cette date.")
        )
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Période précédente"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Période suivante"))
        self.start_edit = DateField()
        self.start_edit.setObjectName("start")
        self.end_edit = DateField()
        self.end_edit.setObjectName("end")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("period_summary")
        self.summary_label.setStyleSheet("QLabel { color: #555; } QLabel:disabled { color: #aaa; }")

        preset = QHBoxLayout()
        preset.setContentsMargins(0, 0, 0, 0)
        preset.addWidget(self.kind_combo)
        preset.addSpacing(8)
        preset.addWidget(QLabel(self.tr("contenant le")))
        preset.addWidget(self.previous_button)
        preset.addWidget(self.reference_edit)
        preset.addWidget(self.next_button)
        preset.addStretch(1)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(QLabel(self.tr("du")))
        dates.addWidget(self.start_edit)
        dates.addSpacing(8)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(preset)
        column.addLayout(dates)
        # The date fields are narrow: their messages go on full-width lines under them.
        for field, edit in (
            ("reference", self.reference_edit),
            ("start", self.start_edit),
            ("end", self.end_edit),
        ):
            column.addWidget(errors.make_label(field, edit))
        column.addWidget(self.summary_label)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.reference_edit.dateChanged.connect(self._apply_preset)
        self.previous_button.clicked.connect(lambda: self._step(previous_period))
        self.next_button.clicked.connect(lambda: self._step(next_period))
        self.start_edit.textEdited.connect(self._on_dates_edited)
        self.end_edit.textEdited.connect(self._on_dates_edited)
        self.start_edit.dateChanged.connect(self._on_dates_changed)
        self.end_edit.dateChanged.connect(self._on_dates_changed)

        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PeriodKind.MONTH.value))
        self.reference_edit.set_value(today)
        self._apply_preset()

    # -- reading ----------------------------------------------------------------------
    def kind(self) -> PeriodKind | None:
        data = self.kind_combo.currentData()
        return None if data == FREE else PeriodKind(data)

    def span(self, errors: list[FieldError]) -> Span | None:
        """The two dates typed, or None with their French errors added to ``errors``."""
        start = read_field(errors, self.start_edit.date_value, "start")
        end = read_field(errors, self.end_edit.date_value, "end")
        return Span(start, end) if start is not None and end is not None else None

    def current(self) -> Span | None:
        """The span if both dates are real ones (for live displays), else None."""
        start, end = self.start_edit.value(), self.end_edit.value()
        return Span(start, end) if start is not None and end is not None else None

    # -- setting ----------------------------------------------------------------------
    def set_preset(self, kind: PeriodKind, reference: date) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.reference_edit.set_value(reference)
        self._apply_preset()

    def set_span(self, start: date, end: date) -> None:
        """Free dates, as if typed."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(FREE))
        self.start_edit.set_value(start)
        self.end_edit.set_value(end)

    # -- slots ------------------------------------------------------------------------
    def _on_kind_combo_changed(self, _index: int) -> None:
        preset = self.kind() is not None
        for widget in (self.reference_edit, self.previous_button, self.next_button):
            widget.setEnabled(preset)
        self._apply_preset()

    def _apply_preset(self) -> None:
        kind, reference = self.kind(), self.reference_edit.value()
        if kind is None or reference is None:
            return
        span = period_of(kind, reference)
        self.start_edit.set_value(span.start)
        self.end_edit.set_value(span.end)

    def _step(self, move) -> None:  # type: ignore[no-untyped-def]
        kind, reference = self.kind(), self.reference_edit.value()
        if kind is not None and reference is not None:
            self.reference_edit.set_value(move(kind, reference).start)

    def _on_dates_edited(self, _text: str) -> None:
        # The clerk typed a date himself: the preset no longer describes the period.
        if self.kind() is not None:
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(FREE))
            self.kind_combo.blockSignals(False)
            for widget in (self.reference_edit, self.previous_button, self.next_button):
                widget.setEnabled(False)

    def _on_dates_changed(self) -> None:
        span = self.current()
        self.summary_label.setVisible(span is not None and span.end >= span.start)
        if span is None or span.end < span.start:  # « Exporter » will say what is wrong
            self.summary_label.setText("")
        else:
            days = (span.end - span.start).days + 1
            name = period_name(*span)
            text = name[0].upper() + name[1:]
            shown = self.tr("%1 — 1 jour") if days == 1 else self.tr("%1 — %2 jours")
            self.summary_label.setText(shown.replace("%1", text).replace("%2", group_digits(days)))
        self.changed.emit()
