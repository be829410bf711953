"""Small pieces the claims pages share: rights of the signed-in user, a lazy list's view,
a French notice label, amounts and dates shown the French way, a form's reading errors
merged with the service's refusal."""

from __future__ import annotations

import enum
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView, QWidget

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.ui.bus import AppBus
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.form_errors import ERROR_STYLE, FormErrors
from desktop_app.ui.widgets.lazy_table_model import ROW_ROLE
from desktop_app.ui.widgets.naming import named

E = TypeVar("E", bound=enum.Enum)

WARNING_COLOUR = "#b35c00"  # orange: a warning never blocks
ERROR_COLOUR = "#b00020"  # red: a blocking error
OK_STYLE = "color: #1b5e20; font-weight: bold;"
NOTICE_STYLE = "color: #555; font-style: italic; padding: 6px;"
MEDICAL_NOTICE = QT_TRANSLATE_NOOP(
    "Claims",
    "Les informations médicales (actes, affection, ententes) ne "
    "sont affichées qu'aux utilisateurs autorisés à les consulter.",
)


def tr_claims(text: str) -> str:
    """A text of the claims screens marked with ``QT_TRANSLATE_NOOP("Claims", …)`` or
    written inline as ``QCoreApplication.translate("Claims", "…")``, in the current language."""
    return QCoreApplication.translate("Claims", text)


def can(bus: AppBus, permission: Permission) -> bool:
    actor = bus.ctx.actor
    return actor is not None and actor.can(permission)


def n(amount: int | None) -> str:
    """``75 000`` (no currency, for table cells)."""
    return "" if amount is None else format_fcfa(amount, with_currency=False)


def day(value: date | None) -> str:
    return format_date(value)


def list_view(model, name: str, *, multi: bool = False) -> QTableView:  # type: ignore[no-untyped-def]
    """A read-only table over a lazy model: whole rows selected, last column stretched."""
    view = named(QTableView(), name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def selected_row(view: QTableView):  # type: ignore[no-untyped-def]
    """The row object of the current selection in a lazy list, or None."""
    model = view.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return view.model().data(rows[0], ROW_ROLE) if rows else None


def fit_columns(view: QTableView) -> None:
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column) + 12, 320))


def error_label(name: str, parent: QWidget | None = None) -> QLabel:
    label = named(QLabel(parent), name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))


def notice(text: str, name: str = "medical_notice") -> QLabel:
    label = named(QLabel(text), name)
    label.setStyleSheet(NOTICE_STYLE)
    label.setWordWrap(True)
    return label


def merged(typed: list[FieldError], error: DomainError) -> DomainError:
    """The service's refusal with the form's own reading errors first: a date typed wrong
    says so, not « obligatoire » (the service only saw it missing)."""
    if not typed:
        return error
    fields = {e.field for e in typed}
    others = error.errors if isinstance(error, ValidationFailed) else [error]
    kept = [e for e in others if not (isinstance(e, FieldError) and e.field in fields)]
    # A refusal naming no field goes to the general label, as a FieldError("") does.
    return ValidationFailed(
        [*typed, *(e if isinstance(e, FieldError) else FieldError("", e.message) for e in kept)]
    )


class MergedErrors:
    """The refusal sink of a form that sends the service what it read even when a field
    could not be read (``typed``), so every message shows at once: the reading errors first
    (``merged``). ``stand_in`` is the field sent as a value the service must refuse, so that
    nothing is saved: its refusal is dropped when the clerk did type a value there."""

    def __init__(self, errors: FormErrors, typed: list[FieldError], stand_in: str) -> None:
        self.errors, self.typed, self.stand_in = errors, typed, stand_in

    def clear(self) -> None:
        self.errors.clear()

    def show(self, error: DomainError) -> None:
        if (
            self.typed
            and isinstance(error, ValidationFailed)
            and self.stand_in not in {e.field for e in self.typed}
        ):
            error = ValidationFailed([e for e in error.errors if e.field != self.stand_in])
        self.errors.show(merged(self.typed, error))


def enum_data(combo: QComboBox, enum_class: type[E]) -> E | None:
    """The enum member a combo holds as item data (Qt hands a ``StrEnum`` back as ``str``),
    or None for the « choisir » entry."""
    value = combo.currentData()
    return None if value is None else enum_class(value)
