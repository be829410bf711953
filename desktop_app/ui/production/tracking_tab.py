"""The follow-up table of a policy's documents (domain.md §2, table c)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.roles import Permission
from desktop_app.services.production import policies, tracking
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField, MoneyField, read_field
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class TrackingTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.contract_received_on = named(DateField(optional=True), "contract_received_on")
        self.entered_on = named(DateField(optional=True), "entered_on")
        self.entered_by = named(QLineEdit(), "entered_by")
        self.entered_by.setReadOnly(True)
        self.payment_amount = named(MoneyField(optional=True), "payment_amount")
        self.payment_type = named(QComboBox(), "payment_type")
        self.payment_type.addItems(list(tracking.PAYMENT_TYPES))
        self.sent_to_subscriber_on = named(DateField(optional=True), "sent_to_subscriber_on")
        self.signed_copy_returned_on = named(DateField(optional=True), "signed_copy_returned_on")
        self.save_button = named(QPushButton(self.tr("Enregistrer le suivi")), "save_tracking")
        general = QLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for label, widget, field in (
            (
                self.tr("Contrat reçu du gestionnaire le"),
                self.contract_received_on,
                "contract_received_on",
            ),
            (self.tr("Saisi le"), self.entered_on, "entered_on"),
            (self.tr("Saisi par"), self.entered_by, "entered_by"),
            (self.tr("Paiement (FCFA)"), self.payment_amount, "payment_amount"),
            (self.tr("Type de paiement"), self.payment_type, "payment_type"),
            (
                self.tr("Envoyé au souscripteur le"),
                self.sent_to_subscriber_on,
                "sent_to_subscriber_on",
            ),
            (
                self.tr("Exemplaire signé retourné le"),
                self.signed_copy_returned_on,
                "signed_copy_returned_on",
            ),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.make_label(field, widget))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        self.policy_id = policy_id
        self.save_button.setEnabled(
            self.bus.ctx.actor is not None and self.bus.ctx.actor.can(Permission.EDIT_PRODUCTION)
        )
        if policy_id is None:
            return
        data = tracking.get_tracking(self.bus.ctx, policy_id)
        self.contract_received_on.set_value(data.contract_received_on)
        self.entered_on.set_value(data.entered_on)
        self.entered_by.setText(data.entered_by)
        self.payment_amount.set_amount(data.payment_amount)
        self.payment_type.setCurrentText(data.payment_type)
        self.sent_to_subscriber_on.set_value(data.sent_to_subscriber_on)
        self.signed_copy_returned_on.set_value(data.signed_copy_returned_on)

    def command(self) -> tracking.TrackingData:
        typed: list[FieldError] = []
        amount = read_field(typed, self.payment_amount.amount, "payment_amount")
        dates = {
            name: read_field(typed, getattr(self, name).date_value, name)
            for name in (
                "contract_received_on",
                "entered_on",
                "sent_to_subscriber_on",
                "signed_copy_returned_on",
            )
        }
        if typed:
            raise ValidationFailed(typed)
        return tracking.TrackingData(
            dates["contract_received_on"],
            dates["entered_on"],
            self.entered_by.text(),
            amount,
            self.payment_type.currentText(),
            dates["sent_to_subscriber_on"],
            dates["signed_copy_returned_on"],
        )

    def save(self) -> bool:
        policy_id = self.policy_id
        if policy_id is None:
            return False
        return run_op(
            self.bus,
            lambda ctx, data: tracking.save_tracking(ctx, policy_id, data),
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
        ).succeeded
