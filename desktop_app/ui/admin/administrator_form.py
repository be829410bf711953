"""The administrator form (gestionnaire, a TPA, domain.md §1): code, name, contacts, the
e-mail that receives movement confirmations, management fee rate (honoraires), active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import AdministratorData
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import RateField, read_field
from desktop_app.ui.forms.record_page import RecordForm
from desktop_app.ui.widgets.naming import named


class AdministratorForm(RecordForm):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, parent)
        self.code_edit = named(QLineEdit(placeholderText=self.tr("ex. : ASCOMA")), "code")
        self.name_edit = named(
            QLineEdit(placeholderText=self.tr("ex. : ASCOMA Côte d'Ivoire")), "name"
        )
        self.phone_edit = named(QLineEdit(), "phone")
        self.email_edit = named(
            QLineEdit(placeholderText=self.tr("ex. : contact@gestionnaire.ci")), "email"
        )
        self.movements_email_edit = named(QLineEdit(), "movements_email")
        self.movements_email_edit.setPlaceholderText(
            self.tr("confirmations d'incorporations et de retraits")
        )
        self.address_edit = named(QLineEdit(), "address")
        self.fee_edit = named(RateField(optional=True), "management_fee_rate")
        self.fee_edit.setPlaceholderText(self.tr("ex. : 10"))
        self.fee_edit.setMaximumWidth(120)
        self.active_box = named(
            QCheckBox(self.tr("Actif (proposé sur les nouvelles polices)")), "active"
        )
        self.add_row(self.tr("Code :"), self.code_edit, "code")
        self.add_row(self.tr("Nom :"), self.name_edit, "name")
        self.add_row(self.tr("Téléphone :"), self.phone_edit, "phone")
        self.add_row(self.tr("E-mail :"), self.email_edit, "email")
        self.add_row(
            self.tr("E-mail des mouvements :"), self.movements_email_edit, "movements_email"
        )
        self.add_row(self.tr("Adresse :"), self.address_edit, "address")
        self.add_row(self.tr("Taux d'honoraires (%) :"), self.fee_edit, "management_fee_rate")
        self.add_row("", self.active_box)

    def heading_for(self, record: AdministratorData | None) -> str:
        if record is None:
            return self.tr("Nouveau gestionnaire")
        return self.tr("Gestionnaire %1").replace("%1", f"{record.code} — {record.name}")

    def load(self, record: AdministratorData | None) -> None:
        self.code_edit.setText(record.code if record else "")
        self.name_edit.setText(record.name if record else "")
        self.phone_edit.setText(record.phone if record else "")
        self.email_edit.setText(record.email if record else "")
        self.movements_email_edit.setText(record.movements_email if record else "")
        self.address_edit.setText(record.address if record else "")
        self.fee_edit.set_rate(record.management_fee_rate if record else None)
        self.active_box.setChecked(record.active if record else True)
        self.code_edit.setFocus()

    def command(self) -> AdministratorData:
        typed: list[FieldError] = []
        rate = read_field(typed, self.fee_edit.rate, "management_fee_rate")
        if typed:
            raise ValidationFailed(typed)
        return AdministratorData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            management_fee_rate=rate,
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            movements_email=self.movements_email_edit.text(),
            address=self.address_edit.text(),
            active=self.active_box.isChecked(),
            id=self.record.id if self.record else None,
        )

    def submit(self, command: AdministratorData) -> tuple[int, Changes]:
        return reference.save_administrator(self.bus.ctx, command)

    def saved_message(self) -> str:
        return self.tr("Gestionnaire enregistré.")
