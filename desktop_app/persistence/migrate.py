"""Runs Alembic at start-up: the only way the schema changes (architecture.md).

Importing Alembic costs more than half a second, so the everyday check — is the schema
already at the newest revision? — reads the ``alembic_version`` table and the revision
files directly; Alembic is imported only when there is something to apply.
"""

from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from desktop_app.domain.errors import DomainError
from desktop_app.paths import migrations_dir
from desktop_app.persistence.database import Database

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(
            text("SELECT version_num FROM alembic_version")
        ).scalar_one_or_none()


@lru_cache(maxsize=4)
def _revision_graph(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(all revisions, revisions some other revision builds on), read from the files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ):
                name = node.targets[0].id
                if name not in ("revision", "down_revision"):
                    continue
                value = ast.literal_eval(node.value)
                values = value if isinstance(value, tuple | list) else [value]
                (revisions if name == "revision" else parents).update(v for v in values if v)
    return frozenset(revisions), frozenset(parents)


def known_revisions(db: Database | None = None) -> frozenset[str]:
    """Every revision this version of the program knows."""
    return _revision_graph(migrations_dir() / "versions")[0]


def head_revision(db: Database | None = None) -> str | None:
    revisions, parents = _revision_graph(migrations_dir() / "versions")
    heads = sorted(revisions - parents)
    if len(heads) > 1:
        raise DomainError(
            f"Les migrations ont plusieurs têtes ({', '.join(heads)}) : installation défectueuse."
        )
    return heads[0] if heads else None


def newer_version_message(what: str, revision: str) -> str:
    return (
        f"{what} vient d'une version plus récente de Portefeuille Santé (révision {revision}) : "
        "installez cette version du programme pour l'ouvrir."
    )


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision(db)


def upgrade(db: Database) -> bool:
    """Bring the schema to the newest revision. Returns True when something was applied.

    A database written by a newer program is refused in French, untouched, instead of
    failing inside Alembic.
    """
    current = current_revision(db)
    if current == head_revision(db):
        return False
    if current is not None and current not in known_revisions(db):
        raise DomainError(newer_version_message("La base de données", current))
    from alembic import command

    config = alembic_config(db)
    with db.write_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True
