"""Renewal of every policy due (issue 8: ≤ 120 s on the 200 000-person demo, with
progress). Prints the dry run and the real batch, per policy and per person, beside a
floor: the same rows written by plain set-based SQL through ``sqlite3`` (close every term,
one new term and one quittance line per person, every person's premium updated) on
another copy of the file, in one transaction. The ratio says what the per-policy units of
work, the numbering, the audit and the documents cost over the bare writes.

    python bench/bench_renewal.py --db /tmp/bench/p200k.db [--year 2027]

The file is copied first (the copy is upgraded to the current schema if needed); the
original is not changed.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.services.context import SYSTEM_ACTOR, ServiceContext  # noqa: E402
from desktop_app.services.production.renewal_batch import renew_all  # noqa: E402


def _floor(path: Path, year: int) -> float:
    start = f"{year}-01-01"
    conn = sqlite3.connect(path)
    began = time.perf_counter()
    with conn:
        conn.execute(
            "UPDATE person_terms SET stop = ? WHERE start < ? AND (stop IS NULL OR stop > ?)",
            (start, start, start),
        )
        conn.execute(
            "INSERT INTO person_terms (person_id, policy_id, start, stop, coverage_rate, zone, "
            "annual_ceiling, annual_net_premium, medical_surcharge_rate) SELECT id, policy_id, "
            "?, NULL, coverage_rate, zone, annual_ceiling, annual_net_premium, "
            "medical_surcharge_rate FROM insured_persons WHERE exit_date IS NULL",
            (start,),
        )
        conn.execute(
            "INSERT INTO quittance_lines (quittance_id, person_id, annual_premium, start, stop, "
            "days, prorated) SELECT (SELECT MIN(id) FROM quittances), id, annual_net_premium, "
            "?, ?, 365, annual_net_premium FROM insured_persons WHERE exit_date IS NULL",
            (start, f"{year + 1}-01-01"),
        )
        conn.execute(
            "UPDATE insured_persons SET annual_net_premium = annual_net_premium * 3 / 4 "
            "WHERE exit_date IS NULL"
        )
    seconds = time.perf_counter() - began
    conn.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--year", type=int, default=2027)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-renewal-"))
    copy, floor_copy = work / "renewal.db", work / "floor.db"
    shutil.copyfile(args.db, copy)
    db = Database(sqlite_url(copy))
    began = time.perf_counter()
    migrate.upgrade(db)
    print(f"upgrade of the copy to the current schema: {time.perf_counter() - began:.1f} s")
    shutil.copyfile(copy, floor_copy)
    ctx = ServiceContext(db, SYSTEM_ACTOR)
    last = [time.perf_counter()]

    def progress(done: int, due: int) -> None:
        if done % 2000 == 0 or done == due:
            now = time.perf_counter()
            print(f"  {done}/{due} policies (+{now - last[0]:.1f} s)", flush=True)
            last[0] = now

    began = time.perf_counter()
    dry = renew_all(ctx, args.year, dry_run=True)
    dry_seconds = time.perf_counter() - began
    persons = sum(r.persons for r in dry.renewed)
    print(
        f"dry run: {dry.due} due, {len(dry.renewed)} renewable, {persons} persons: {dry_seconds:.1f} s"
    )
    began = time.perf_counter()
    report = renew_all(ctx, args.year, progress=progress)
    real = time.perf_counter() - began
    db.dispose()
    floor = _floor(floor_copy, args.year)
    renewed = len(report.renewed) or 1
    print(
        f"renewal: {len(report.renewed)} policies, {persons} persons, "
        f"{len(report.skipped)} left for the clerk, {len(report.leavers)} leavers: {real:.1f} s "
        f"({real / renewed * 1000:.1f} ms a policy, {real / max(persons, 1) * 1e6:.0f} µs a person)"
    )
    print(f"floor (set-based SQL, one transaction): {floor:.1f} s; ratio {real / floor:.1f}×")
    print("target: ≤ 120 s for the 200 000-person demo")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
