"""The policy's contract and management terms (domain.md §2), as the DELASS clerks knew
them: intermediary, dates and terms, then administrator, rates, system and network."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date, year_end
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import CareNetwork, Coinsurance, ManagementSystem, PaymentTerms
from desktop_app.services.administration import reference
from desktop_app.services.production import policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import DateField, EnumCombo, MoneyField, RateField, read_field
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class PolicyForm(QWidget):
    def __init__(self, bus: AppBus, general_error: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.errors = FormErrors(general_error)
        self.subscriber_id: int | None = None
        self.policy_id: int | None = None
        self.subscriber = named(QLabel(), "subscriber_name")
        self.intermediary = named(QComboBox(), "intermediary")
        self.administrator = named(QComboBox(), "administrator")
        self.administrator_ref = named(QLineEdit(), "administrator_ref")
        self.effective_date = named(DateField(), "effective_date")
        self.effective_date.set_value(bus.ctx.today())
        self.expiry = named(QLabel(), "expiry_date")
        self.tacit_renewal = named(QCheckBox(self.tr("Avec tacite reconduction")), "tacit_renewal")
        self.tacit_renewal.setChecked(True)
        self.payment_terms = named(EnumCombo(PaymentTerms), "payment_terms")
        self.coinsurance = named(EnumCombo(Coinsurance), "coinsurance")
        self.coinsurance_share = named(RateField(optional=True), "coinsurance_share")
        self.notice = named(QSpinBox(), "cancellation_notice_days")
        self.notice.setRange(0, 365)
        self.notice.setValue(60)
        self.notice.setSuffix(self.tr(" jours"))
        self.management_system = named(EnumCombo(ManagementSystem), "management_system")
        self.care_network = named(EnumCombo(CareNetwork), "care_network")
        self.commission_rate = named(RateField(optional=True), "commission_rate")
        self.commission_rate.setPlaceholderText(self.tr("taux de l'intermédiaire"))
        self.management_fee_rate = named(RateField(optional=True), "management_fee_rate")
        self.management_fee_rate.setPlaceholderText(self.tr("taux du gestionnaire"))
        self.overall_ceiling = named(MoneyField(optional=True), "overall_annual_ceiling")

        contract = QFormLayout()
        self._row(contract, self.tr("Souscripteur"), self.subscriber, "subscriber_id")
        self._row(contract, self.tr("Intermédiaire"), self.intermediary, "intermediary_id")
        self._row(contract, self.tr("Date d'effet"), self.effective_date, "effective_date")
        contract.addRow(self.tr("Échéance"), self.expiry)
        self._row(contract, self.tr("Reconduction"), self.tacit_renewal, "tacit_renewal")
        self._row(contract, self.tr("Conditions de règlement"), self.payment_terms, "payment_terms")
        self._row(contract, self.tr("Coassurance"), self.coinsurance, "coinsurance")
        self._row(
            contract,
            self.tr("Part de coassurance (%)"),
            self.coinsurance_share,
            "coinsurance_share",
        )
        self._row(
            contract, self.tr("Préavis de résiliation"), self.notice, "cancellation_notice_days"
        )
        management = QFormLayout()
        self._row(management, self.tr("Gestionnaire"), self.administrator, "administrator_id")
        self._row(
            management,
            self.tr("N° de police du gestionnaire"),
            self.administrator_ref,
            "administrator_ref",
        )
        self._row(
            management, self.tr("Taux de commission (%)"), self.commission_rate, "commission_rate"
        )
        self._row(
            management,
            self.tr("Honoraires de gestion (%)"),
            self.management_fee_rate,
            "management_fee_rate",
        )
        self._row(
            management, self.tr("Système de gestion"), self.management_system, "management_system"
        )
        self._row(management, self.tr("Réseau de soins"), self.care_network, "care_network")
        self._row(
            management,
            self.tr("Plafond annuel par personne (FCFA)"),
            self.overall_ceiling,
            "overall_annual_ceiling",
        )
        left = QGroupBox(self.tr("Contrat"))
        left.setLayout(contract)
        right = QGroupBox(self.tr("Gestion"))
        right.setLayout(management)
        columns = QHBoxLayout()
        columns.addWidget(left)
        columns.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addStretch(1)
        self.effective_date.dateChanged.connect(self._show_expiry)
        self.coinsurance.currentIndexChanged.connect(lambda _i: self._on_coinsurance_changed())
        self._fill_parties()
        self._show_expiry()
        self._on_coinsurance_changed()

    def _row(self, layout: QFormLayout, label: str, widget: QWidget, field: str) -> None:
        layout.addRow(label, widget)
        layout.addRow("", self.errors.make_label(field, widget))

    def _fill_parties(self) -> None:
        self.intermediary.clear()
        self.intermediary.addItem(self.tr("— choisir —"), None)
        for item in reference.list_intermediaries(self.bus.ctx, active_only=True):
            self.intermediary.addItem(f"{item.code} — {item.name}", item.id)
        self.administrator.clear()
        self.administrator.addItem(self.tr("— aucun —"), None)
        for adm in reference.list_administrators(self.bus.ctx, active_only=True):
            self.administrator.addItem(f"{adm.code} — {adm.name}", adm.id)

    def _show_expiry(self) -> None:
        effective = self.effective_date.value()
        self.expiry.setText(format_date(year_end(effective)) if effective else "")

    def _on_coinsurance_changed(self) -> None:
        self.coinsurance_share.setEnabled(self.coinsurance.value() == Coinsurance.FOLLOWER)

    def new(self, subscriber_id: int, subscriber_name: str) -> None:
        """A blank form: nothing of the policy opened before is carried over; the rates stay
        empty so the service takes the intermediary's and the administrator's own."""
        self.policy_id, self.subscriber_id = None, subscriber_id
        self.subscriber.setText(subscriber_name)
        self._fill_parties()
        self.intermediary.setCurrentIndex(0)
        self.administrator.setCurrentIndex(0)
        self.administrator_ref.clear()
        self.effective_date.set_value(self.bus.ctx.today())
        self.tacit_renewal.setChecked(True)
        self.payment_terms.set_value(PaymentTerms.CASH)
        self.coinsurance.set_value(Coinsurance.NONE)
        self.coinsurance_share.clear()
        self.notice.setValue(60)
        self.management_system.set_value(ManagementSystem.DIRECT_BILLING)
        self.care_network.set_value(CareNetwork.ALL)
        self.commission_rate.clear()
        self.management_fee_rate.clear()
        self.overall_ceiling.clear()

    def load(self, view: policies.PolicyView) -> None:
        d = view.data
        self.policy_id, self.subscriber_id = d.id, d.subscriber_id
        self.subscriber.setText(view.subscriber_name)
        self.intermediary.setCurrentIndex(max(0, self.intermediary.findData(d.intermediary_id)))
        self.administrator.setCurrentIndex(max(0, self.administrator.findData(d.administrator_id)))
        self.administrator_ref.setText(d.administrator_ref)
        if d.effective_date:
            self.effective_date.set_value(d.effective_date)
        self.tacit_renewal.setChecked(d.tacit_renewal)
        self.payment_terms.set_value(d.payment_terms)
        self.coinsurance.set_value(d.coinsurance)
        self.coinsurance_share.set_rate(d.coinsurance_share)
        self.notice.setValue(d.cancellation_notice_days or 0)
        self.management_system.set_value(d.management_system)
        self.care_network.set_value(d.care_network)
        self.commission_rate.set_rate(d.commission_rate)
        self.management_fee_rate.set_rate(d.management_fee_rate)
        self.overall_ceiling.set_amount(d.overall_annual_ceiling)

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.findChildren(QWidget):
            if widget.objectName() and not isinstance(widget, QLabel):
                widget.setEnabled(not read_only)
        if not read_only:
            self._on_coinsurance_changed()

    def command(self) -> policies.PolicyData:
        """The service's input; typing errors (a letter in a rate) raise ValidationFailed."""
        typed: list[FieldError] = []
        share = read_field(typed, self.coinsurance_share.rate, "coinsurance_share")
        commission = read_field(typed, self.commission_rate.rate, "commission_rate")
        fee = read_field(typed, self.management_fee_rate.rate, "management_fee_rate")
        ceiling = read_field(typed, self.overall_ceiling.amount, "overall_annual_ceiling")
        effective: date | None = read_field(typed, self.effective_date.date_value, "effective_date")
        if typed:
            raise ValidationFailed(typed)
        return policies.PolicyData(
            self.subscriber_id,
            effective,
            self.intermediary.currentData(),
            self.administrator.currentData(),
            self.administrator_ref.text(),
            self.tacit_renewal.isChecked(),
            PaymentTerms(self.payment_terms.value()),
            Coinsurance(self.coinsurance.value()),
            share,
            self.notice.value(),
            ManagementSystem(self.management_system.value()),
            CareNetwork(self.care_network.value()),
            commission,
            fee,
            ceiling,
            self.policy_id,
        )
