"""The provider form (prestataire, domain.md §1): name, kind, public or private, in the
network (conventionné) or not, city, phone, active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desktop_app.domain.kinds import ProviderKind
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import ProviderData
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import EnumCombo
from desktop_app.ui.forms.record_page import RecordForm
from desktop_app.ui.widgets.naming import named


class ProviderForm(RecordForm):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, parent)
        self.name_edit = named(
            QLineEdit(placeholderText=self.tr("ex. : Polyclinique Sainte-Anne-Marie")), "name"
        )
        self.kind_combo = named(EnumCombo(ProviderKind), "kind")
        self.sector_combo = named(QComboBox(), "public")
        self.sector_combo.addItem(self.tr("Privé"), False)
        self.sector_combo.addItem(self.tr("Public"), True)
        self.in_network_box = named(
            QCheckBox(self.tr("Conventionné (dans le réseau de soins)")), "in_network"
        )
        self.city_edit = named(QLineEdit(placeholderText=self.tr("ex. : Abidjan")), "city")
        self.phone_edit = named(QLineEdit(), "phone")
        self.active_box = named(QCheckBox(self.tr("Actif")), "active")
        self.add_row(self.tr("Nom :"), self.name_edit, "name")
        self.add_row(self.tr("Type :"), self.kind_combo, "kind")
        self.add_row(self.tr("Secteur :"), self.sector_combo, "public")
        self.add_row("", self.in_network_box)
        self.add_row(self.tr("Ville :"), self.city_edit, "city")
        self.add_row(self.tr("Téléphone :"), self.phone_edit, "phone")
        self.add_row("", self.active_box)

    def heading_for(self, record: ProviderData | None) -> str:
        if record is None:
            return self.tr("Nouveau prestataire")
        return self.tr("Prestataire %1").replace("%1", record.name)

    def load(self, record: ProviderData | None) -> None:
        self.name_edit.setText(record.name if record else "")
        self.kind_combo.set_value(record.kind if record else ProviderKind.CLINIC)
        self.sector_combo.setCurrentIndex(
            self.sector_combo.findData(record.public if record else False)
        )
        self.in_network_box.setChecked(record.in_network if record else True)
        self.city_edit.setText(record.city if record else "")
        self.phone_edit.setText(record.phone if record else "")
        self.active_box.setChecked(record.active if record else True)
        self.name_edit.setFocus()

    def command(self) -> ProviderData:
        return ProviderData(
            name=self.name_edit.text(),
            kind=ProviderKind(self.kind_combo.value()),
            public=bool(self.sector_combo.currentData()),
            in_network=self.in_network_box.isChecked(),
            city=self.city_edit.text(),
            phone=self.phone_edit.text(),
            active=self.active_box.isChecked(),
            id=self.record.id if self.record else None,
        )

    def submit(self, command: ProviderData) -> tuple[int, Changes]:
        return reference.save_provider(self.bus.ctx, command)

    def saved_message(self) -> str:
        return self.tr("Prestataire enregistré.")
