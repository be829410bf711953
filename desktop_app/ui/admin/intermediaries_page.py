"""The intermediaries (domain.md §1): agents généraux, courtiers and the head office, with
their default commission rate; the list beside its form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.money import format_rate
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import IntermediaryData
from desktop_app.ui.admin.intermediary_form import IntermediaryForm
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, yes_no
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.record_page import RecordPage, grey_when_inactive
from desktop_app.ui.widgets.lazy_table_model import CENTER, RIGHT, Column

COLUMNS: list[Column[IntermediaryData]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.kind.label, foreground=grey_when_inactive
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda r: r.name, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Commission"),
        lambda r: format_rate(r.commission_rate) if r.commission_rate is not None else "",
        RIGHT,
        foreground=grey_when_inactive,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Actif"),
        lambda r: yes_no(r.active),
        CENTER,
        foreground=grey_when_inactive,
    ),
]


class IntermediariesPage(RecordPage):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(
            bus,
            IntermediaryForm(bus),
            COLUMNS,
            lambda: reference.list_intermediaries(bus.ctx),
            lambda r: r.id,
            ("intermediaries",),
            stretch_column=2,
            new_label=QCoreApplication.translate("IntermediariesPage", "Nouvel intermédiaire"),
            parent=parent,
        )
