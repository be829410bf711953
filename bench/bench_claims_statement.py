"""The claims-paid statement of a month from the database, against bare openpyxl:
``python bench/bench_claims_statement.py --db FILE [--month YYYY-MM] [--repeat 1] [--no-memory]``.

On a database of ``make_claims.py`` (a month of about 100 000 paid décompte lines), times
``services.claims_statement.export_claims_paid`` for the month (SQL streamed in batches,
typed and styled cells, two sheets, décades, totals), and beside it:

- reading the rows alone: the service's own row stream, and the same SELECT through plain
  ``sqlite3`` (the floor);
- writing the same cells with bare openpyxl write-only, no style at all, from rows already
  in memory; the ratio of the export to it, and to reading + bare writing;
- the peak Python memory of the export (tracemalloc, in a second, slower pass) and the
  process's peak RSS.

Then it opens the file with openpyxl and checks, sheet by sheet, that the rows and the sums
of the money columns match SQL sums over the same payments to the franc (a counter-entry
counts negative), and that the totals row's SUBTOTAL covers exactly the data rows.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402
from bench_search import Recorder  # noqa: E402  (bench/ is on sys.path)
from make_portfolio import BENCH_USER  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.exports.claims_paid_statement import (  # noqa: E402
    COLUMNS,
    DIRECT_SHEET,
    OUTSIDE_SHEET,
    ClaimPaidRow,
)
from desktop_app.exports.decades import decade_label, decade_of  # noqa: E402
from desktop_app.exports.statement import FIRST_DATA_ROW, LXML_ACTIVE  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import ClaimPayment, User  # noqa: E402
from desktop_app.services import claims_statement  # noqa: E402
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402
from desktop_app.services.statements.claims_paid import export_claims_paid  # noqa: E402
from desktop_app.services.statements.production import StatementScope  # noqa: E402

MONEY = ("Montant réclamé", "Part CMU", "Montant exclu", "Montant remboursé")
SQL_SUMS = """
SELECT c.mode = 'direct_billing' AS direct, count(*),
       sum(CASE WHEN p.reversal_of_id IS NULL THEN l.claimed ELSE -l.claimed END),
       sum(CASE WHEN p.reversal_of_id IS NULL THEN l.cmu_share ELSE -l.cmu_share END),
       sum(CASE WHEN p.reversal_of_id IS NULL THEN l.excluded ELSE -l.excluded END),
       sum(CASE WHEN p.reversal_of_id IS NULL THEN l.reimbursed ELSE -l.reimbursed END)
FROM claim_payments p JOIN claims c ON c.id = p.claim_id JOIN assessment_lines l ON l.claim_id = c.id
WHERE p.payment_date BETWEEN ? AND ? GROUP BY 1
"""
PAYMENTS = (
    "SELECT c.mode = 'direct_billing', sum(p.amount) FROM claim_payments p JOIN claims c ON c.id = p.claim_id "
    "WHERE p.payment_date BETWEEN ? AND ? GROUP BY 1"
)


def n(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall-clock and CPU seconds: on a shared machine the CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def bare_write(path: Path, rows: list[ClaimPaidRow]) -> None:
    """The same cells with bare openpyxl write-only: no style, no check, no totals."""
    workbook = openpyxl.Workbook(write_only=True)
    sheets = {
        False: workbook.create_sheet(OUTSIDE_SHEET),
        True: workbook.create_sheet(DIRECT_SHEET),
    }
    for ws in sheets.values():
        ws.append([column.header for column in COLUMNS])
    for r in rows:
        sheets[r.direct_billing].append(
            (
                r.payment_date,
                decade_label(decade_of(r.payment_date)),
                r.payment_order_number,
                r.claim_number,
                r.policy_number,
                r.person_name,
                r.matricule,
                r.provider,
                r.category,
                r.care_date,
                r.claimed,
                r.cmu_share,
                r.excluded,
                r.reimbursed,
                r.payee,
                r.payment_mode,
                r.reference,
            )
        )
    workbook.save(path)


def busiest_month(db: Database) -> tuple[date, date]:
    with db.read() as s:
        month_of = func.strftime("%Y-%m", ClaimPayment.payment_date)
        month = s.scalar(select(month_of).group_by(month_of).order_by(func.count().desc()).limit(1))
    if month is None:
        raise SystemExit("no payment: run bench/make_claims.py first")
    return _bounds(month)


def _bounds(month: str) -> tuple[date, date]:
    year, number = (int(part) for part in month.split("-"))
    start = date(year, number, 1)
    return start, date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)


def check_file(path: Path, raw: sqlite3.Connection, start: date, end: date) -> bool:
    """The file's rows and sums against SQL, to the franc; the SUBTOTAL ranges."""
    sums = {bool(r[0]): r[1:] for r in raw.execute(SQL_SUMS, (start.isoformat(), end.isoformat()))}
    paid = {bool(r[0]): r[1] for r in raw.execute(PAYMENTS, (start.isoformat(), end.isoformat()))}
    wall = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    ok = True
    for title, direct in ((OUTSIDE_SHEET, False), (DIRECT_SHEET, True)):
        ws = workbook[title]
        headers = [column.header for column in COLUMNS]
        index = [headers.index(h) for h in MONEY]
        totals, rows, formulas = [0] * len(MONEY), 0, None
        for values in ws.iter_rows(min_row=FIRST_DATA_ROW, values_only=True):
            if values[0] == "Total":
                formulas = [values[i] for i in index]
                break
            rows += 1
            for k, i in enumerate(index):
                totals[k] += values[i]
        expected = sums.get(direct, (0, 0, 0, 0, 0))
        last = FIRST_DATA_ROW + rows - 1
        ranges_ok = formulas is not None and all(
            f
            == f"=SUBTOTAL(109,{get_column_letter(i + 1)}{FIRST_DATA_ROW}:{get_column_letter(i + 1)}{last})"
            for f, i in zip(formulas, index, strict=True)
        )
        match = (
            rows == expected[0]
            and totals == list(expected[1:])
            and totals[3] == (paid.get(direct) or 0)
        )
        ok = ok and match and ranges_ok
        print(
            f"  « {title} »: {n(rows)} rows (SQL {n(expected[0])}); "
            + ", ".join(
                f"{h.lower()} {n(t)} (SQL {n(e)})"
                for h, t, e in zip(MONEY, totals, expected[1:], strict=True)
            )
            + f"; payments in SQL {n(paid.get(direct) or 0)}; SUBTOTAL rows {FIRST_DATA_ROW}–{last}: "
            + ("ok" if ranges_ok else f"WRONG {formulas}")
            + ("" if match else "  MISMATCH")
        )
    workbook.close()
    print(
        f"  file read back with openpyxl in {time.perf_counter() - wall:.1f} s: "
        + ("every figure matches to the franc" if ok else "MISMATCH")
    )
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file of make_claims.py")
    parser.add_argument("--month", help="YYYY-MM (default: the month with the most payments)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; best kept")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    args = parser.parse_args(argv)
    db = Database(args.db if "://" in args.db else sqlite_url(Path(args.db).resolve()))
    assert db.sqlite_path is not None, "the floor and the checks are written for SQLite"
    start, end = _bounds(args.month) if args.month else busiest_month(db)
    with db.read() as s:
        user_id = s.scalar(select(User.id).where(User.code == BENCH_USER))
    ctx = ServiceContext(db, Actor(user_id, BENCH_USER, "Banc d'essai", frozenset(Role)))
    scope = StatementScope(start, end)
    raw = sqlite3.connect(db.sqlite_path)
    load = os.getloadavg()
    print(
        f"{db.describe()}; claims paid {start:%d/%m/%Y}–{end:%d/%m/%Y}; openpyxl {openpyxl.__version__}, "
        f"lxml {'on' if LXML_ACTIVE else 'OFF'}; load average {load[0]:.1f} {load[1]:.1f}"
    )
    recorder = Recorder(db)
    with tempfile.TemporaryDirectory() as folder:
        ours, plain = Path(folder) / "sinistres_regles.xlsx", Path(folder) / "bare.xlsx"
        runs: dict[str, list[tuple[float, float]]] = {
            "export": [],
            "read": [],
            "floor": [],
            "bare": [],
        }
        rows: list[ClaimPaidRow] = []
        statements: list[tuple[str, Any]] = []
        for _ in range(args.repeat):  # alternated, so that a busy spell hits each alike
            recorder.statements.clear()
            recorder.on = True
            wall, cpu, rows = timed(lambda: list(claims_statement._rows(ctx, scope, True)))
            recorder.on = False
            statements = [s for s in recorder.statements if "claim_payments" in s[0]]
            runs["read"].append((wall, cpu))

            def floor(statements: list[tuple[str, Any]] = statements) -> int:
                cursor = raw.cursor()
                count = 0
                for sql, params in statements:
                    cursor.execute(sql, params)
                    while batch := cursor.fetchmany(2_000):
                        count += len(batch)
                return count

            wall, cpu, _ = timed(floor)
            runs["floor"].append((wall, cpu))
            wall, cpu, _ = timed(lambda rows=rows: bare_write(plain, rows))  # type: ignore[misc]
            runs["bare"].append((wall, cpu))
            wall, cpu, result = timed(lambda: export_claims_paid(ctx, scope, ours))
            runs["export"].append((wall, cpu))
        best = {k: (min(w for w, _ in v), min(c for _, c in v)) for k, v in runs.items()}
        count = len(rows)
        print(
            f"{n(count)} paid décompte lines (« {OUTSIDE_SHEET} » {n(result.statement.sheet(OUTSIDE_SHEET).rows)}, "
            f"« {DIRECT_SHEET} » {n(result.statement.sheet(DIRECT_SHEET).rows)}), {len(COLUMNS)} columns; "
            f"best of {args.repeat}"
        )
        for label, key in (
            ("export_claims_paid (whole)", "export"),
            ("  reading: the service's row stream", "read"),
            ("  reading: the same SELECT, plain sqlite3", "floor"),
            ("  writing: bare openpyxl write-only", "bare"),
        ):
            wall, cpu = best[key]
            print(f"{label:<44} {wall:6.1f} s wall {cpu:6.1f} s CPU  ({n(count / cpu)} rows/s CPU)")
        e, b, r, f = best["export"][1], best["bare"][1], best["read"][1], best["floor"][1]
        print(
            f"ratios (CPU): export / bare writing {e / b:.2f}; export / (service reading + bare writing) "
            f"{e / (r + b):.2f}; service reading / SQL floor {r / f:.1f}"
        )
        print(
            f"file {ours.stat().st_size / 2**20:.1f} MiB (bare {plain.stat().st_size / 2**20:.1f} MiB)"
        )
        for sql, params in statements:
            plan = " | ".join(row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
            print(f"query plan: {plan}")
        rows = []
        if not args.no_memory:
            tracemalloc.start()
            export_claims_paid(ctx, scope, ours)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            print(f"peak Python memory of the export (tracemalloc): {peak / 2**20:.1f} MiB")
        print(
            f"process peak RSS (whole run, rows kept in memory for the bare writer included): "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )
        print("checking the file against SQL:")
        ok = check_file(ours, raw, start, end)
    raw.close()
    db.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
