"""The « Réception » form (domain.md §10.1): the person treated, found by matricule, name or
policy; reception date, administrator, provider, nature of the condition, mode and payee,
amount claimed, documents received, prior-approval reference, next action date. On save
the file takes its number, shown at the top of the form, and the form empties for the next
file."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.care import Condition
from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import ManagementSystem
from desktop_app.services.administration import reference
from desktop_app.services.claims import reception as claims
from desktop_app.services.claims.reception import DOCUMENTS, ClaimInput, ClaimReceipt
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import OK_STYLE, MergedErrors, enum_data
from desktop_app.ui.claims.person_picker import PersonPicker
from desktop_app.ui.forms.fields import DateField, MoneyField, MultiLineField, read_field
from desktop_app.ui.operations import Operation, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


def _combo(name: str, first: str) -> QComboBox:
    combo = named(QComboBox(), name)
    combo.addItem(first, None)
    return combo


class ReceptionForm(QWidget):
    received = Signal(int)  # the new file's id

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.receipt: ClaimReceipt | None = None
        self.number = named(QLabel(self.tr("Nouveau dossier")), "claim_number")
        font = self.number.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.number.setFont(font)
        self.person = PersonPicker(bus)
        self.reception_date = named(DateField(), "reception_date")
        self.administrator = _combo("administrator", self.tr("Gestionnaire de la police"))
        self.provider = _combo("provider", self.tr("— aucun —"))
        self.condition = _combo("condition", self.tr("— choisir —"))
        for condition in Condition:
            self.condition.addItem(condition.label, condition)
        self.mode = _combo("mode", self.tr("Système de gestion de la police"))
        self.mode.addItem(
            self.tr("Tiers payant (le prestataire est réglé)"), ManagementSystem.DIRECT_BILLING
        )
        self.mode.addItem(
            self.tr("Classique (l'assuré est remboursé)"), ManagementSystem.REIMBURSEMENT
        )
        self.payee = named(QLineEdit(), "payee_name")
        self.payee.setPlaceholderText(self.tr("vide : l'assuré principal"))
        self.amount = named(MoneyField(), "amount_claimed")
        self.approval_ref = named(QLineEdit(), "approval_ref")
        self.approval_ref.setPlaceholderText(self.tr("EP-2026-000001 ou référence du gestionnaire"))
        self.next_action = named(DateField(optional=True), "next_action_date")
        self.notes = named(MultiLineField(), "notes")
        self.notes.setFixedHeight(46)
        self.documents: dict[str, QCheckBox] = {
            key: named(QCheckBox(self.tr(label)), f"doc_{key}") for key, label in DOCUMENTS.items()
        }
        self.general = named(QLabel(), "general_error")
        self.errors = FormErrors(self.general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget, field in (
            (self.tr("Personne soignée"), self.person, "person_id"),
            (self.tr("Date de réception"), self.reception_date, "reception_date"),
            (self.tr("Gestionnaire"), self.administrator, "administrator_id"),
            (self.tr("Prestataire"), self.provider, "provider_id"),
            (self.tr("Nature de l'affection"), self.condition, "condition"),
            (self.tr("Mode"), self.mode, "mode"),
            (self.tr("Bénéficiaire (classique)"), self.payee, "payee_name"),
            (self.tr("Montant réclamé (FCFA)"), self.amount, "amount_claimed"),
            (self.tr("Référence d'entente"), self.approval_ref, "approval_ref"),
            (self.tr("Prochaine action le"), self.next_action, "next_action_date"),
            (self.tr("Observations"), self.notes, "notes"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.make_label(field, widget))
        checklist = named(QGroupBox(self.tr("Pièces reçues")), "documents_box")
        grid = QGridLayout(checklist)
        for i, box in enumerate(self.documents.values()):
            grid.addWidget(box, i // 2, i % 2)
        grid.addWidget(self.errors.make_label("documents", checklist), 3, 0, 1, 2)
        self.save_button = named(QPushButton(self.tr("Enregistrer le dossier")), "save_claim")
        self.save_button.setDefault(True)
        self.new_button = named(QPushButton(self.tr("Nouveau dossier")), "new_claim")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number)
        layout.addLayout(form)
        layout.addWidget(checklist)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_claim)
        self.mode.currentIndexChanged.connect(self._update_payee)
        bus.data_changed.connect(self._on_data_changed)
        self._load_lists()
        self.new_claim()

    # -- the form contract: load, command, save -----------------------------------------
    def _load_lists(self) -> None:
        for combo, rows in (
            (self.administrator, reference.list_administrators(self.bus.ctx, active_only=True)),
            (self.provider, reference.list_providers(self.bus.ctx, active_only=True)),
        ):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for row in rows:
                combo.addItem(row.name, row.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def new_claim(self) -> None:
        self.receipt = None
        self.errors.clear()
        self.number.setText(self.tr("Nouveau dossier"))
        self.number.setStyleSheet("")
        self.person.clear()
        self.reception_date.set_value(self.bus.ctx.today())
        for combo in (self.administrator, self.provider, self.condition, self.mode):
            combo.setCurrentIndex(0)
        for widget in (self.payee, self.approval_ref):
            widget.clear()
        self.amount.clear()
        self.next_action.set_value(None)
        self.notes.clear()
        for box in self.documents.values():
            box.setChecked(False)
        self._update_payee()

    def command(self, typed: list[FieldError]) -> ClaimInput:
        return ClaimInput(
            reception_date=read_field(typed, self.reception_date.date_value, "reception_date"),
            person_id=self.person.person_id(),
            condition=enum_data(self.condition, Condition),
            amount_claimed=read_field(typed, self.amount.amount, "amount_claimed"),
            provider_id=self.provider.currentData(),
            mode=enum_data(self.mode, ManagementSystem),
            payee_name=self.payee.text(),
            documents={key: box.isChecked() for key, box in self.documents.items()},
            approval_ref=self.approval_ref.text(),
            next_action_date=read_field(typed, self.next_action.date_value, "next_action_date"),
            administrator_id=self.administrator.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> Operation:
        """Record the file (in the background: it takes its number under a lock another
        clerk may hold); on success the form is ready for the next file, so a second click
        cannot record the same file twice."""
        typed: list[FieldError] = []
        data = self.command(typed)
        if typed:
            # Something could not even be read: ask the service for its other refusals with
            # an amount it must refuse, so nothing is saved and every message shows at once.
            data = replace(data, amount_claimed=None)
        return run_op(
            self.bus,
            lambda ctx: claims.receive_claim(ctx, data),
            errors=MergedErrors(self.errors, typed, stand_in="amount_claimed"),
            trigger=(self.save_button, self.new_button),
            success=self._on_received,
            background=True,
            parent=self,
        )

    def _on_received(self, receipt: ClaimReceipt) -> None:
        self.new_claim()
        self.receipt = receipt
        self.number.setText(self.tr("Dossier n° %1 enregistré").replace("%1", receipt.number))
        self.number.setStyleSheet(OK_STYLE)
        self.person.search.setFocus()
        self.received.emit(receipt.claim_id)

    def _update_payee(self) -> None:
        self.payee.setEnabled(
            enum_data(self.mode, ManagementSystem) is not ManagementSystem.DIRECT_BILLING
        )

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("providers", "administrators"):
            self._load_lists()
