"""Importing a member list from Excel: every problem listed (row, column, message); the
persons are saved only when the whole file is clean."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.services.production import member_import
from desktop_app.services.production.member_import import write_member_template
from desktop_app.ui.bus import AppBus


class ImportDialog(QDialog):
    def __init__(
        self, bus: AppBus, policy_id: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id = policy_id
        self.path = path
        self.check: member_import.ImportCheck | None = None
        self.setWindowTitle(self.tr("Import de la liste des assurés"))
        self.resize(760, 480)
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3, objectName="import_problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Colonne"), self.tr("Problème")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.import_button = QPushButton(self.tr("Importer"), objectName="do_import")
        self.template_button = QPushButton(
            self.tr("Enregistrer le modèle Excel…"), objectName="save_template"
        )
        close = QPushButton(self.tr("Fermer"))
        bar = QHBoxLayout()
        bar.addWidget(self.template_button)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(str(path)))
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(bar)
        self.import_button.clicked.connect(self.run_import)
        self.template_button.clicked.connect(self._on_template_clicked)
        close.clicked.connect(self.reject)
        self.run_check()

    def _show(self, check: member_import.ImportCheck, done: bool = False) -> None:
        self.check = check
        self.problems.setRowCount(len(check.problems))
        for i, p in enumerate(check.problems):
            for j, text in enumerate((str(p.row) if p.row else "", p.column, p.message)):
                self.problems.setItem(i, j, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()
        if done:
            self.summary.setText(
                self.tr("{0} assuré(s) principal(aux) et {1} ayant(s) droit importés.").format(
                    check.members, check.dependents
                )
            )
        elif check.is_clean:
            self.summary.setText(
                self.tr(
                    "Fichier correct : {0} assuré(s) principal(aux) et {1} ayant(s) droit "
                    "prêts à être importés."
                ).format(check.members, check.dependents)
            )
        else:
            self.summary.setText(
                self.tr(
                    "{0} problème(s) : corrigez le fichier puis recommencez. Rien n'a été "
                    "enregistré."
                ).format(len(check.problems))
            )
        self.import_button.setEnabled(check.is_clean and not done)

    def run_check(self) -> None:
        try:
            self._show(member_import.check_member_file(self.bus.ctx, self.policy_id, self.path))
        except DomainError as error:
            self.summary.setText(error.message)
            self.import_button.setEnabled(False)

    def run_import(self) -> bool:
        try:
            check, changes = member_import.import_member_file(
                self.bus.ctx, self.policy_id, self.path
            )
        except DomainError as error:
            self.summary.setText(error.message)
            return False
        self._show(check, done=check.is_clean)
        if check.is_clean:
            self.bus.changed(changes)
        return check.is_clean

    def _on_template_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Modèle de liste des assurés"),
            "modele-assures.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if name:
            write_member_template(name)
