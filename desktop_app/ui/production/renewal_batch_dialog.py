"""The yearly renewal of every policy due (issue 8): the clerk chooses the year, simulates
(nothing written) or renews, follows the progress and may stop: each policy is then renewed
or untouched, and the report says which. The report (policies renewed with their S/P and
change, those left to treat one by one and why, persons gone for age) is saved as an Excel
workbook."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.money import format_fcfa
from desktop_app.services.production import renewal_batch
from desktop_app.services.production.renewal_plan import FIRST_YEAR, LAST_YEAR
from desktop_app.services.production.renewal_report import write_renewal_report
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import RIGHT
from desktop_app.ui.operations import run_query
from desktop_app.ui.production.renewal_dialog import signed_rate
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.widgets.naming import named
from desktop_app.ui.workers import BackgroundJob, JobCancelled


class RenewalBatchDialog(QDialog):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.job: BackgroundJob | None = None
        self.report: renewal_batch.RenewalReport | None = None
        self._partial: list[renewal_batch.RenewalReport] = []
        self.setWindowTitle(self.tr("Renouvellement annuel des polices"))
        self.year = named(QSpinBox(), "renewal_year")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(bus.ctx.today().year + 1)
        self.simulate_button = named(QPushButton(self.tr("Simuler")), "simulate_button")
        self.simulate_button.setToolTip(
            self.tr("Calcule tout et produit le rapport, sans rien renouveler.")
        )
        self.renew_button = named(
            QPushButton(self.tr("Renouveler les polices à échéance")), "renew_all_button"
        )
        self.renew_button.setStyleSheet("font-weight: bold;")
        self.stop_button = named(QPushButton(self.tr("Arrêter")), "stop_button")
        self.stop_button.setEnabled(False)
        self.progress = named(QProgressBar(), "renewal_progress")
        self.progress.setFormat(self.tr("%v / %m polices"))
        self.progress.setValue(0)
        self.status = named(QLabel(), "renewal_status")
        self.status.setWordWrap(True)
        self.error = named(QLabel(), "renewal_batch_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.table = named(QTableWidget(0, 6), "renewal_report")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Police"),
                self.tr("Souscripteur"),
                self.tr("Personnes"),
                self.tr("S/P"),
                self.tr("Ajustement"),
                self.tr("Prime TTC / motif"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.save_button = named(
            QPushButton(self.tr("Enregistrer le rapport Excel…")), "save_report_button"
        )
        self.save_button.setEnabled(False)
        self.close_button = named(QPushButton(self.tr("Fermer")), "close_button")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Renouveler pour l'année :")))
        top.addWidget(self.year)
        top.addWidget(self.simulate_button)
        top.addWidget(self.renew_button)
        top.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        note = QLabel(
            self.tr(
                "Sont renouvelées les polices en vigueur dont l'année finit le 31 décembre "
                "précédent. Les polices sans tacite reconduction ou suspendues sont laissées au "
                "gestionnaire (bouton « Renouveler… » de la police). Chaque police est "
                "renouvelée entièrement ou pas du tout, même si vous arrêtez."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(960, 600)

        self.simulate_button.clicked.connect(lambda: self.start(dry_run=True))
        self.renew_button.clicked.connect(self._on_renew_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)

    # -- running -------------------------------------------------------------------------
    def _on_renew_button_clicked(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Renouvellement annuel"),
            self.tr(
                "Renouveler pour %1 toutes les polices à échéance du 31/12/%2 ? Chaque "
                "renouvellement émet sa quittance et ne s'annule pas. (« Simuler » montre "
                "d'abord ce qui serait fait.)"
            )
            .replace("%1", str(self.year.value()))
            .replace("%2", str(self.year.value() - 1)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start(dry_run=False)

    def start(self, *, dry_run: bool) -> BackgroundJob | None:
        if self.job is not None and self.job.is_running():
            return None
        ctx, year = self.bus.ctx, self.year.value()
        holder: list[renewal_batch.RenewalReport] = []
        self._partial = holder

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            def step(done: int, due: int) -> None:
                # After « Arrêter » progress() raises: the batch reads the stop itself.
                with contextlib.suppress(JobCancelled):
                    progress(done, due, "")

            report = renewal_batch.renew_all(
                ctx, year, dry_run=dry_run, progress=step, cancelled=cancelled
            )
            holder.append(report)  # kept even when stopped: each policy is whole
            return report

        self.error.hide()
        self.report = None
        self.table.setRowCount(0)
        self.save_button.setEnabled(False)
        self.status.setText(
            self.tr("Simulation en cours…") if dry_run else self.tr("Renouvellement en cours…")
        )
        self.progress.setRange(0, 0)
        job = BackgroundJob(work, self)
        job.progressed.connect(self._on_job_progressed)
        job.succeeded.connect(self._finished)
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        job.ended.connect(self._on_job_ended)
        self.job = job
        self._set_running(True)
        job.start()
        return job

    def _set_running(self, running: bool) -> None:
        for widget in (self.simulate_button, self.renew_button, self.year, self.close_button):
            widget.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def _on_job_progressed(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_stop_button_clicked(self) -> None:
        if self.job is not None:
            self.status.setText(self.tr("Arrêt demandé : la police en cours se termine…"))
            self.job.cancel()

    def _on_job_cancelled(self) -> None:
        if self._partial:
            self._finished(self._partial[0])

    def _on_job_failed(self, error: BaseException) -> None:
        if isinstance(error, DomainError):
            self.error.setText(error.message)
            self.error.show()
            self.status.clear()
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_job_ended(self) -> None:
        self._set_running(False)

    def _finished(self, report: renewal_batch.RenewalReport) -> None:
        self.report = report
        if report.changes.tables:
            self.bus.changed(report.changes)
        self.progress.setRange(0, max(report.due, 1))
        self.progress.setValue(len(report.renewed) + len(report.skipped))
        self.status.setText(report.summary())
        rows = [
            (
                r.policy_number,
                r.subscriber,
                str(r.persons),
                r.ratio_label,
                signed_rate(r.rate),
                format_fcfa(r.total),
            )
            for r in report.renewed
        ] + [(s.policy_number, s.subscriber, "", "", "", s.reason) for s in report.skipped]
        self.table.setRowCount(len(rows))
        for i, values in enumerate(rows):
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j in (2, 4):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(i, j, item)
        self.save_button.setEnabled(True)

    # -- the report ------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        if self.report is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suffix = "-simulation" if self.report.dry_run else ""
        name = str(Path(folder) / f"renouvellement-{self.report.year}{suffix}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le rapport"), name, self.tr("Classeur Excel (*.xlsx)")
        )
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> None:
        report = self.report
        assert report is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        run_query(
            self.bus,
            lambda ctx: write_renewal_report(ctx, path, report),
            success=lambda _r: self.status.setText(
                report.summary() + " " + self.tr("Rapport enregistré : %1").replace("%1", str(path))
            ),
            errors=self.error,
            trigger=self.save_button,
            parent=self,
        )
