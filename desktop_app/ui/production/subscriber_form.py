"""The subscriber form (souscripteur: person or company, domain.md §1)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import SubscriberKind
from desktop_app.services.context import Changes
from desktop_app.services.production import subscribers
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import EnumCombo, MultiLineField
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class SubscriberForm(QDialog):
    def __init__(
        self, bus: AppBus, subscriber_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.subscriber_id = subscriber_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Souscripteur"))
        self.kind = EnumCombo(SubscriberKind)
        self.kind.setObjectName("kind")
        self.name = named(QLineEdit(), "name")
        self.address = named(MultiLineField(), "address")
        self.address.setFixedHeight(60)
        self.city = named(QLineEdit(), "city")
        self.phone = named(QLineEdit(), "phone")
        self.phone2 = named(QLineEdit(), "phone2")
        self.email = named(QLineEdit(), "email")
        self.tax_id = named(QLineEdit(), "tax_id")
        self.contact_person = named(QLineEdit(), "contact_person")
        general = QLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Type"), self.kind, "kind"),
            (self.tr("Nom ou raison sociale"), self.name, "name"),
            (self.tr("Adresse"), self.address, "address"),
            (self.tr("Ville"), self.city, "city"),
            (self.tr("Téléphone"), self.phone, "phone"),
            (self.tr("Autre téléphone"), self.phone2, "phone2"),
            (self.tr("E-mail"), self.email, "email"),
            (self.tr("Compte contribuable"), self.tax_id, "tax_id"),
            (self.tr("Personne à contacter"), self.contact_person, "contact_person"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.make_label(field, widget))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        if subscriber_id is not None:
            self.load(subscribers.get_subscriber(bus.ctx, subscriber_id))

    def load(self, data: subscribers.SubscriberData) -> None:
        self.kind.set_value(data.kind)
        self.name.setText(data.name)
        self.address.setPlainText(data.address)
        self.city.setText(data.city)
        self.phone.setText(data.phone)
        self.phone2.setText(data.phone2)
        self.email.setText(data.email)
        self.tax_id.setText(data.tax_id)
        self.contact_person.setText(data.contact_person)

    def command(self) -> subscribers.SubscriberData:
        return subscribers.SubscriberData(
            SubscriberKind(self.kind.value()),
            self.name.text(),
            self.address.toPlainText(),
            self.city.text(),
            self.phone.text(),
            self.phone2.text(),
            self.email.text(),
            self.tax_id.text(),
            self.contact_person.text(),
            self.subscriber_id,
        )

    def save(self) -> Changes | None:
        """Send the form to the service; on refusal show the messages and keep the dialog."""
        op = run_op(
            self.bus,
            subscribers.save_subscriber,
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
        )
        if not op.succeeded:
            return None
        saved: tuple[int, Changes] = op.result  # what save_subscriber returns
        self.saved_id, changes = saved
        return changes

    def _on_save_clicked(self) -> None:
        if self.save() is not None:
            self.accept()
