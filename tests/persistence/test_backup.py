"""Backups of the embedded database (issue 2, part 10): a copy at every start keeping the
last 10, and the administrator's ``backup`` / ``restore`` verbs, which refuse a file that
is not one of this program's databases and never damage the live one."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.bootstrap import open_database
from desktop_app.persistence.backup import (
    PREFIX,
    SUFFIX,
    automatic_backup,
    daily_backup,
    list_backups,
    list_safety_copies,
    prune,
)
from desktop_app.persistence.database import Database, sqlite_url
from desktop_app.persistence.unit_of_work import unit_of_work
from desktop_app.settings import DB_FILE_NAME, Settings, load_settings
from tests.persistence.conftest import new_subscriber

REPO = Path(__file__).resolve().parents[2]


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM subscribers")}
    finally:
        conn.close()


def _add(db: Database, name: str) -> None:
    with unit_of_work(db) as session:
        session.add(new_subscriber(name))


def _settings(home: Path) -> Settings:
    return load_settings({"PORTEFEUILLE_SANTE_HOME": str(home)})


def test_no_backup_before_the_database_exists(tmp_path: Path) -> None:
    settings, db = open_database(_settings(tmp_path), backup=True)
    db.dispose()
    assert (tmp_path / DB_FILE_NAME).is_file()
    assert list_backups(settings.backups_dir) == []


def test_the_days_copy_is_taken_once_a_day_and_the_last_ten_are_kept(tmp_path: Path) -> None:
    """D22: one copy a day (the first start of the day), the newest ten kept: twelve days
    of work leave the last ten days' copies, each with what was there that morning."""
    settings, db = open_database(_settings(tmp_path))
    source, folder = tmp_path / DB_FILE_NAME, settings.backups_dir
    first = datetime(2026, 12, 1, 8, 0)
    for day in range(12):
        morning = first + timedelta(days=day)
        made = daily_backup(source, folder, keep=10, now=morning)
        assert made is not None
        again = daily_backup(source, folder, keep=10, now=morning + timedelta(hours=5))
        assert again is None  # the second start of the day copies nothing
        _add(db, f"day {day}")
    db.dispose()
    backups = list_backups(folder)
    assert len(backups) == 10
    assert _names(backups[0]) == {f"day {i}" for i in range(11)}
    assert _names(backups[-1]) == {f"day {i}" for i in range(2)}
    assert all(b.name.startswith(PREFIX) for b in backups)


def test_a_copy_cut_short_never_counts_and_is_cleared(tmp_path: Path) -> None:
    settings, db = open_database(_settings(tmp_path))
    db.dispose()
    folder = settings.backups_dir
    folder.mkdir(parents=True, exist_ok=True)
    cut = folder / f"{PREFIX}20261208-080000-000000{SUFFIX}.partial"
    cut.write_bytes(b"half a copy")
    assert list_backups(folder) == []
    made = daily_backup(tmp_path / DB_FILE_NAME, folder, now=datetime(2026, 12, 8, 9, 0))
    assert made is not None and list_backups(folder) == [made] and not cut.exists()


def test_the_start_copies_before_an_upgrade_and_the_day_in_the_background(
    tmp_path: Path,
) -> None:
    """D22: a start that upgrades the schema copies the file first, synchronously; any
    other start copies nothing before the window, and the day's copy is taken by a
    background thread."""
    from alembic import command

    from desktop_app.bootstrap import start_daily_backup
    from desktop_app.persistence import migrate

    settings = _settings(tmp_path)
    db = Database(settings.database_url)
    command.upgrade(migrate.alembic_config(db), "0008")  # an older program's database
    db.dispose()
    settings, db = open_database(settings, backup=True)
    (before_upgrade,) = list_backups(settings.backups_dir)
    db.dispose()
    settings, db = open_database(settings, backup=True)
    assert list_backups(settings.backups_dir) == [before_upgrade]  # no upgrade, no copy
    start_daily_backup(settings, db).join(timeout=30)
    db.dispose()
    assert len(list_backups(settings.backups_dir)) == 1  # today's copy exists already


def test_pruning_keeps_the_newest_by_date(tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    sqlite3.connect(source).close()
    folder = tmp_path / "backups"
    first = datetime(2026, 1, 31, 23, 59, 59)
    made = [
        automatic_backup(source, folder, keep=100, now=first + timedelta(hours=h)) for h in range(5)
    ]
    prune(folder, keep=2)
    assert list_backups(folder) == [made[4], made[3]]
    assert made[4] is not None and made[4].name == "portefeuille-20260201-035959-000000.db"


def test_a_backup_taken_while_writing_is_consistent(tmp_path: Path) -> None:
    """The online backup API copies a snapshot, WAL included, while a transaction is open."""
    settings, db = open_database(_settings(tmp_path))
    _add(db, "committed")
    with unit_of_work(db) as session:
        session.add(new_subscriber("not yet committed"))
        session.flush()
        made = automatic_backup(tmp_path / DB_FILE_NAME, settings.backups_dir)
    db.dispose()
    assert made is not None
    assert _names(made) == {"committed"}


# --- the administrator's verbs, as a separate process --------------------------------


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PORTEFEUILLE_SANTE_HOME": str(home), "PORTEFEUILLE_FAST_HASH": "1"}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data folder whose database holds one subscriber, ``avant``."""
    folder = tmp_path / "home"
    assert _cli(folder, "upgrade").returncode == 0
    db = Database(sqlite_url(folder / DB_FILE_NAME))
    _add(db, "avant")
    db.dispose()
    return folder


def test_backup_then_restore_brings_the_old_data_back(home: Path, tmp_path: Path) -> None:
    saved = tmp_path / "sauvegarde du 21-11.db"
    done = _cli(home, "backup", "--out", str(saved))
    assert done.returncode == 0, done.stderr
    assert str(saved) in done.stdout
    live = home / DB_FILE_NAME
    db = Database(sqlite_url(live))
    _add(db, "après")
    db.dispose()
    assert _names(live) == {"avant", "après"}

    done = _cli(home, "restore", str(saved))

    assert done.returncode == 0, done.stderr
    assert _names(live) == {"avant"}  # what was written after the backup is gone…
    (safety,) = list_safety_copies(home / "backups")
    assert _names(safety) == {"avant", "après"}  # …but kept in the pre-restore copy
    assert str(safety) in done.stdout


def test_the_pre_restore_copy_outlives_the_automatic_backups(home: Path, tmp_path: Path) -> None:
    saved = tmp_path / "sauvegarde.db"
    assert _cli(home, "backup", "--out", str(saved)).returncode == 0
    assert _cli(home, "restore", str(saved)).returncode == 0
    settings = _settings(home)
    for day in range(12):
        daily_backup(home / DB_FILE_NAME, settings.backups_dir, now=datetime(2027, 1, 1 + day))
    assert len(list_backups(settings.backups_dir)) == 10
    assert len(list_safety_copies(settings.backups_dir)) == 1


def test_backup_without_out_goes_to_the_backups_folder(home: Path) -> None:
    done = _cli(home, "backup")
    assert done.returncode == 0, done.stderr
    (made,) = list_backups(home / "backups")
    assert _names(made) == {"avant"}


def _refused(home: Path, bad: Path, message: str) -> None:
    live = home / DB_FILE_NAME
    before = _names(live)
    done = _cli(home, "restore", str(bad))
    assert done.returncode == 2, done.stdout + done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert _names(live) == before  # the live database is untouched
    assert list_safety_copies(home / "backups") == []  # nothing was replaced, nothing to save
    assert _cli(home, "upgrade").returncode == 0  # and the program still starts


def test_restoring_a_file_that_is_not_a_database_is_refused(home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "facture.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"x" * 4096)
    _refused(home, bad, "facture.pdf n'est pas une base de données SQLite.")


def test_restoring_another_programs_database_is_refused(home: Path, tmp_path: Path) -> None:
    foreign = tmp_path / "compta.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE ecritures (id INTEGER PRIMARY KEY, montant INTEGER)")
    conn.commit()
    conn.close()
    _refused(home, foreign, "compta.db n'est pas une sauvegarde de Portefeuille Santé.")


def test_restoring_a_missing_file_is_refused(home: Path, tmp_path: Path) -> None:
    _refused(home, tmp_path / "absent.db", "n'existe pas")


def test_restoring_a_backup_from_a_newer_version_is_refused(home: Path, tmp_path: Path) -> None:
    """Replacing the live database with one this program cannot open would stop the
    office until someone finds the pre-restore copy."""
    newer = tmp_path / "sauvegarde-v9.db"
    assert _cli(home, "backup", "--out", str(newer)).returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    _refused(home, newer, "sauvegarde-v9.db vient d'une version plus récente de Portefeuille Santé")


def test_restoring_a_backup_without_its_schema_version_is_refused(
    home: Path, tmp_path: Path
) -> None:
    """Issue 11: a backup whose alembic_version is empty was restored, then nothing
    started and restoring the safety copy failed too."""
    empty = tmp_path / "sans-version.db"
    assert _cli(home, "backup", "--out", str(empty)).returncode == 0
    conn = sqlite3.connect(empty)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    _refused(home, empty, "ne dit pas sa version de schéma")


def test_restoring_the_live_database_onto_itself_is_refused(home: Path) -> None:
    _refused(home, home / DB_FILE_NAME, "est la base en service")


def test_the_window_is_told_only_when_an_upgrade_runs(tmp_path: Path) -> None:
    """A first start after a new version may migrate a large portfolio for seconds: the
    window shows a notice then, and only then (app.run_gui)."""
    told: list[str] = []
    _, db = open_database(_settings(tmp_path), before_upgrade=lambda: told.append("upgrade"))
    db.dispose()
    assert told == ["upgrade"]  # a new database is created by the migrations
    _, db = open_database(_settings(tmp_path), before_upgrade=lambda: told.append("again"))
    db.dispose()
    assert told == ["upgrade"]
