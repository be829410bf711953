"""Owner-only files (issue 11): the portfolio, its WAL, its backups, settings.json and the
logs are created readable by their owner only, and what an earlier version left readable
by everyone is tightened at the next start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop_app.bootstrap import open_database, take_daily_backup
from desktop_app.persistence.backup import list_backups
from desktop_app.persistence.unit_of_work import unit_of_work
from desktop_app.settings import DB_FILE_NAME, load_settings
from tests.persistence.conftest import new_subscriber

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_file_of_the_portfolio_is_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # as a desktop session starts the program
    try:
        home = tmp_path / "home"
        home.mkdir(mode=0o755)
        (home / "settings.json").write_text("{}", encoding="utf-8")
        os.chmod(home / "settings.json", 0o644)  # left by an earlier version
        settings = load_settings({"PORTEFEUILLE_SANTE_HOME": str(home)})
        _, db = open_database(settings)
        with unit_of_work(db) as session:
            session.add(new_subscriber("Kouassi"))
        take_daily_backup(settings, db)
        (backup,) = list_backups(settings.backups_dir)
        files = [
            home / DB_FILE_NAME,
            home / f"{DB_FILE_NAME}-wal",
            home / "settings.json",
            backup,
            *settings.log_dir.iterdir(),
        ]
        modes = {str(p.relative_to(home)): oct(_mode(p)) for p in files}  # the WAL still open
        db.dispose()
        assert modes == {name: oct(0o600) for name in modes}
        for folder in (home, settings.backups_dir, settings.log_dir):
            assert _mode(folder) == 0o700, folder
    finally:
        os.umask(old)
