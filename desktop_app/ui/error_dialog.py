"""The unexpected-error hook: log the traceback, tell the clerk in French, keep the window.

A bug in a slot must not kill the program with a traceback on a console nobody sees.
A ``DomainError`` that reached the hook (a service refusal a screen forgot to catch) is
shown as the plain message it carries.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.domain.errors import DomainError

log = logging.getLogger("desktop_app.unexpected")

_showing = False  # an error raised while the dialog is up is only logged
_log_file = ""


def error_box(error: BaseException, details: str, parent: QWidget | None = None) -> QMessageBox:
    """The message box for ``error`` (not shown): French text, the traceback as details."""
    box = QMessageBox(parent)
    if isinstance(error, DomainError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Action refusée"))
        box.setText(error.message)
        return box
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Erreur inattendue"))
    box.setText(
        QCoreApplication.translate(
            "ErrorDialog",
            "Une erreur inattendue s'est produite. L'action en cours n'a peut-être "
            "pas été terminée ; vos données enregistrées ne sont pas touchées.",
        )
    )
    informative = QCoreApplication.translate(
        "ErrorDialog",
        "Vous pouvez continuer à travailler. Si l'erreur se répète, "
        "signalez-la à votre administrateur",
    )
    if _log_file:
        informative += " " + QCoreApplication.translate(
            "ErrorDialog", "en joignant le journal : %1"
        ).replace("%1", _log_file)
    box.setInformativeText(informative + ".")
    box.setDetailedText(details)
    return box


def handle_exception(
    exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, error, tb)
        return
    details = "".join(traceback.format_exception(exc_type, error, tb))
    if isinstance(error, DomainError):
        log.warning("refus non traité par l'écran : %s\n%s", error.message, details)
    else:
        log.error("erreur inattendue :\n%s", details)
    if QApplication.instance() is None or _showing:
        return
    _showing = True
    try:
        error_box(error, details, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install_excepthook(log_file: str = "") -> None:
    """Route uncaught exceptions (in slots too: PySide reports them through the hook)."""
    global _log_file
    _log_file = log_file
    sys.excepthook = handle_exception
