"""The administrators (gestionnaires, TPAs, domain.md §1) with their management fee rate;
the list beside its form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.money import format_rate
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import AdministratorData
from desktop_app.ui.admin.administrator_form import AdministratorForm
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, yes_no
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.record_page import RecordPage, grey_when_inactive
from desktop_app.ui.widgets.lazy_table_model import CENTER, RIGHT, Column

COLUMNS: list[Column[AdministratorData]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code, foreground=grey_when_inactive),
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda r: r.name, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "E-mail des mouvements"),
        lambda r: r.movements_email,
        foreground=grey_when_inactive,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Honoraires"),
        lambda r: format_rate(r.management_fee_rate) if r.management_fee_rate is not None else "",
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


class AdministratorsPage(RecordPage):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(
            bus,
            AdministratorForm(bus),
            COLUMNS,
            lambda: reference.list_administrators(bus.ctx),
            lambda r: r.id,
            ("administrators",),
            stretch_column=1,
            new_label=QCoreApplication.translate("AdministratorsPage", "Nouveau gestionnaire"),
            parent=parent,
        )
