"""First start: create the administrator, then offer a demonstration portfolio."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.domain.errors import DomainError
from desktop_app.domain.roles import MIN_PASSWORD_LENGTH
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.operations import State, run_op
from desktop_app.ui.widgets.fields import checked_line_edit
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.workers import BackgroundJob, show_progress

log = logging.getLogger(__name__)


class FirstRunDialog(QDialog):
    """Accepted once the administrator's account exists; ``admin_code`` is its code."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.admin_code = ""
        self.setWindowTitle(self.tr("Premier démarrage — %1").replace("%1", APP_NAME))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "Bienvenue. Aucun utilisateur n'existe encore : créez le compte de "
                "l'administrateur, qui pourra ensuite créer les comptes des agents."
            )
        )
        intro.setWordWrap(True)
        general = QLabel()
        general.setObjectName("general_error")
        self.errors = FormErrors(general)
        self.full_name_edit, full_name_box = checked_line_edit(self.errors, "full_name")
        self.code_edit, code_box = checked_line_edit(self.errors, "code", text="admin")
        self.password_edit, password_box = checked_line_edit(self.errors, "password", password=True)
        self.confirmation_edit, confirmation_box = checked_line_edit(
            self.errors, "confirmation", password=True
        )
        hint = QLabel(
            self.tr("Au moins %1 caractères, dont une lettre et un chiffre.").replace(
                "%1", str(MIN_PASSWORD_LENGTH)
            )
        )
        hint.setStyleSheet("color: #666;")

        form = QFormLayout()
        form.addRow(self.tr("Nom complet"), full_name_box)
        form.addRow(self.tr("Code utilisateur"), code_box)
        form.addRow(self.tr("Mot de passe"), password_box)
        form.addRow("", hint)
        form.addRow(self.tr("Confirmation"), confirmation_box)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Créer l'administrateur"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.tr("Quitter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._on_create_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.full_name_edit.setFocus()

    def _on_create_clicked(self) -> None:
        values = (
            self.full_name_edit.text(),
            self.code_edit.text(),
            self.password_edit.text(),
            self.confirmation_edit.text(),
        )
        op = run_op(
            self._ctx,  # no main window yet: nothing to refresh
            lambda ctx: users.create_first_admin(ctx, *values),
            errors=self.errors,
            trigger=self.create_button,
            success=self._on_created,
        )
        if op.state is State.REFUSED:
            self.adjustSize()  # grow for the messages instead of squashing the fields

    def _on_created(self, _changes: object) -> None:
        self.admin_code = self.code_edit.text().strip()
        self.accept()


def offer_demo(ctx: ServiceContext, parent: QWidget | None = None) -> Any | None:
    """Ask « Charger un portefeuille de démonstration ? »; if yes, load it with a progress
    dialog. Returns the demo report, or None (declined, unavailable or failed)."""
    try:
        from desktop_app.demo.load import load_demo  # noqa: F401 - only checks it is there
    except ModuleNotFoundError:
        log.info("pas de portefeuille de démonstration dans cette version")
        return None
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FirstRun", "Portefeuille de démonstration"),
        QCoreApplication.translate(
            "FirstRun",
            "Charger un portefeuille de démonstration ?\n\n"
            "Quelques centaines de personnes assurées fictives, avec leurs polices, "
            "quittances et sinistres, pour découvrir le programme. À éviter sur la base "
            "réelle de l'agence.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return load_demo_with_progress(ctx, parent)


def load_demo_with_progress(
    ctx: ServiceContext, parent: QWidget | None = None, size: int = 300
) -> Any | None:
    """Run ``services.demo.load_demo`` in the background and wait for it, the window
    staying responsive; then show what was loaded and the demonstration users."""
    from desktop_app.demo.load import load_demo

    db = ctx.db

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return load_demo(db, size=size, progress=lambda text: progress(0, 0, text))

    job = BackgroundJob(work)
    show_progress(
        job,
        parent,
        QCoreApplication.translate("FirstRun", "Chargement du portefeuille de démonstration…"),
        cancellable=False,
    )
    loop = QEventLoop()
    job.ended.connect(loop.quit)
    job.start()
    loop.exec()
    if job.error is not None:
        message = job.error.message if isinstance(job.error, DomainError) else str(job.error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("FirstRun", "Portefeuille de démonstration"),
            QCoreApplication.translate(
                "FirstRun", "Le portefeuille de démonstration n'a pas pu être chargé :"
            )
            + "\n"
            + message,
        )
        return None
    report = job.result
    lines = [report.summary()]
    if report.users:
        lines += [
            "",
            QCoreApplication.translate(
                "FirstRun", "Utilisateurs de démonstration (code / mot de passe) :"
            ),
        ]
        lines += [f"  {code} / {password} — {roles}" for code, password, roles in report.users]
    QMessageBox.information(
        parent,
        QCoreApplication.translate("FirstRun", "Portefeuille de démonstration"),
        "\n".join(lines),
    )
    return report
