"""Opening the portfolio: settings → folders → database → migrations (composition root)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop_app.logs import configure_logging
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import automatic_backup
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
    """Create or upgrade the database; with ``backup``, copy the SQLite file first.
    ``before_upgrade`` is called when an upgrade is about to run (it may take a while on a
    large portfolio: the window says so)."""
    settings = settings or load_settings()
    ensure_dirs(settings)
    configure_logging(settings.log_dir)
    db = Database(settings.database_url)
    if backup and db.sqlite_path is not None:
        made = automatic_backup(db.sqlite_path, settings.backups_dir, settings.backups_kept)
        if made:
            log.info("sauvegarde automatique : %s", made)
    if before_upgrade is not None and migrate.needs_upgrade(db):
        before_upgrade()
    if migrate.upgrade(db):
        log.info("base de données mise à jour (%s)", db.describe())
    from desktop_app.services.administration.reference import seed_reference_data
    from desktop_app.services.context import SYSTEM_ACTOR

    seed_reference_data(ServiceContext(db, SYSTEM_ACTOR))
    return settings, db


def anonymous_context(db: Database) -> ServiceContext:
    return ServiceContext(db)
