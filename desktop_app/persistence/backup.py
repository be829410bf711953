"""Backups of the SQLite file with SQLite's online backup API (issue 2, part 10).

The online API copies a consistent snapshot even while the program writes, WAL included.
A PostgreSQL portfolio is backed up by the server's own tools (pg_dump), not here.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import DomainError

PREFIX = "portefeuille-"
SUFFIX = ".db"


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


def automatic_backup(source: Path, folder: Path, keep: int = 10, now: datetime | None = None) -> Path | None:
    """A timestamped copy in ``folder``, keeping the newest ``keep``. None if no database yet."""
    if not source.is_file():
        return None
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    target = backup_sqlite(source, folder / f"{PREFIX}{stamp}{SUFFIX}")
    prune(folder, keep)
    return target


def list_backups(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True) if folder.is_dir() else []


def prune(folder: Path, keep: int) -> None:
    for old in list_backups(folder)[keep:]:
        old.unlink(missing_ok=True)


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not a sound backup of this program's database."""
    if not path.is_file():
        raise DomainError(f"Le fichier {path} n'existe pas.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise DomainError(f"{path.name} n'est pas une base de données SQLite.") from None
    if ok != "ok":
        raise DomainError(f"{path.name} est endommagé (contrôle d'intégrité : {ok}).")
    if "alembic_version" not in tables or "users" not in tables:
        raise DomainError(f"{path.name} n'est pas une sauvegarde de Portefeuille Santé.")


def restore_sqlite(backup: Path, live: Path, safety_folder: Path) -> Path | None:
    """Replace the live database by ``backup``; the current one is saved first."""
    check_backup_file(backup)
    safety = automatic_backup(live, safety_folder, keep=10_000) if live.is_file() else None
    backup_sqlite(backup, live)
    return safety
