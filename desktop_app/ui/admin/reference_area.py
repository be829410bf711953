"""The reference data of the office (Référentiels, issue 3): intermediaries, administrators,
providers, care categories, exclusion reasons, the tariff, the loss-ratio clause and the
benefit templates, one
page each, chosen from a side list."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from desktop_app.ui.admin.adjustment_page import AdjustmentPage
from desktop_app.ui.admin.administrators_page import AdministratorsPage
from desktop_app.ui.admin.card_fee_page import CardFeePage
from desktop_app.ui.admin.categories_page import CategoriesPage
from desktop_app.ui.admin.collection_page import CollectionPage
from desktop_app.ui.admin.exclusions_page import ExclusionsPage
from desktop_app.ui.admin.intermediaries_page import IntermediariesPage
from desktop_app.ui.admin.providers_page import ProvidersPage
from desktop_app.ui.admin.tariff_page import TariffPage
from desktop_app.ui.admin.templates_page import TemplatesPage
from desktop_app.ui.bus import AppBus
from desktop_app.ui.widgets.naming import named


class ReferenceArea(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intermediaries_page = IntermediariesPage(bus)
        self.administrators_page = AdministratorsPage(bus)
        self.providers_page = ProvidersPage(bus)
        self.categories_page = CategoriesPage(bus)
        self.exclusions_page = ExclusionsPage(bus)
        self.tariff_page = TariffPage(bus)
        self.adjustment_page = AdjustmentPage(bus)
        self.templates_page = TemplatesPage(bus)
        self.card_fee_page = CardFeePage(bus)
        self.collection_page = CollectionPage(bus)
        self.side = named(QListWidget(), "reference_list")
        self.stack = QStackedWidget()
        for title, page in (
            (self.tr("Intermédiaires"), self.intermediaries_page),
            (self.tr("Gestionnaires"), self.administrators_page),
            (self.tr("Prestataires"), self.providers_page),
            (self.tr("Actes médicaux"), self.categories_page),
            (self.tr("Motifs d'exclusion"), self.exclusions_page),
            (self.tr("Tarif"), self.tariff_page),
            (self.tr("Ajustement S/P"), self.adjustment_page),
            (self.tr("Modèles de garanties"), self.templates_page),
            (self.tr("Cartes"), self.card_fee_page),
            (self.tr("Encaissements"), self.collection_page),
        ):
            self.side.addItem(title)
            self.stack.addWidget(page)
        self.side.setSpacing(3)
        self.side.setFixedWidth(self.side.sizeHintForColumn(0) + 28)
        self.side.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.side.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side)
        layout.addWidget(self.stack, 1)

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` (one of this area's pages) to the front."""
        index = self.stack.indexOf(page)
        if index >= 0:
            self.side.setCurrentRow(index)
