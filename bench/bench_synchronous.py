"""What a commit that survives a power cut costs (issue 11, D23): ``synchronous=FULL``
against the former ``NORMAL``, in the same run, on the same disk, through a real service
(``subscribers.save_subscriber``: one unit of work, its audit row, its commit).

    python bench/bench_synchronous.py [--commits 300] [--dir /work/tmp]

Run it on the disk the office uses (not a RAM tmpfs, where fsync is free).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_endorsement import _office  # noqa: E402
from sqlalchemy import event  # noqa: E402

from desktop_app.domain.kinds import SubscriberKind  # noqa: E402
from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.services.production import subscribers  # noqa: E402


def _run(folder: Path, mode: str, commits: int) -> list[float]:
    db = Database(sqlite_url(folder / f"{mode}.db"))

    @event.listens_for(db.engine, "connect")
    def _mode(dbapi_connection: Any, _record: Any) -> None:  # after the program's pragmas
        dbapi_connection.execute(f"PRAGMA synchronous={mode}")

    if db.write_engine is not db.engine:
        event.listen(db.write_engine, "connect", _mode)
    migrate.upgrade(db)
    clerk, _pid = _office(db)
    times = []
    for n in range(commits):
        began = time.perf_counter()
        subscribers.save_subscriber(
            clerk, subscribers.SubscriberData(SubscriberKind.PERSON, f"Souscripteur {n}")
        )
        times.append(time.perf_counter() - began)
    with db.write_engine.connect() as conn:
        seen = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    db.dispose()
    print(
        f"synchronous={mode} (PRAGMA says {seen}): median {statistics.median(times) * 1000:.2f} ms a save"
    )
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=300)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-sync-", dir=args.dir))
    normal = statistics.median(_run(folder, "NORMAL", args.commits))
    full = statistics.median(_run(folder, "FULL", args.commits))
    print(f"FULL / NORMAL: {full / normal:.2f}× ({(full - normal) * 1000:+.2f} ms a commit)")


if __name__ == "__main__":
    main()
