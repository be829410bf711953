"""Référentiels « Encaissements » (domain.md §11, issue 9): the share of the premium to
collect before cover starts (CIMA art. 13: 100 % by law, 35 % in the study's practice) and
the texts of the three recovery letters (5, 15 and 45 days after the due date)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.collection import ReminderStep
from desktop_app.domain.roles import Permission
from desktop_app.services.finance import arrears
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import OK_STYLE, can, show_message
from desktop_app.ui.forms.fields import MultiLineField
from desktop_app.ui.operations import Operation, fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class CollectionPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        general = named(QLabel(), "collection_error")
        self.errors = FormErrors(general)
        self.share = named(QSpinBox(), "cover_share_percent")
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.texts: dict[ReminderStep, QPlainTextEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Part de la prime à encaisser avant la garantie"), self.share)
        form.addRow("", self.errors.make_label("cover_share_percent", self.share))
        for step in ReminderStep:
            edit = named(MultiLineField(), f"reminder_text_{step.value}")
            edit.setMinimumHeight(80)
            self.texts[step] = edit
            label = (
                self.tr("%1 (%2 jours)").replace("%1", step.label).replace("%2", str(step.value))
            )
            form.addRow(label, edit)
            form.addRow("", self.errors.make_label(f"text_{step.value}", edit))
        self.save_button = named(QPushButton(self.tr("Enregistrer")), "save_collection")
        self.result = named(QLabel(), "collection_result")
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Article 13 du code CIMA : la garantie ne prend effet qu'une fois la prime "
                    "encaissée (100 % ; 35 % dans la pratique décrite par l'étude, le reste par "
                    "échéancier)."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.save_button.setEnabled(can(bus, Permission.MANAGE_REFERENCE_DATA))
        self.save_button.clicked.connect(self.save)
        self.load()

    def load(self) -> None:
        settings = fetch(self.bus, arrears.collection_settings, self.result, None)
        if settings is None:
            return
        self.share.setValue(settings.cover_share_percent)
        for step, edit in self.texts.items():
            edit.setPlainText(settings.texts[step])

    def command(self) -> arrears.CollectionSettings:
        return arrears.CollectionSettings(
            self.share.value(), {step: edit.toPlainText() for step, edit in self.texts.items()}
        )

    def save(self) -> Operation:
        show_message(self.result, "")
        return run_op(
            self.bus,
            arrears.save_collection_settings,
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
            success=lambda _c: show_message(self.result, self.tr("Enregistré."), OK_STYLE),
            parent=self,
        )
