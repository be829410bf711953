"""The care categories (actes médicaux, domain.md §7): the 17 fixed codes, each with the
office's own label and whether it is still offered; codes never change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop_app.domain.care import CARE_LABELS, CareCategory
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import LabelRow
from desktop_app.services.context import Changes
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, yes_no
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.record_page import RecordForm, RecordPage, grey_when_inactive
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


def original_label(code: str) -> str:
    """The catalogue's label for a code (domain/care.py), '' for an unknown code."""
    try:
        return CARE_LABELS[CareCategory(code)]
    except ValueError:
        return ""


class CategoryForm(RecordForm):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, parent)
        self.code_label = named(QLabel(), "code")
        self.label_edit = named(QLineEdit(), "label")
        self.original_label = named(QLabel(), "original_label")
        self.original_label.setWordWrap(True)
        self.original_label.setStyleSheet("color: #555;")
        self.restore_button = named(
            QPushButton(self.tr("Reprendre le libellé d'origine")), "restore_label"
        )
        self.active_box = named(
            QCheckBox(self.tr("Actif (proposé sur les dossiers et les tableaux de garanties)")),
            "active",
        )
        original = QWidget()
        row = QHBoxLayout(original)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.original_label, 1)
        row.addWidget(self.restore_button)
        self.add_row(self.tr("Code :"), self.code_label, "code")
        self.add_row(self.tr("Libellé :"), self.label_edit, "label")
        self.add_row(self.tr("D'origine :"), original)
        self.add_row("", self.active_box)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

    def heading_for(self, record: LabelRow | None) -> str:
        return (
            self.tr("Acte médical %1").replace("%1", record.code)
            if record
            else self.tr("Acte médical")
        )

    def load(self, record: LabelRow | None) -> None:
        enabled = record is not None
        for widget in (
            self.label_edit,
            self.active_box,
            self.restore_button,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(enabled)
        self.code_label.setText(record.code if record else "")
        self.label_edit.setText(record.label if record else "")
        self.original_label.setText(original_label(record.code) if record else "")
        self.active_box.setChecked(record.active if record else True)

    def command(self) -> LabelRow:
        return LabelRow(self.code_label.text(), self.label_edit.text(), self.active_box.isChecked())

    def submit(self, command: LabelRow) -> tuple[str, Changes]:
        return command.code, reference.save_care_category(self.bus.ctx, command)

    def saved_message(self) -> str:
        return self.tr("Acte médical enregistré.")

    def _on_restore_button_clicked(self) -> None:
        self.label_edit.setText(self.original_label.text())


class CategoriesPage(RecordPage):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(
            bus,
            CategoryForm(bus),
            COLUMNS,
            lambda: reference.care_category_labels(bus.ctx),
            lambda r: r.code,
            ("care_categories",),
            stretch_column=1,
            parent=parent,
        )
        self.form.heading.setToolTip(
            QCoreApplication.translate(
                "CategoriesPage",
                "Les 17 codes sont fixes : seuls le libellé et l'état actif se modifient.",
            )
        )
