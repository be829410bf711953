"""Where an export may write (issue 11): never over the live database or any SQLite file
(a backup), never over a folder or a device; over another existing file only when the user
said so (the window's save dialog asks; the command line needs ``--force``)."""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app.domain.errors import DomainError
from desktop_app.services.context import ServiceContext

SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_target(ctx: ServiceContext, target: object, *, replace: bool) -> None:
    """Refuse in French a place an export must not write to (a stream is not a place)."""
    if not isinstance(target, str | os.PathLike):
        return
    path = Path(target)
    live = ctx.db.sqlite_path
    if live is not None:
        resolved = path.resolve()
        names = {
            live.resolve(),
            *(live.resolve().with_name(live.name + s) for s in ("-wal", "-shm")),
        }
        if resolved in names:
            raise DomainError(
                f"{path} est la base de données en service : choisissez un autre fichier."
            )
    if not path.exists():
        if not path.parent.is_dir():
            raise DomainError(f"Le dossier {path.parent} n'existe pas.")
        return
    if not path.is_file():
        raise DomainError(f"{path} n'est pas un fichier : choisissez un fichier .xlsx.")
    if _is_sqlite(path):
        raise DomainError(
            f"{path} est une base de données (une sauvegarde ?) : elle ne sera pas remplacée "
            "par un tableau."
        )
    if not replace:
        raise DomainError(
            f"{path} existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre nom."
        )
