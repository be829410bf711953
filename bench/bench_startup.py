"""Time from a cold process to an interactive main window: ``python bench/bench_startup.py --db FILE``.

Each run spawns ``python -c`` which imports the application, opens the database with
``bootstrap.open_database`` (migrations check), signs the ``bench`` user in (real argon2
cost), builds the window with ``app.create_main_window``, shows it offscreen and
processes events until it is exposed and painted. Prints the total seen by the parent
(spawn → window shown) and the child's breakdown; the median over ``--runs`` cold runs.
Target: under 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_portfolio import BENCH_PASSWORD, BENCH_USER, ensure_bench_user, open_bench_database  # noqa: E402

TARGET_S = 1.5

CHILD = r"""
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name): marks.append((name, time.perf_counter()))
from PySide6.QtWidgets import QApplication
mark("import Qt")
from desktop_app import app as app_module, bootstrap
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
mark("import app")
qt_app = app_module.application([])
mark("QApplication")
settings, db = bootstrap.open_database()
mark("open database + migrations check")
ctx = users.login(ServiceContext(db), sys.argv[1], sys.argv[2])
mark("login")
window = app_module.create_main_window(ctx, db.describe())
mark("build window")
window.show()
while window.windowHandle() is None or not window.windowHandle().isExposed():
    qt_app.processEvents()
qt_app.processEvents()
mark("shown")
print("MARKS " + json.dumps(marks), flush=True)
window.close()
db.dispose()
"""


def run_once(url: str, home: Path, pyc: bool) -> tuple[float, list[tuple[str, float]]]:
    env = dict(
        os.environ,
        DATABASE_URL=url,
        PORTEFEUILLE_SANTE_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    env.pop("PORTEFEUILLE_FAST_HASH", None)  # the real password cost, as a clerk pays it
    if pyc:
        # An installed program runs from compiled bytecode; keep it outside the checkout.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, BENCH_USER, BENCH_PASSWORD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    marks: list[tuple[str, float]] = []
    for line in proc.stdout:
        if line.startswith("MARKS "):
            total = time.perf_counter() - started
            marks = [(name, float(t)) for name, t in json.loads(line[6:])]
            break
    else:
        proc.wait()
        raise SystemExit(f"the child failed:\n{proc.stderr.read() if proc.stderr else ''}")
    proc.communicate(timeout=60)
    return total, marks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="SQLite file (or a postgresql+psycopg:// URL)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-pyc",
        action="store_true",
        help="compile every module at each start (no bytecode cache), as a bare checkout "
        "with PYTHONDONTWRITEBYTECODE=1 does",
    )
    args = parser.parse_args(argv)
    try:
        import desktop_app.app as app_module
    except ImportError as error:
        print(
            f"desktop_app.app is not importable yet ({error}); the script is ready for when it is."
        )
        return 1
    if not hasattr(app_module, "create_main_window"):
        print(
            "desktop_app.app.create_main_window does not exist yet; the script is ready for when it is."
        )
        return 1
    db = open_bench_database(args.db)
    url = db.url
    ensure_bench_user(db)
    print(db.describe())
    db.dispose()
    totals: list[float] = []
    steps: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home:
        if not args.no_pyc:
            warm, _ = run_once(url, Path(home), pyc=True)
            print(f"warm-up run (writes the bytecode cache, not counted): {warm:.2f} s")
        for i in range(args.runs):
            total, marks = run_once(url, Path(home), pyc=not args.no_pyc)
            totals.append(total)
            breakdown = []
            for (_prev, t0), (name, t1) in zip(marks, marks[1:], strict=False):
                steps.setdefault(name, []).append(t1 - t0)
                breakdown.append(f"{name} {1000 * (t1 - t0):.0f}")
            interpreter = total - (marks[-1][1] - marks[0][1])
            steps.setdefault("interpreter start (parent − child)", []).append(interpreter)
            print(
                f"run {i + 1}: {total:.2f} s  (interpreter {1000 * interpreter:.0f} ms; "
                + "; ".join(breakdown)
                + " ms)"
            )
    median = statistics.median(totals)
    print(
        f"median over {args.runs} cold starts: {median:.2f} s — target {TARGET_S} s: "
        f"{'ok' if median < TARGET_S else 'MISS'}"
    )
    for name, values in steps.items():
        print(f"  {name:<36} {1000 * statistics.median(values):7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
