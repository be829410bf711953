"""``self-check``: proves that a build (frozen or installed) carries everything it needs.

Each step prints one line; the last line is ``OK`` only when every step passed. It runs
without a window, and without touching the user's data (a temporary database is used).
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.paths import migrations_dir, resource

Say = Callable[[str], None]

# The modules a clerk's work reaches; a frozen build that lost one fails here, not at a desk.
REQUIRED_MODULES = (
    "PySide6.QtWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtPdf",
    "PySide6.QtCharts",
    "reportlab.pdfgen.canvas",
    "openpyxl",
    "lxml.etree",
    "segno",
    "argon2",
    "psycopg",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.command",
)
REQUIRED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def _check_migrations() -> str:
    folder = migrations_dir()
    scripts = sorted((folder / "versions").glob("*.py"))
    if not (folder / "env.py").is_file() or not scripts:
        raise RuntimeError(f"migrations introuvables dans {folder}")
    return f"{len(scripts)} migrations dans {folder}"


def _check_fonts() -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    for name in REQUIRED_FONTS:
        path = resource("fonts", name)
        if not path.is_file():
            raise RuntimeError(f"police introuvable : {path}")
        TTFont(Path(name).stem, str(path))  # parses the file: a truncated font fails here
    return f"polices dans {resource('fonts')}"


def _check_modules() -> str:
    for name in REQUIRED_MODULES:
        importlib.import_module(name)
    import psycopg

    return f"{len(REQUIRED_MODULES)} modules (psycopg {psycopg.pq.__impl__})"


def _check_database() -> str:
    from desktop_app.persistence import migrate
    from desktop_app.persistence.database import Database, sqlite_url

    # ignore_cleanup_errors: Windows may hold the file a moment after the engine is closed.
    with tempfile.TemporaryDirectory(prefix="pst-selfcheck-", ignore_cleanup_errors=True) as tmp:
        db = Database(sqlite_url(Path(tmp) / "selfcheck.db"))
        try:
            migrate.upgrade(db)
            current, head = migrate.current_revision(db), migrate.head_revision(db)
        finally:
            db.dispose()
    if current != head:
        raise RuntimeError(f"révision {current}, attendu {head}")
    return f"base SQLite temporaire créée et migrée (révision {head})"


def _check_qt() -> str:
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    return f"Qt démarre (plateforme {app.platformName()})"  # type: ignore[attr-defined]


STEPS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("Migrations", _check_migrations),
    ("Polices", _check_fonts),
    ("Modules", _check_modules),
    ("Base de données", _check_database),
    ("Interface", _check_qt),
)


def self_check(say: Say) -> int:
    """Run every step, print each result; 0 and a last line ``OK`` when all passed."""
    frozen = "exécutable autonome" if getattr(sys, "frozen", False) else "Python"
    say(f"{APP_NAME} {__version__} ({frozen} {sys.version.split()[0]}, {sys.platform})")
    failures = 0
    for label, step in STEPS:
        try:
            say(f"{label} : {step()}")
        except Exception as error:  # noqa: BLE001 — every failure is reported, then counted
            failures += 1
            say(f"{label} : ÉCHEC — {type(error).__name__}: {error}")
    if failures:
        say(f"ÉCHEC : {failures} vérification(s) en erreur")
        return 1
    say("OK")
    return 0
