"""One demo portfolio per test module, built once in a template database: read-only checks
share one copy of it, a test that writes gets a fresh copy of its own.

A copy is a file copy on SQLite and ``CREATE DATABASE … TEMPLATE`` on PostgreSQL (the
template is never connected to after the build, as PostgreSQL requires).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_app.demo.load import DemoReport, load_demo
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database, sqlite_url
from tests.conftest import ON_POSTGRES, PG_URL

TODAY = date(2026, 11, 21)
SIZE, SEED = 200, 7


class _Copies:
    """A template database and the copies made of it, all removed at the end."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory, empty_sqlite: Path | None):
        self._databases: list[Database] = []
        self._names: list[str] = []
        if ON_POSTGRES:
            self._server = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
            self.template = self._create(f"pst_demo_{uuid.uuid4().hex[:10]}")
        else:
            assert empty_sqlite is not None
            self._folder = tmp_path_factory.mktemp("demo")
            self.template = str(self._folder / "template.db")
            shutil.copyfile(empty_sqlite, self.template)

    def _create(self, name: str, template: str | None = None) -> str:
        clause = f' TEMPLATE "{template}"' if template else ""
        with self._server.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        self._names.append(name)
        return name

    def _url(self, name: str) -> str:
        if ON_POSTGRES:
            return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        return sqlite_url(Path(name))

    def build(self, fill: Callable[[Database], DemoReport]) -> DemoReport:
        database = Database(self._url(self.template))
        if ON_POSTGRES:
            migrate.upgrade(database)
        try:
            return fill(database)
        finally:
            database.dispose()  # closes every connection: SQLite checkpoints its WAL
            if not ON_POSTGRES:
                assert not Path(self.template + "-wal").exists()

    def copy(self) -> Database:
        if ON_POSTGRES:
            name = self._create(f"{self.template}_{len(self._names)}", self.template)
        else:
            name = str(self._folder / f"copy_{len(self._databases)}.db")
            shutil.copyfile(self.template, name)
        database = Database(self._url(name))
        self._databases.append(database)
        return database

    def close(self) -> None:
        for database in self._databases:
            database.dispose()
        if ON_POSTGRES:
            with self._server.connect() as conn:
                for name in reversed(self._names):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            self._server.dispose()


@dataclass(frozen=True)
class SharedDemo:
    """The demo of ``SIZE`` persons, seed ``SEED``, loaded through the ORM on ``TODAY``."""

    db: Database  # read-only: a test that writes asks for ``demo_copy``
    report: DemoReport
    progress: list[str]  # the lines the load reported
    copy: Callable[[], Database]


@pytest.fixture(scope="module")
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SharedDemo]:
    empty = None if ON_POSTGRES else request.getfixturevalue("_sqlite_template")
    copies = _Copies(tmp_path_factory, empty)
    try:
        lines: list[str] = []
        report = copies.build(
            lambda db: load_demo(
                db, size=SIZE, seed=SEED, today=TODAY, progress=lines.append, endorsements=False
            )
        )
        yield SharedDemo(copies.copy(), report, lines, copies.copy)
    finally:
        copies.close()


@pytest.fixture
def demo_copy(demo: SharedDemo) -> Database:
    """A copy of the shared demo that this test may change."""
    return demo.copy()
