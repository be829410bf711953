"""Opening an issued policy of 2 000 persons in the policy editor, painted (issue 8: ≤ 0.5 s
and ≤ 200 MB), then switching to its « Assurés » tab, painted (issue 13: ≤ 0.3 s).
Builds a fresh SQLite file with the issued policy through the services (as
``bench_endorsement``), then, in a fresh process (so the memory figure is the editor's, not
the builder's), opens the policy ``--runs`` times; the floor is a bare QWidget shown in
the same process.

    python bench/bench_open_policy.py [--persons 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _build(path: Path, persons: int) -> None:
    from bench_endorsement import _office, _person

    from desktop_app.persistence import migrate
    from desktop_app.persistence.database import Database, sqlite_url
    from desktop_app.services.production import issue, members

    db = Database(sqlite_url(path))
    migrate.upgrade(db)
    clerk, pid = _office(db)
    for n in range(persons):
        members.save_person(clerk, _person(pid, n))
    issue.issue_policy(clerk, pid)
    print(f"policy {pid} of {persons} persons issued in {path}")


def _measure(path: Path, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app.persistence.database import Database, sqlite_url
    from desktop_app.services.administration import users
    from desktop_app.services.context import ServiceContext
    from desktop_app.ui.bus import AppBus
    from desktop_app.ui.production.policy_editor import PolicyEditor

    app = QApplication.instance() or QApplication([])
    began = time.perf_counter()
    bare = QWidget()
    bare.resize(1366, 705)
    bare.show()
    bare.repaint()
    app.processEvents()
    floor = time.perf_counter() - began

    db = Database(sqlite_url(path))
    anon = ServiceContext(db)
    clerk = users.login(anon, "prod", "motdepasse1")
    clerk = replace(clerk)
    bus = AppBus(clerk)
    rss0 = _rss_mb()
    opens, tabs = [], []
    editor = PolicyEditor(bus)
    editor.resize(1366, 705)
    editor.show()
    for _ in range(runs):
        began = time.perf_counter()
        editor.open_policy(1)
        editor.repaint()
        app.processEvents()
        opens.append(time.perf_counter() - began)
        began = time.perf_counter()
        editor.tabs.setCurrentWidget(editor.persons)
        editor.repaint()
        app.processEvents()
        tabs.append(time.perf_counter() - began)
    rss = _rss_mb() - rss0
    print(f"floor: a bare 1366×705 window shown and painted: {floor * 1000:.0f} ms")
    print(
        f"open the issued policy, painted: median {statistics.median(opens) * 1000:.0f} ms "
        f"(runs {', '.join(f'{t * 1000:.0f}' for t in opens)}; first {opens[0] * 1000:.0f} ms)"
    )
    print(
        f"switch to « Assurés », painted: median {statistics.median(tabs) * 1000:.0f} ms "
        f"(runs {', '.join(f'{t * 1000:.0f}' for t in tabs)})"
    )
    print(f"memory: +{rss:.0f} MB resident for the editor ({_rss_mb():.0f} MB in all)")
    print("targets: open ≤ 500 ms and ≤ 200 MB; « Assurés » ≤ 300 ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="an existing file built by this script")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        _measure(args.db, args.runs)
        return
    path = args.db
    if path is None or not path.exists():
        path = path or Path(tempfile.mkdtemp(prefix="bench-open-")) / "bench.db"
        _build(path, args.persons)
    subprocess.run(
        [sys.executable, __file__, "--measure", "--db", str(path), "--runs", str(args.runs)],
        check=True,
    )


if __name__ == "__main__":
    main()
