"""Screen language and French formats (style.md: French source texts, English translation).

The source texts are French; ``en`` loads ``resources/translations/portefeuille_en.qm``.
Qt's own texts (standard buttons, context menus) come from Qt's ``qtbase_<lang>.qm``.
Numbers and dates follow French-speaking Côte d'Ivoire whatever the screen language.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_fcfa
from desktop_app.paths import resource

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("fr", "en")
CATALOGUE = "portefeuille"

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation in ``context``, translated later where it is shown
    (Qt's own returns ``object`` to type checkers)."""
    return source


def office_locale() -> QLocale:
    """fr_CI: ``1 234 567``, ``31/12/2026``."""
    return QLocale(QLocale.Language.French, QLocale.Country.IvoryCoast)


def set_default_locale() -> None:
    QLocale.setDefault(office_locale())


def install_translators(language: str) -> list[str]:
    """Install the catalogues for ``language`` (``fr`` default); return those loaded.

    Any translators installed by an earlier call are removed first, so a test or a
    settings change can switch language and back.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    remove_translators()
    language = language if language in SUPPORTED_LANGUAGES else "fr"
    loaded: list[str] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"qtbase_{language}", qt_folder)]
    if language != "fr":
        wanted.append((f"{CATALOGUE}_{language}", str(resource("translations"))))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        elif not name.startswith("qtbase_"):
            log.warning("traduction introuvable : %s dans %s", name, folder)
    return loaded


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()


def show_date(day: date | None) -> str:
    """``31/12/2026`` (empty for no date)."""
    return format_date(day)


def show_fcfa(amount: int | None) -> str:
    """``1 234 567 FCFA`` (empty for no amount)."""
    return "" if amount is None else format_fcfa(amount)
