"""The lazy lists paged by key, at the top and 900 000 rows down, against OFFSET:
``python bench/bench_lists.py --db FILE [--runs 10] [--depth 900000] [--explain]``.

On a database of ``make_claims.py`` (1 000 000 décompte lines, ``--audit``), for « Liste
décompte », the files received, the payments and the audit journal filtered by table
« assessment_lines », the script prints:

1. opening the list as its screen does (count + first page; the audit journal: newest id,
   count capped at ``COUNT_CAP`` + 1, first page);
2. the first page by key (``after=None``);
3. the page at ``--depth`` (or the deepest the list holds) by key: ``after`` = the key of
   the row just above, found by walking the list by key beforehand (not timed);
4. the same page by OFFSET: the service's first-page statement with ``OFFSET depth``
   appended, replayed on the raw driver connection, i.e. the floor of offset paging (what
   the services did before, without their Python around it).

Each service figure is printed beside its floor (the very statements it sent, replayed on
the raw connection: ``sqlite3``, or psycopg for a ``postgresql+psycopg://`` URL) and the
ratio; the offset line prints its ratio to the key page. Median and p95 of ``--runs``
after warm-up runs (OFFSET: ``--offset-runs`` after one). CPU time beside: on a shared
2-core machine it is the steadier figure. ``--explain`` prints the query plans (SQLite).
Run with compiled bytecode and on a file that grew without ANALYZE (README.md).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_search import Recorder, _ms, _timed  # noqa: E402  (bench/ is on sys.path)
from make_portfolio import BENCH_USER  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import User  # noqa: E402
from desktop_app.services.administration import audit  # noqa: E402
from desktop_app.services.administration.audit import AuditFilter  # noqa: E402
from desktop_app.services.claims import assessments, payment_orders  # noqa: E402
from desktop_app.services.claims import queries as claim_queries  # noqa: E402
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402

PAGE = 200
COUNT_CAP = 10_000  # ui.admin.audit_model.COUNT_CAP (not imported: no Qt here)
WALK_PAGE = 20_000


@dataclass
class Listing:
    label: str
    count: Callable[[], int]  # how many rows the list holds (exactly)
    open: Callable[[], Any]  # what the screen runs to open the list
    fetch: Callable[[Any, int], Sequence[Any]]  # (after key, limit) -> rows


def listings(ctx: ServiceContext) -> list[Listing]:
    everything = claim_queries.ClaimFilter()
    by_table = AuditFilter(table_name="assessment_lines", up_to_id=audit.latest_audit_id(ctx))

    def open_audit() -> None:
        flt = AuditFilter(table_name="assessment_lines", up_to_id=audit.latest_audit_id(ctx))
        audit.count_audit(ctx, flt, at_most=COUNT_CAP + 1)
        audit.fetch_audit(ctx, flt, None, PAGE)

    return [
        Listing(
            "« Liste décompte »",
            lambda: assessments.count_assessment_lines(ctx),
            lambda: (
                assessments.count_assessment_lines(ctx),
                assessments.list_assessment_lines(ctx, limit=PAGE),
            ),
            lambda after, limit: assessments.list_assessment_lines(ctx, None, None, after, limit),
        ),
        Listing(
            "files received (« Dossiers reçus »)",
            lambda: claim_queries.count_claims(ctx, everything),
            lambda: (
                claim_queries.count_claims(ctx, everything),
                claim_queries.list_claims(ctx, everything, None, PAGE),
            ),
            lambda after, limit: claim_queries.list_claims(ctx, everything, after, limit),
        ),
        Listing(
            "payments",
            lambda: claim_queries.count_payments(ctx),
            lambda: (
                claim_queries.count_payments(ctx),
                payment_orders.list_payments(ctx, None, PAGE),
            ),
            lambda after, limit: payment_orders.list_payments(ctx, after, limit),
        ),
        Listing(
            "audit journal, table « assessment_lines »",
            lambda: audit.count_audit(ctx, by_table),
            open_audit,
            lambda after, limit: audit.fetch_audit(ctx, by_table, after, limit),
        ),
    ]


class Raw:
    """Records what a call sends and replays it on the raw driver connection."""

    def __init__(self, db: Database) -> None:
        self.recorder = Recorder(db)
        self.sqlite = db.sqlite_path is not None
        if self.sqlite:
            self.conn: Any = sqlite3.connect(db.sqlite_path)
        else:
            self.conn = db.engine.raw_connection()
            self.conn.driver_connection.prepare_threshold = None  # the unprepared floor

    def statements(self, call: Callable[[], Any]) -> list[tuple[str, Any]]:
        self.recorder.statements.clear()
        self.recorder.on = True
        try:
            call()
        finally:
            self.recorder.on = False
        return list(self.recorder.statements)

    def replay(self, statements: list[tuple[str, Any]]) -> Callable[[], None]:
        def run() -> None:
            cursor = self.conn.cursor()
            for sql, params in statements:
                cursor.execute(sql, params)
                cursor.fetchall()
            cursor.close()
            if not self.sqlite:
                self.conn.rollback()

        return run

    def with_offset(self, statement: tuple[str, Any], offset: int) -> tuple[str, Any]:
        """The first-page statement asking for the page at ``offset`` instead."""
        sql, params = statement
        if self.sqlite:  # SQLAlchemy writes ``LIMIT ? OFFSET ?`` (0) on SQLite
            if sql.rstrip().endswith("OFFSET ?"):
                return sql, (*params[:-1], offset)
            return f"{sql} OFFSET ?", (*params, offset)
        return f"{sql} OFFSET %(bench_offset)s", {**params, "bench_offset": offset}

    def plans(self, statements: list[tuple[str, Any]]) -> list[str]:
        if not self.sqlite:
            return []
        return [
            " | ".join(row[-1] for row in self.conn.execute("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in statements
        ]


def _cpu_ms(fn: Callable[[], Any], runs: int) -> float:
    started = time.process_time()
    for _ in range(runs):
        fn()
    return (time.process_time() - started) / runs * 1000


def _once_then(fn: Callable[[], Any], runs: int) -> list[float]:
    fn()  # one warm-up: an OFFSET far down costs seconds
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def key_at(listing: Listing, depth: int) -> tuple[Any, int]:
    """The key of the row just above ``depth`` (of the last full page when the list is
    shorter), walking the list by key in big pages, and that depth."""
    depth = max(0, min(depth, listing.count() - PAGE))
    after, seen = None, 0
    while seen < depth:
        page = listing.fetch(after, min(WALK_PAGE, depth - seen))
        if not page:
            break
        seen += len(page)
        after = page[-1].page_key
    return after, seen


class Report:
    def __init__(self, raw: Raw, runs: int, offset_runs: int, explain: bool) -> None:
        self.raw, self.runs, self.offset_runs, self.explain = raw, runs, offset_runs, explain
        print(f"{'what':<46} {'median':>9} {'p95':>9} {'CPU':>8} {'floor':>9} {'ratio':>7}")

    def service(self, label: str, call: Callable[[], Any]) -> tuple[float, list[tuple[str, Any]]]:
        statements = self.raw.statements(call)
        median, p95 = _ms(_timed(call, self.runs))
        cpu = _cpu_ms(call, max(1, self.runs // 2))
        floor, _ = _ms(_timed(self.raw.replay(statements), self.runs))
        print(
            f"{label:<46} {median:7.1f}ms {p95:7.1f}ms {cpu:6.1f}ms {floor:7.1f}ms "
            f"{median / max(floor, 1e-3):6.1f}x"
        )
        if self.explain:
            for (sql, _params), plan in zip(statements, self.raw.plans(statements), strict=False):
                print(f"    {' '.join(sql.split())[:150]}")
                print(f"      plan: {plan}")
        return median, statements

    def offset(self, label: str, statement: tuple[str, Any], by_key: float) -> None:
        replay = self.raw.replay([statement])
        median, p95 = _ms(_once_then(replay, self.offset_runs))
        cpu = _cpu_ms(replay, 1)
        print(
            f"{label:<46} {median:7.1f}ms {p95:7.1f}ms {cpu:6.1f}ms {'(floor)':>9} "
            f"{median / max(by_key, 1e-3):6.1f}x the key page"
        )
        if self.explain:
            for plan in self.raw.plans([statement]):
                print(f"      plan: {plan}")


def measure(report: Report, listing: Listing, depth: int) -> None:
    started = time.perf_counter()
    after, depth = key_at(listing, depth)
    walked = time.perf_counter() - started
    at = f"{depth:,}".replace(",", " ")
    print(f"-- {listing.label}: page at {at} (walked there by key in {walked:.1f} s)")
    report.service("open: count + first page", listing.open)
    _, first = report.service("first page by key", lambda: listing.fetch(None, PAGE))
    by_key, _ = report.service(f"page at {at} by key", lambda: listing.fetch(after, PAGE))
    report.offset(f"page at {at} by OFFSET", report.raw.with_offset(first[-1], depth), by_key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="file of make_claims.py (or a PostgreSQL URL)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--offset-runs", type=int, default=3)
    parser.add_argument("--depth", type=int, default=900_000)
    parser.add_argument("--explain", action="store_true", help="print SQLite's query plans")
    parser.add_argument("--only", default="", help="lists whose label contains this text")
    args = parser.parse_args(argv)
    db = Database(args.db if "://" in args.db else sqlite_url(Path(args.db).resolve()))
    with db.read() as s:
        user_id = s.scalar(select(User.id).where(User.code == BENCH_USER))
    ctx = ServiceContext(db, Actor(user_id, BENCH_USER, "Banc d'essai", frozenset(Role)))
    load = os.getloadavg()
    print(
        f"{db.describe()}; load average {load[0]:.1f} {load[1]:.1f}; {args.runs} runs "
        f"({args.offset_runs} for OFFSET); pages of {PAGE}; depth {args.depth:,}".replace(",", " ")
    )
    raw = Raw(db)
    report = Report(raw, args.runs, args.offset_runs, args.explain)
    for listing in listings(ctx):
        if not args.only or args.only in listing.label:
            measure(report, listing, args.depth)
    raw.conn.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
