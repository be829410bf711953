"""Backups of the SQLite file with SQLite's online backup API (issue 2, part 10).

The online API copies a consistent snapshot even while the program writes, WAL included.
A PostgreSQL portfolio is backed up by the server's own tools (pg_dump), not here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import DomainError

PREFIX = "portefeuille-"
SUFFIX = ".db"
# The copy taken before a restore is named apart, so the automatic backups' pruning
# never removes the only copy of what the restore replaced.
SAFETY_PREFIX = "avant-restauration-"


def backup_sqlite(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")


def automatic_backup(
    source: Path, folder: Path, keep: int = 10, now: datetime | None = None
) -> Path | None:
    """A timestamped copy in ``folder``, keeping the newest ``keep``. None if no database yet."""
    if not source.is_file():
        return None
    target = backup_sqlite(source, folder / f"{PREFIX}{_stamp(now)}{SUFFIX}")
    prune(folder, keep)
    return target


PARTIAL = ".partial"


def daily_backup(
    source: Path, folder: Path, keep: int = 10, now: datetime | None = None
) -> Path | None:
    """The day's copy, taken once a day (D22): None when today's exists or there is no
    database yet. Written under a temporary name and renamed when complete, so a copy cut
    short (the program closed, a power cut) never counts as a backup."""
    if not source.is_file():
        return None
    day = (now or datetime.now()).strftime("%Y%m%d")
    if any(b.name.startswith(f"{PREFIX}{day}-") for b in list_backups(folder)):
        return None
    for left in folder.glob(f"*{PARTIAL}") if folder.is_dir() else ():
        left.unlink(missing_ok=True)
    target = folder / f"{PREFIX}{_stamp(now)}{SUFFIX}"
    partial = backup_sqlite(source, target.with_name(target.name + PARTIAL))
    partial.replace(target)
    prune(folder, keep)
    return target


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True) if folder.is_dir() else []


def prune(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)


def list_safety_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{SAFETY_PREFIX}*{SUFFIX}"), reverse=True) if folder.is_dir() else []


def check_backup_file(path: Path, known_revisions: Collection[str] | None = None) -> None:
    """Refuse a file that is not a sound backup of this program's database, or (given the
    revisions this program knows) one written by a newer version of the program."""
    if not path.is_file():
        raise DomainError(f"Le fichier {path} n'existe pas.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = (
                (conn.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0]
                if "alembic_version" in tables
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise DomainError(f"{path.name} n'est pas une base de données SQLite.") from None
    if ok != "ok":
        raise DomainError(f"{path.name} est endommagé (contrôle d'intégrité : {ok}).")
    if "alembic_version" not in tables or "users" not in tables:
        raise DomainError(f"{path.name} n'est pas une sauvegarde de Portefeuille Santé.")
    if not revision:  # nothing could start on it, not even the restore of the safety copy
        raise DomainError(
            f"{path.name} ne dit pas sa version de schéma (table alembic_version vide) : ce "
            "n'est pas une sauvegarde complète de Portefeuille Santé."
        )
    if known_revisions is not None and revision is not None and revision not in known_revisions:
        raise DomainError(
            f"{path.name} vient d'une version plus récente de Portefeuille Santé (révision "
            f"{revision}) : installez cette version du programme pour la restaurer."
        )


def restore_sqlite(
    backup: Path, live: Path, safety_folder: Path, known_revisions: Collection[str] | None = None
) -> Path | None:
    """Replace the live database by ``backup``; the current one is saved first."""
    check_backup_file(backup, known_revisions)
    if backup.resolve() == live.resolve():
        raise DomainError(f"{backup.name} est la base en service : choisissez une sauvegarde.")
    safety = None
    if live.is_file():
        safety = backup_sqlite(live, safety_folder / f"{SAFETY_PREFIX}{_stamp(None)}{SUFFIX}")
    backup_sqlite(backup, live)
    return safety
