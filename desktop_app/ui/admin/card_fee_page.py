"""The Cartes page of Référentiels (domain.md §15; docs/decisions.md D26): the fee of
a duplicate card, before taxes, billed by a quittance when a lost card is replaced."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.production import cards
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.fields import MoneyField, read_field
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class CardFeePage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.fee = named(MoneyField(), "duplicate_fee")
        self.fee.setMaximumWidth(160)
        general = named(QLabel(), "card_fee_error")
        self.errors = FormErrors(general)
        self.save_button = named(QPushButton(self.tr("Enregistrer")), "save_card_fee")
        note = QLabel(
            self.tr(
                "Frais facturés hors taxes pour le duplicata d'une carte perdue : une quittance "
                "« Duplicata de carte » (accessoires, taxes de la catégorie de la police). "
                "0 : le duplicata est gratuit."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Frais de duplicata (FCFA)"), self.fee)
        form.addRow("", self.errors.make_label("duplicate_fee", self.fee))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        actor = bus.ctx.actor
        self.save_button.setEnabled(
            actor is not None and actor.can(Permission.MANAGE_REFERENCE_DATA)
        )
        self.save_button.clicked.connect(self.save)
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        fee = fetch(self.bus, cards.get_duplicate_fee, self.errors)
        if fee is not None:
            self.fee.set_amount(fee)

    def command(self) -> int:
        typed: list[FieldError] = []
        fee = read_field(typed, self.fee.amount, "duplicate_fee")
        if typed:
            raise ValidationFailed(typed)
        return int(fee or 0)

    def save(self) -> bool:
        return run_op(
            self.bus,
            cards.save_duplicate_fee,
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
            success=lambda _changes: self.bus.status_message.emit(
                self.tr("Frais de duplicata enregistrés.")
            ),
        ).succeeded

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("settings_documents"):
            self.reload()
