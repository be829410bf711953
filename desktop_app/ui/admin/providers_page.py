"""The providers (prestataires: cliniques, hôpitaux, pharmacies, laboratoires, cabinets,
domain.md §1); the list beside its form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import ProviderData
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, yes_no
from desktop_app.ui.admin.provider_form import ProviderForm
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.record_page import RecordPage, grey_when_inactive
from desktop_app.ui.widgets.lazy_table_model import CENTER, Column


def _sector(row: ProviderData) -> str:
    return QCoreApplication.translate("ProviderForm", "Public" if row.public else "Privé")


COLUMNS: list[Column[ProviderData]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda r: r.name, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Type"), lambda r: r.kind.label, foreground=grey_when_inactive
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Secteur"), _sector, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Conventionné"),
        lambda r: yes_no(r.in_network),
        CENTER,
        foreground=grey_when_inactive,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Ville"), lambda r: r.city, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Actif"),
        lambda r: yes_no(r.active),
        CENTER,
        foreground=grey_when_inactive,
    ),
]


class ProvidersPage(RecordPage):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(
            bus,
            ProviderForm(bus),
            COLUMNS,
            lambda: reference.list_providers(bus.ctx),
            lambda r: r.id,
            ("providers",),
            new_label=QCoreApplication.translate("ProvidersPage", "Nouveau prestataire"),
            parent=parent,
        )
