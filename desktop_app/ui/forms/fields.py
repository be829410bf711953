"""Small input widgets shared by the forms: French dates, FCFA amounts, enum combos."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import FieldError
from desktop_app.domain.money import format_fcfa, format_rate, parse_fcfa, parse_rate

E = TypeVar("E", bound=enum.Enum)


class MultiLineField(QPlainTextEdit):
    """A text of several lines (an address, observations, exclusions): Enter starts a new
    line, Tab and Shift+Tab move to the next or previous field as everywhere else (a tab
    character is never what a clerk wants in these fields)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)


class DateField(QLineEdit):
    """A date typed JJ/MM/AAAA through an input mask, as clerks type them.

    ``value()`` is the date or None (blank or not a real date) for live displays;
    ``date_value(field)`` is what a form reads: None when blank and optional, else the date,
    or a French ``FieldError`` for a blank required date or an impossible one (31/02)."""

    dateChanged = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setInputMask("00/00/0000;_")
        self.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.setMaximumWidth(120)
        self.textChanged.connect(lambda _text: self.dateChanged.emit())

    def is_blank(self) -> bool:
        return not self.text().replace("/", "").replace("_", "").strip()

    def date_value(self, field: str) -> date | None:
        if self.is_blank():
            if self._optional:
                return None
            raise FieldError(field, "La date est obligatoire.")
        return parse_date(self.text(), field)

    def value(self) -> date | None:
        try:
            return self.date_value("date")
        except FieldError:
            return None

    def set_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")


class MoneyField(QLineEdit):
    """An FCFA amount: typed freely, read exactly as an int, shown ``1 234 567``."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setPlaceholderText("0" if not optional else "")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def amount(self, field: str) -> int | None:
        """The amount, or None if optional and empty; raises ``FieldError`` (French) if invalid."""
        if self._optional and not self.text().strip():
            return None
        return parse_fcfa(self.text(), field)

    def set_amount(self, value: int | None) -> None:
        self.setText("" if value is None else format_fcfa(value, with_currency=False))


class RateField(QLineEdit):
    """A rate typed in percent (``12,5``), read as an exact ``Decimal`` fraction."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._optional = optional
        self.setPlaceholderText("%")

    def rate(self, field: str) -> Decimal | None:
        if self._optional and not self.text().strip():
            return None
        return parse_rate(self.text(), field)

    def set_rate(self, value: Decimal | None) -> None:
        self.setText("" if value is None else format_rate(value).replace("\u00a0%", ""))


class EnumCombo(QComboBox, Generic[E]):
    """A combo listing an enum's members by their French ``label``; ``value()`` gives the
    member back (Qt returns a ``StrEnum`` item's data as a plain ``str``)."""

    def __init__(self, enum_class: type[E], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum_class
        for member in enum_class:
            self.addItem(getattr(member, "label", str(member.value)), member.value)

    def value(self) -> E:
        return self._enum(self.currentData())

    def set_value(self, member: E) -> None:
        index = self.findData(member.value)
        if index >= 0:
            self.setCurrentIndex(index)


def read_field(errors: list[FieldError], reader, field: str):  # type: ignore[no-untyped-def]
    """Run a widget reader, collecting its FieldError instead of raising."""
    try:
        return reader(field)
    except FieldError as error:
        errors.append(error)
        return None
