"""The intermediary form (domain.md §1): code, kind (agent général, courtier, siège), name,
contacts, default commission rate, active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import IntermediaryKind
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import IntermediaryData
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import EnumCombo, RateField, read_field
from desktop_app.ui.forms.record_page import RecordForm
from desktop_app.ui.widgets.naming import named


class IntermediaryForm(RecordForm):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, parent)
        self.code_edit = named(QLineEdit(placeholderText=self.tr("ex. : AG001")), "code")
        self.kind_combo = named(EnumCombo(IntermediaryKind), "kind")
        self.name_edit = named(QLineEdit(), "name")
        self.phone_edit = named(
            QLineEdit(placeholderText=self.tr("ex. : +225 07 00 00 00 00")), "phone"
        )
        self.email_edit = named(
            QLineEdit(placeholderText=self.tr("ex. : agence@courtier.ci")), "email"
        )
        self.address_edit = named(QLineEdit(), "address")
        self.commission_edit = named(RateField(optional=True), "commission_rate")
        self.commission_edit.setPlaceholderText(self.tr("ex. : 15"))
        self.commission_edit.setMaximumWidth(120)
        self.active_box = named(
            QCheckBox(self.tr("Actif (proposé sur les nouvelles polices)")), "active"
        )
        self.add_row(self.tr("Code :"), self.code_edit, "code")
        self.add_row(self.tr("Type :"), self.kind_combo, "kind")
        self.add_row(self.tr("Nom :"), self.name_edit, "name")
        self.add_row(self.tr("Téléphone :"), self.phone_edit, "phone")
        self.add_row(self.tr("E-mail :"), self.email_edit, "email")
        self.add_row(self.tr("Adresse :"), self.address_edit, "address")
        self.add_row(self.tr("Taux de commission (%) :"), self.commission_edit, "commission_rate")
        self.add_row("", self.active_box)

    def heading_for(self, record: IntermediaryData | None) -> str:
        if record is None:
            return self.tr("Nouvel intermédiaire")
        return self.tr("Intermédiaire %1").replace("%1", f"{record.code} — {record.name}")

    def load(self, record: IntermediaryData | None) -> None:
        self.code_edit.setText(record.code if record else "")
        self.kind_combo.set_value(record.kind if record else IntermediaryKind.AGENT)
        self.name_edit.setText(record.name if record else "")
        self.phone_edit.setText(record.phone if record else "")
        self.email_edit.setText(record.email if record else "")
        self.address_edit.setText(record.address if record else "")
        self.commission_edit.set_rate(record.commission_rate if record else None)
        self.active_box.setChecked(record.active if record else True)
        self.code_edit.setFocus()

    def command(self) -> IntermediaryData:
        typed: list[FieldError] = []
        rate = read_field(typed, self.commission_edit.rate, "commission_rate")
        if typed:
            raise ValidationFailed(typed)
        return IntermediaryData(
            code=self.code_edit.text(),
            kind=IntermediaryKind(self.kind_combo.value()),
            name=self.name_edit.text(),
            commission_rate=rate,
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            active=self.active_box.isChecked(),
            id=self.record.id if self.record else None,
        )

    def submit(self, command: IntermediaryData) -> tuple[int, Changes]:
        return reference.save_intermediary(self.bus.ctx, command)

    def saved_message(self) -> str:
        return self.tr("Intermédiaire enregistré.")
