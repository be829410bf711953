"""Importing a member list from Excel: every problem listed (row, column, message); the
persons are saved only when the whole file is clean. The check and the import run in the
background: a file of thousands of persons takes a while."""

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

from desktop_app.services.production import member_import
from desktop_app.services.production.member_import import write_member_template
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import Operation, run_op, run_query
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


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
        self.summary = named(QLabel(), "import_summary")
        self.summary.setWordWrap(True)
        self.error = named(QLabel(), "import_error")
        self.errors = FormErrors(self.error)
        self.problems = named(QTableWidget(0, 3), "import_problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Colonne"), self.tr("Problème")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.import_button = named(QPushButton(self.tr("Importer")), "do_import")
        self.template_button = named(
            QPushButton(self.tr("Enregistrer le modèle Excel…")), "save_template"
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
        layout.addWidget(self.error)
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

    def run_check(self) -> Operation:
        """Read and check the whole file, nothing saved; « Importer » waits for a clean one."""
        self.import_button.setEnabled(False)
        policy_id, path = self.policy_id, self.path
        return run_query(
            self.bus,
            lambda ctx: member_import.check_member_file(ctx, policy_id, path),
            errors=self.errors,
            success=self._show,
            background=True,
            parent=self,
        )

    def run_import(self) -> Operation:
        policy_id, path = self.policy_id, self.path
        return run_op(
            self.bus,
            lambda ctx: member_import.import_member_file(ctx, policy_id, path),
            errors=self.errors,
            trigger=(self.import_button, self.template_button),
            success=lambda result: self._show(result[0], done=result[0].is_clean),
            background=True,
            progress=self.windowTitle(),
            parent=self,
        )

    def _on_template_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Modèle de liste des assurés"),
            "modele-assures.xlsx",
            self.tr("Excel (*.xlsx)"),
        )
        if name:
            write_member_template(name)
