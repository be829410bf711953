"""The « Bordereaux » page (issues 3 and 4, domain.md §12): choose a statement, a period,
optional filters and a file, then export it off the UI thread (architecture.md, rule 9)."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.money import group_digits
from desktop_app.domain.roles import Permission
from desktop_app.services.statements.production import (
    StatementCancelled,
    StatementResult,
    StatementScope,
)
from desktop_app.ui.bus import AppBus
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.statistics.period_closing import PeriodClosingBox, may_close
from desktop_app.ui.statistics.period_picker import PeriodPicker
from desktop_app.ui.statistics.scope_filters import ScopeFilters
from desktop_app.ui.statistics.statement_choices import StatementChoice, available_statements
from desktop_app.ui.widgets.fields import with_error
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.workers import BackgroundJob, JobCancelled, show_progress

log = logging.getLogger(__name__)

EXCEL_FILTER = QT_TRANSLATE_NOOP("StatementsPage", "Classeur Excel (*.xlsx)")
NOTICE_STYLE = "background: #fff4e5; border: 1px solid #e0a040; border-radius: 4px; padding: 8px;"
RESULT_STYLE = (
    "#result_panel { background: #eaf6ec; border: 1px solid #7bb784; border-radius: 4px; }"
)


@dataclass(frozen=True)
class ExportRequest:
    """What the form asks for: the command handed to the background job."""

    choice: StatementChoice
    scope: StatementScope
    target: Path


def _file_state(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _lines(rows: int) -> str:
    text = (
        QCoreApplication.translate("StatementsPage", "%1 ligne écrite")
        if rows <= 1
        else QCoreApplication.translate("StatementsPage", "%1 lignes écrites")
    )
    return text.replace("%1", group_digits(rows))


class StatementsPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        actor = bus.ctx.actor
        self.allowed = actor is not None and actor.can(Permission.EXPORT_STATEMENTS)
        self.choices = available_statements()
        self.job: BackgroundJob | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result: StatementResult | None = None
        self._running: ExportRequest | None = None
        self._before: tuple[int, int] | None = None
        self._confirmed: Path | None = None  # replacing it was agreed in the file dialog
        self._auto_name = ""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self._folder = Path(documents) if documents else Path.home()

        self.notice_label = QLabel(
            self.tr(
                "Vos droits ne permettent pas d'exporter les bordereaux. Demandez à l'administrateur "
                "le rôle Comptabilité ou Direction si votre travail le demande."
            )
        )
        self.notice_label.setObjectName("permission_notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(NOTICE_STYLE)
        self.notice_label.setVisible(not self.allowed)

        self.general_label = QLabel()
        self.errors = FormErrors(self.general_label)
        self.statement_combo = QComboBox()
        self.statement_combo.setObjectName("statement")
        for choice in self.choices:
            self.statement_combo.addItem(self.tr(choice.label), choice.key)
        self.period = PeriodPicker(self.errors, bus.ctx.today())
        self.filters = ScopeFilters(bus, load=self.allowed)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("file")
        if self.allowed:  # a disabled field draws its hint like typed text
            self.file_edit.setPlaceholderText(self.tr("Choisissez le fichier avec « Parcourir… »"))
        self.file_edit.setMinimumWidth(360)
        self.browse_button = QPushButton(self.tr("Parcourir…"))
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file_edit, 1)
        file_layout.addWidget(self.browse_button)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        # Combos as wide as a choice, not the whole page; the two filters alike.
        self.statement_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (
            self.statement_combo,
            self.filters.administrator_combo,
            self.filters.intermediary_combo,
        ):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Bordereau :"), self.statement_combo)
        form.addRow(self.tr("Période :"), self.period)
        form.addRow(self.tr("Gestionnaire :"), self.filters.administrator_combo)
        form.addRow(self.tr("Intermédiaire :"), self.filters.intermediary_combo)
        form.addRow(
            self.tr("Fichier :"),
            with_error(file_row, self.errors.make_label("file", self.file_edit)),
        )

        self.export_button = QPushButton(self.tr("Exporter"))
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)

        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Ouvrir le dossier"))
        self.result_panel = QFrame()
        self.result_panel.setObjectName("result_panel")
        self.result_panel.setStyleSheet(RESULT_STYLE)
        result_layout = QHBoxLayout(self.result_panel)
        result_layout.addWidget(self.result_label, 1)
        result_layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.result_panel.hide()

        self.form_box = QWidget()
        box_layout = QVBoxLayout(self.form_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(form)
        box_layout.addWidget(self.general_label)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.result_panel)
        self.form_box.setEnabled(self.allowed)

        title = QLabel(self.tr("Bordereaux comptables"))
        title.setStyleSheet("font-size: 15px; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Exporte un bordereau Excel pour une période, tous gestionnaires et "
                "intermédiaires confondus ou pour l'un d'eux."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        body.setMaximumWidth(780)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(title)
        body_layout.addWidget(intro)
        body_layout.addWidget(self.notice_label)
        body_layout.addSpacing(6)
        body_layout.addWidget(self.form_box)
        self.closing: PeriodClosingBox | None = None
        if may_close(bus):
            self.closing = PeriodClosingBox(bus)
            body_layout.addSpacing(6)
            body_layout.addWidget(self.closing)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addStretch(1)

        self.statement_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.period.changed.connect(self._on_choice_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self._on_choice_changed()

    # -- the form contract ------------------------------------------------------------
    def choice(self) -> StatementChoice | None:
        index = self.statement_combo.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def read_request(self) -> ExportRequest | None:
        """The export asked for, or None with every French refusal shown by its field."""
        self.errors.clear()
        problems: list[FieldError] = []
        span = self.period.span(problems)
        scope: StatementScope | None = None
        if span is not None:
            scope = StatementScope(
                span.start,
                span.end,
                self.filters.administrator_id(),
                self.filters.intermediary_id(),
            )
            try:
                scope.check()
            except FieldError as error:
                problems.append(error)
        target = self._target(problems)
        choice = self.choice()
        if choice is None:
            problems.append(FieldError("statement", self.tr("Aucun bordereau n'est disponible.")))
        if problems:
            self.errors.show(ValidationFailed(problems))
            return None
        assert scope is not None and target is not None and choice is not None
        return ExportRequest(choice, scope, target)

    def _target(self, problems: list[FieldError]) -> Path | None:
        text = self.file_edit.text().strip()
        if not text:
            problems.append(
                FieldError(
                    "file",
                    self.tr(
                        "Choisissez le fichier où enregistrer le bordereau (bouton « Parcourir… »)."
                    ),
                )
            )
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._folder / path
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        if path.is_dir():
            problems.append(
                FieldError(
                    "file",
                    self.tr("« %1 » est un dossier : donnez un nom de fichier.").replace(
                        "%1", str(path)
                    ),
                )
            )
            return None
        if not path.parent.is_dir():
            problems.append(
                FieldError(
                    "file",
                    self.tr("Le dossier « %1 » n'existe pas.").replace("%1", str(path.parent)),
                )
            )
            return None
        return path

    # -- running the export -----------------------------------------------------------
    def export(self) -> bool:
        """Check the form and start the export; False when nothing was started."""
        if not self.allowed or (self.job is not None and self.job.is_running()):
            return False
        self.result_panel.hide()
        request = self.read_request()
        if request is None:
            return False
        if request.target.exists() and request.target != self._confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Remplacer le fichier ?"),
                self.tr("Le fichier « %1 » existe déjà. Voulez-vous le remplacer ?").replace(
                    "%1", request.target.name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.file_edit.setText(str(request.target))
        self._start(request)
        return True

    def _start(self, request: ExportRequest) -> None:
        ctx, choice, scope, target = self._bus.ctx, request.choice, request.scope, request.target

        def work(progress, cancelled):  # type: ignore[no-untyped-def]  # runs off the UI thread
            try:
                return choice.run(ctx, scope, target, lambda rows: progress(rows, 0, ""), cancelled)
            except StatementCancelled:
                raise JobCancelled from None

        self._running = request
        self._before = _file_state(target)
        self._folder = target.parent
        self.job = BackgroundJob(work, self)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.succeeded.connect(self._on_job_succeeded)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)
        self.job.ended.connect(self._on_job_ended)
        title = self.tr("Export du bordereau")
        dialog = self.progress_dialog = show_progress(self.job, self, title)
        dialog.setLabelText(self.tr("Écriture de « %1 »…").replace("%1", target.name))
        self.export_button.setEnabled(False)
        self.job.start()

    def _on_job_progressed(self, done: int, _total: int, _text: str) -> None:
        if self.progress_dialog is not None and not (self.job and self.job.is_cancel_requested()):
            self.progress_dialog.setLabelText(_lines(done) + "…")

    def _on_job_succeeded(self, result: object) -> None:
        assert self._running is not None and isinstance(result, StatementResult)
        self.result = result
        target = self._running.target
        message = (
            self.tr("%1 dans %2").replace("%1", _lines(result.rows)).replace("%2", str(target))
        )
        details = [f"{sheet.title} : {_lines(sheet.rows)}" for sheet in result.sheets]
        self._show_result(message + ("\n" + "\n".join(details) if len(details) > 1 else ""))
        self._bus.status_message.emit(message)

    def _on_job_cancelled(self) -> None:
        assert self._running is not None
        target = self._running.target
        # The writer renames its file into place only at the very end; a cancel that came
        # just after still must not leave a statement the clerk believes was abandoned.
        if _file_state(target) not in (None, self._before):
            with contextlib.suppress(OSError):
                target.unlink()
        self.errors.show(DomainError(self.tr("Export annulé : aucun fichier n'a été enregistré.")))

    def _on_job_failed(self, error: object) -> None:
        if isinstance(error, DomainError):
            self.errors.show(error)
        elif isinstance(error, OSError):
            self.errors.show(
                FieldError(
                    "file",
                    self.tr(
                        "Impossible d'écrire le fichier : il est peut-être ouvert dans Excel, ou le dossier "
                        "est protégé. (%1)"
                    ).replace("%1", getattr(error, "strerror", None) or str(error)),
                )
            )
        else:
            log.error(
                "échec de l'export du bordereau",
                exc_info=error if isinstance(error, BaseException) else None,
            )
            self.errors.show(
                DomainError(
                    self.tr(
                        "Le bordereau n'a pas pu être produit à cause d'une erreur inattendue ; aucun fichier "
                        "n'a été enregistré. Si l'erreur se répète, signalez-la à l'administrateur."
                    )
                )
            )

    def _on_job_ended(self) -> None:
        self.export_button.setEnabled(True)
        self.progress_dialog = None

    def _show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_panel.show()

    # -- slots ------------------------------------------------------------------------
    def _default_name(self) -> str:
        choice, span = self.choice(), self.period.current()
        if choice is None or span is None or span.end < span.start:
            return ""
        return choice.default_file_name(StatementScope(span.start, span.end))

    def _on_choice_changed(self, *_args: object) -> None:
        """A file still named after the former choice follows the new one."""
        new = self._default_name()
        if not new:
            return
        text = self.file_edit.text().strip()
        if (
            text
            and self._auto_name
            and Path(text).name == self._auto_name
            and new != self._auto_name
        ):
            self.file_edit.setText(str(Path(text).with_name(new)))
        self._auto_name = new

    def _on_browse_button_clicked(self) -> None:
        current = self.file_edit.text().strip()
        start = (
            Path(current) if current else self._folder / (self._default_name() or "bordereau.xlsx")
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le bordereau"), str(start), self.tr(EXCEL_FILTER)
        )
        if not name:
            return
        path = Path(name)
        # The dialog asked before replacing the file it returned, not one with a suffix added.
        self._confirmed = path if path.suffix.lower() == ".xlsx" else None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.file_edit.setText(str(path))
        self._folder = path.parent
        self.errors.clear()

    def _on_export_button_clicked(self) -> None:
        self.export()

    def _on_open_folder_button_clicked(self) -> None:
        if self._running is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._running.target.parent)))
