"""The Tarif page (domain.md §4, §5): the office's reference tariff, checked as a whole and
saved with ``pricing.save_tariff``; nothing is saved while any value is refused. The
premiums of policies already issued never change."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.tariff import DEFAULT_TARIFF, TariffSettings
from desktop_app.services.context import Changes
from desktop_app.services.production import pricing
from desktop_app.ui.admin.tariff_form import TariffForm
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import CallErrors, fetch, run_op
from desktop_app.ui.widgets.naming import named

NOTE_STYLE = "color: #555;"


class TariffPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.general_label = named(QLabel(), "general_error")
        self.form = TariffForm(self.general_label)
        # The tariff form marks grid cells and band rows itself, around its FormErrors.
        self.sink = CallErrors(self.form.show_errors, self.form.clear_errors)
        self.note = QLabel(
            self.tr(
                "Le tarif s'applique aux polices préparées après l'enregistrement ; "
                "les primes déjà émises ne changent pas."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.save_button = named(QPushButton(self.tr("Enregistrer le tarif")), "save_button")
        self.revert_button = named(
            QPushButton(self.tr("Annuler les modifications")), "revert_button"
        )
        self.defaults_button = named(
            QPushButton(self.tr("Rétablir les valeurs par défaut")), "defaults_button"
        )
        self.defaults_button.setToolTip(
            self.tr(
                "Remplit le formulaire avec le tarif par défaut ; "
                "rien n'est enregistré avant « Enregistrer le tarif »."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.general_label)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        bus.data_changed.connect(self._on_bus_data_changed)
        self.reload()

    def reload(self) -> None:
        """The tariff as saved (the defaults while the office has saved none)."""
        settings = fetch(self.bus, pricing.get_tariff, self.sink)
        if settings is not None:
            self.load(settings)

    def load(self, settings: TariffSettings) -> None:
        self.form.load(settings)

    def checked_settings(self) -> TariffSettings:
        settings = self.form.command()
        problems = self.form.check(settings)
        if problems:
            raise ValidationFailed(problems)
        return settings

    def save(self) -> bool:
        """Read, check and save the tariff as a whole; on refusal show why, save nothing."""
        return run_op(
            self.bus,
            pricing.save_tariff,
            command=self.checked_settings,
            errors=self.sink,
            trigger=self.save_button,
            success=lambda _changes: self.bus.status_message.emit(self.tr("Tarif enregistré.")),
        ).succeeded

    def restore_defaults(self) -> None:
        self.form.load(DEFAULT_TARIFF)
        self.bus.status_message.emit(
            self.tr("Valeurs par défaut chargées : enregistrez pour les appliquer.")
        )

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_revert_button_clicked(self) -> None:
        self.reload()

    def _on_defaults_button_clicked(self) -> None:
        self.restore_defaults()

    def _on_bus_data_changed(self, changes: Changes) -> None:
        if changes.touches("settings_documents"):
            self.reload()
