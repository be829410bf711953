"""The window's composition root: application, language, database, sign-in, main window.

``run_gui`` is what ``portefeuille-sante`` (and ``python -m desktop_app``) runs;
``create_main_window`` builds the window for a signed-in user (tests, startup benchmark).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from desktop_app import APP_NAME, __version__, bootstrap
from desktop_app.domain.errors import DomainError
from desktop_app.logs import LOG_FILE_NAME
from desktop_app.paths import resource
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.settings import load_settings
from desktop_app.ui.bus import AppBus
from desktop_app.ui.change_password_dialog import ChangePasswordDialog
from desktop_app.ui.error_dialog import install_excepthook
from desktop_app.ui.first_run_dialog import FirstRunDialog, offer_demo
from desktop_app.ui.i18n import install_translators, set_default_locale
from desktop_app.ui.login_dialog import LoginDialog
from desktop_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
ORGANIZATION = "PortefeuilleSante"


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication (an existing one is reused), named, in fr_CI."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    set_default_locale()
    return app


def create_main_window(ctx: ServiceContext, db_description: str, log_file: str = "") -> MainWindow:
    """The main window for the signed-in user of ``ctx`` (not shown)."""
    bus = AppBus(ctx)
    window = MainWindow(bus, db_description, log_file)
    bus.setParent(window)
    return window


def sign_in(ctx: ServiceContext, db_description: str, code: str = "") -> ServiceContext | None:
    """Login, then the forced password change if any; None when the clerk gives up."""
    while True:
        dialog = LoginDialog(ctx, db_description, code)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
            return None
        signed_in = dialog.signed_in
        if not users.must_change_password(signed_in):
            return signed_in
        change = ChangePasswordDialog(signed_in, forced=True)
        if change.exec() == QDialog.DialogCode.Accepted:
            return signed_in
        code = dialog.code_edit.text()  # declined: back to the login


def _database_error(error: Exception, log_file: str) -> None:
    first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate(
            "App", "Impossible d'ouvrir la base de données du portefeuille."
        ),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Vérifiez que le dossier des données est accessible ou, pour une base partagée, "
            "que le serveur PostgreSQL est joignable, puis relancez le programme. "
            "Le détail est dans le journal : %1",
        ).replace("%1", log_file)
    )
    box.setDetailedText(first_line)
    box.exec()


def _upgrade_notice() -> QLabel:
    """A small window saying the portfolio is being upgraded: on a large portfolio the first
    start of a new version takes seconds, and a silent screen looks like a program that hung."""
    label = QLabel(
        QCoreApplication.translate(
            "App",
            "Mise à jour de la base de données du portefeuille pour cette version du programme…\n"
            "Cela peut prendre une minute sur un gros portefeuille. Ne fermez pas le programme.",
        )
    )
    label.setObjectName("upgrade_notice")
    label.setWindowTitle(APP_NAME)
    label.setMargin(24)
    label.show()
    QApplication.processEvents()
    return label


def run_gui(argv: Sequence[str] | None = None) -> int:
    app = application(argv)
    try:
        settings = load_settings()
    except DomainError as error:  # a broken settings.json: said, in French, with its place
        QMessageBox.critical(None, APP_NAME, error.message)
        return 1
    install_translators(settings.language)
    log_file = str(settings.log_dir / LOG_FILE_NAME)
    notice: list[QLabel] = []
    try:
        settings, db = bootstrap.open_database(
            settings, backup=True, before_upgrade=lambda: notice.append(_upgrade_notice())
        )
    except Exception as error:  # noqa: BLE001 - any failure here is told in French
        log.exception("ouverture de la base impossible")
        _database_error(error, log_file)
        return 1
    finally:
        for label in notice:
            label.close()
    install_excepthook(log_file)
    log.info("%s %s démarre sur %s", APP_NAME, __version__, db.describe())
    bootstrap.start_daily_backup(settings, db)
    ctx = ServiceContext(db)
    code = ""
    if not users.has_users(ctx):
        first_run = FirstRunDialog(ctx)
        if first_run.exec() != QDialog.DialogCode.Accepted:
            return 0
        code = first_run.admin_code
        offer_demo(ctx)
    try:
        while True:
            signed_in = sign_in(ctx, db.describe(), code)
            if signed_in is None:
                return 0
            window = create_main_window(signed_in, db.describe(), log_file)
            window.showMaximized()  # the office's screens are 1366×768: all of it (issue 12)
            app.exec()
            if not window.logged_out:
                return 0
            assert signed_in.actor is not None
            code = signed_in.actor.code
            window.deleteLater()
    finally:
        db.dispose()
