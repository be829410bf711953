"""Opening the portfolio: settings → folders → database → migrations (composition root)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from desktop_app.logs import configure_logging
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import automatic_backup, daily_backup
from desktop_app.persistence.database import Database
from desktop_app.services.context import ServiceContext
from desktop_app.settings import Settings, ensure_dirs, load_settings

log = logging.getLogger(__name__)


def open_database(
    settings: Settings | None = None,
    *,
    backup: bool = False,
    before_upgrade: Callable[[], None] | None = None,
) -> tuple[Settings, Database]:
    """Create or upgrade the database; with ``backup``, copy the SQLite file first when an
    upgrade is about to run (the day's copy is taken apart: ``start_daily_backup``).
    ``before_upgrade`` is called when an upgrade is about to run (it may take a while on a
    large portfolio: the window says so)."""
    settings = settings or load_settings()
    ensure_dirs(settings)
    configure_logging(settings.log_dir)
    db = Database(settings.database_url)
    existed = db.sqlite_path is not None and db.sqlite_path.is_file()
    upgrading = migrate.needs_upgrade(db)
    if backup and upgrading and existed and db.sqlite_path is not None:
        made = automatic_backup(db.sqlite_path, settings.backups_dir, settings.backups_kept)
        if made:
            log.info("sauvegarde avant mise à jour : %s", made)
    if before_upgrade is not None and upgrading:
        before_upgrade()
    if migrate.upgrade(db):
        log.info("base de données mise à jour (%s)", db.describe())
    from desktop_app.services.administration.reference import seed_reference_data
    from desktop_app.services.context import SYSTEM_ACTOR

    seed_reference_data(ServiceContext(db, SYSTEM_ACTOR))
    return settings, db


def take_daily_backup(settings: Settings, db: Database) -> None:
    """The day's copy of a SQLite portfolio, if not taken yet (D22); a failure is logged,
    never raised: the clerks go on working."""
    if db.sqlite_path is None:
        return
    try:
        made = daily_backup(db.sqlite_path, settings.backups_dir, settings.backups_kept)
    except Exception:  # noqa: BLE001 - a backup never stops the office's work
        log.exception("sauvegarde du jour impossible")
        return
    if made:
        log.info("sauvegarde du jour : %s", made)


def start_daily_backup(settings: Settings, db: Database) -> threading.Thread:
    """The day's copy in the background, while the clerk signs in (a 800 MB portfolio takes
    seconds to copy: the start does not wait for it)."""
    thread = threading.Thread(
        target=take_daily_backup, args=(settings, db), name="sauvegarde-du-jour", daemon=True
    )
    thread.start()
    return thread


def anonymous_context(db: Database) -> ServiceContext:
    return ServiceContext(db)
