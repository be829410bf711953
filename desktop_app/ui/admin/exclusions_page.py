"""The exclusion reasons (motifs d'exclusion, domain.md §7) a claims clerk picks for an
excluded amount: code, label, active; the default list can be loaded in one click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QWidget

from desktop_app.domain.errors import FieldError
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import LabelRow
from desktop_app.services.context import Changes
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, yes_no
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.record_page import RecordForm, RecordPage, grey_when_inactive
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.lazy_table_model import CENTER, Column
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[LabelRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Libellé"), lambda r: r.label, foreground=grey_when_inactive
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Actif"),
        lambda r: yes_no(r.active),
        CENTER,
        foreground=grey_when_inactive,
    ),
]


class ExclusionForm(RecordForm):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, parent)
        self.code_edit = named(QLineEdit(placeholderText=self.tr("ex. : SANS_ORDO")), "code")
        self.code_edit.setMaxLength(12)
        self.code_edit.setToolTip(
            self.tr("12 caractères au plus ; le code ne change plus une fois créé.")
        )
        self.label_edit = named(QLineEdit(), "label")
        self.active_box = named(QCheckBox(self.tr("Actif (proposé sur les décomptes)")), "active")
        self.add_row(self.tr("Code :"), self.code_edit, "code")
        self.add_row(self.tr("Libellé :"), self.label_edit, "label")
        self.add_row("", self.active_box)

    def heading_for(self, record: LabelRow | None) -> str:
        return (
            self.tr("Motif %1").replace("%1", record.code)
            if record
            else self.tr("Nouveau motif d'exclusion")
        )

    def load(self, record: LabelRow | None) -> None:
        # A code already used on claim lines never changes: only a new reason gets one.
        self.code_edit.setReadOnly(record is not None)
        self.code_edit.setText(record.code if record else "")
        self.label_edit.setText(record.label if record else "")
        self.active_box.setChecked(record.active if record else True)
        (self.label_edit if record else self.code_edit).setFocus()

    def command(self) -> LabelRow:
        return LabelRow(self.code_edit.text(), self.label_edit.text(), self.active_box.isChecked())

    def submit(self, command: LabelRow) -> tuple[str, Changes]:
        if self.record is None:
            code = command.code.strip().upper()
            if any(r.code == code for r in reference.list_exclusion_reasons(self.bus.ctx)):
                # The service updates by code; a new reason must not overwrite an existing one.
                raise FieldError("code", self.tr("Le code « %1 » existe déjà.").replace("%1", code))
        changes = reference.save_exclusion_reason(self.bus.ctx, command)
        return command.code.strip().upper(), changes

    def saved_message(self) -> str:
        return self.tr("Motif d'exclusion enregistré.")


class ExclusionsPage(RecordPage):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(
            bus,
            ExclusionForm(bus),
            COLUMNS,
            lambda: reference.list_exclusion_reasons(bus.ctx),
            lambda r: r.code,
            ("exclusion_reasons",),
            stretch_column=1,
            new_label=translate("ExclusionsPage", "Nouveau motif"),
            parent=parent,
        )
        self.defaults_button = named(
            QPushButton(translate("ExclusionsPage", "Charger la liste par défaut")), "load_defaults"
        )
        self.defaults_button.setToolTip(
            translate(
                "ExclusionsPage",
                "Ajoute les motifs des conditions générales qui "
                "manquent ; ceux qui existent ne changent pas.",
            )
        )
        self.buttons.insertWidget(1, self.defaults_button)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)

    def load_defaults(self) -> int:
        """Save the default reasons missing from the list; returns how many were added."""
        op = run_op(
            self.bus,
            reference.add_default_exclusion_reasons,
            errors=self.list_errors,
            trigger=self.defaults_button,
            success=self._on_defaults_added,
        )
        return op.result[0] if op.succeeded else 0

    def _on_defaults_added(self, result: tuple[int, Changes]) -> None:
        added = result[0]
        translate = QCoreApplication.translate
        self.bus.status_message.emit(
            translate("ExclusionsPage", "%1 motif(s) ajouté(s).").replace("%1", str(added))
            if added
            else translate("ExclusionsPage", "La liste par défaut est déjà complète.")
        )

    def _on_defaults_button_clicked(self) -> None:
        self.load_defaults()
