"""Runs Alembic at start-up: the only way the schema changes (architecture.md).

Importing Alembic costs more than half a second, so the everyday check — is the schema
already at the newest revision? — reads the ``alembic_version`` table and the revision
files directly; Alembic is imported only when there is something to apply.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

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
    with migration_connection(db) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


@contextmanager
def migration_connection(db: Database) -> Iterator[Connection]:
    """One transaction for the migrations, with SQLite's foreign keys off while it runs.

    A « move and copy » of a SQLite table (Alembic's batch mode) drops the old table; with
    foreign keys on, that drop deletes the rows of its children first where they cascade
    (SQLite's documented ALTER TABLE procedure turns them off for this reason). They are
    turned off before the transaction (the pragma is ignored inside one), every reference
    is checked before the commit (``PRAGMA foreign_key_check``), and they are turned on
    again after, whatever happened."""
    with db.write_engine.connect() as connection:
        raw = connection.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                if raw is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration: références rompues {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
