"""Opening « Liste décompte » on a million lines, against the raw-SQL floor:
``python bench/bench_decompte_list.py --db FILE [--runs 10] [--explain]``.

On a database of ``make_claims.py`` the script times, as the claims screen does it
(architecture.md rule 8: a list of a million lines opens as fast as one of ten):

1. ``services.assessments.count_assessment_lines`` and the first page of
   ``list_assessment_lines(limit=200)``, then the next page and a page far down, each by
   key (``after`` = the last row above it; ``bench_lists.py`` sets them beside OFFSET);
2. the same through a real ``LazyTableModel`` (the columns of ``ui.claims.assessment_list``)
   in a ``QTableView`` shown offscreen: ``reload()`` until the view has painted, then
   ``fetchMore``; and the real « Liste décompte » widget built and shown, when it imports;
3. one person's lines (the list filtered by person, what a clerk opens most);
4. the audit journal filtered by table, as the audit screen asks it (newest id, count up
   to ``COUNT_CAP`` + 1, first page), beside the exact count it used to run.

Each service figure is printed beside its floor: the very SQL statements the service sent,
replayed through plain ``sqlite3``, and the ratio; ``--explain`` prints the query plans.
Median of ``--runs`` after three warm-up runs (the file is in the OS page cache: this is
the second opening of the day, not the first after a reboot). CPU time is printed too: on a
shared 2-core machine it is the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_lists import COUNT_CAP  # noqa: E402  (bench/ is on sys.path)
from bench_search import Recorder, _ms, _timed  # noqa: E402
from make_portfolio import BENCH_USER  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import AssessmentLine, AuditEntry, User  # noqa: E402
from desktop_app.services.administration.audit import (  # noqa: E402
    AuditFilter,
    count_audit,
    fetch_audit,
    latest_audit_id,
)
from desktop_app.services.claims.assessments import (  # noqa: E402
    count_assessment_lines,
    list_assessment_lines,
)
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402

TARGET_MS = 300.0  # "at once": the clerk sees the list before they notice a wait
PAGE = 200


class Floor:
    """Records what a call sends and replays it through plain ``sqlite3``."""

    def __init__(self, db: Database) -> None:
        self.recorder = Recorder(db)
        assert db.sqlite_path is not None, "the floor is measured on SQLite"
        self.raw = sqlite3.connect(db.sqlite_path)

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
            cursor = self.raw.cursor()
            for sql, params in statements:
                cursor.execute(sql, params)
                cursor.fetchall()
            cursor.close()

        return run

    def plans(self, statements: list[tuple[str, Any]]) -> list[str]:
        return [
            " | ".join(row[-1] for row in self.raw.execute("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in statements
        ]


def _cpu_ms(fn: Callable[[], Any], runs: int) -> float:
    started = time.process_time()
    for _ in range(runs):
        fn()
    return (time.process_time() - started) / runs * 1000


class Report:
    def __init__(self, floor: Floor, runs: int, explain: bool) -> None:
        self.floor, self.runs, self.explain = floor, runs, explain
        self.misses: list[str] = []
        print(f"{'what':<44} {'median':>9} {'p95':>9} {'CPU':>8} {'floor':>9} {'ratio':>6}")

    def line(self, label: str, call: Callable[[], Any], *, target: bool = False) -> float:
        statements = self.floor.statements(call)
        median, p95 = _ms(_timed(call, self.runs))
        cpu = _cpu_ms(call, max(1, self.runs // 2))
        floor, _ = _ms(_timed(self.floor.replay(statements), self.runs))
        flag = ""
        if target:
            flag = "  ok" if median < TARGET_MS else "  SLOW"
            if median >= TARGET_MS:
                self.misses.append(label)
        print(
            f"{label:<44} {median:7.1f}ms {p95:7.1f}ms {cpu:6.1f}ms {floor:7.1f}ms "
            f"{median / max(floor, 1e-3):5.1f}x{flag}"
        )
        if self.explain:
            for sql, plan in zip(
                (s for s, _ in statements), self.floor.plans(statements), strict=True
            ):
                print(f"    {' '.join(sql.split())[:150]}")
                print(f"      plan: {plan}")
        return median

    def plain(self, label: str, call: Callable[[], Any]) -> float:
        median, p95 = _ms(_timed(call, self.runs))
        cpu = _cpu_ms(call, max(1, self.runs // 2))
        print(f"{label:<44} {median:7.1f}ms {p95:7.1f}ms {cpu:6.1f}ms")
        return median


def _quiet(_kind: Any, _context: Any, message: str) -> None:
    """The offscreen platform's notice about size hints says nothing about the list."""
    if "propagateSizeHints" not in message:
        print(f"Qt: {message}")


def _qt_section(ctx: ServiceContext, report: Report) -> None:
    """The model and a view as the screen builds them, offscreen."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop_app.ui.widgets.lazy_table_model import LazyTableModel

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(_quiet)
    try:
        from desktop_app.ui.claims.assessment_list import COLUMNS

        origin = "ui.claims.assessment_list"
    except ImportError:  # the screen is not there: two columns stand in for it
        from desktop_app.ui.widgets.lazy_table_model import Column

        COLUMNS = [
            Column("Dossier", lambda r: r.claim_number),
            Column("Remboursé", lambda r: r.reimbursed),
        ]
        origin = "two stand-in columns"
    model: Any = LazyTableModel(
        COLUMNS,
        lambda: count_assessment_lines(ctx),
        lambda after, limit: list_assessment_lines(
            ctx, after=after and after.page_key, limit=limit
        ),
    )
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 720)
    view.show()

    def open_list() -> None:
        model.reload()
        view.viewport().repaint()  # paints the visible rows now: every data() call they need
        app.processEvents()

    def next_page() -> None:
        model.reload()
        before = model.loaded
        started = time.perf_counter()
        model.fetchMore()
        next_page.seconds.append(time.perf_counter() - started)  # type: ignore[attr-defined]
        assert model.loaded == before + PAGE

    next_page.seconds = []  # type: ignore[attr-defined]
    print(f"-- LazyTableModel + QTableView offscreen ({len(COLUMNS)} columns from {origin})")
    report.line("model.reload() + first paint", open_list, target=True)
    for _ in range(report.runs + 3):
        next_page()
    samples = next_page.seconds[3:]  # type: ignore[attr-defined]
    median, p95 = _ms(samples)
    second = list_assessment_lines(ctx, limit=PAGE)[-1].page_key
    statements = report.floor.statements(
        lambda: list_assessment_lines(ctx, after=second, limit=PAGE)
    )
    floor, _ = _ms(_timed(report.floor.replay(statements), report.runs))
    print(
        f"{'model.fetchMore() (rows 200–399)':<44} {median:7.1f}ms {p95:7.1f}ms {'':>8} {floor:7.1f}ms "
        f"{median / max(floor, 1e-3):5.1f}x"
    )
    view.close()
    try:
        from desktop_app.ui.bus import AppBus
        from desktop_app.ui.claims.assessment_list import AssessmentList
    except ImportError as error:
        print(f"(the « Liste décompte » widget does not import: {error})")
        return
    bus = AppBus(ctx)

    def build_widget() -> None:
        widget = AssessmentList(bus)
        widget.resize(1280, 720)
        widget.show()
        widget.repaint()
        app.processEvents()
        widget.close()
        widget.deleteLater()

    report.plain("AssessmentList(bus) built, shown, painted", build_widget)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file of make_claims.py")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--deep", type=int, default=900_000, help="depth of the far page")
    parser.add_argument("--explain", action="store_true", help="print the query plans")
    parser.add_argument("--no-qt", action="store_true", help="skip the Qt model and widget")
    args = parser.parse_args(argv)
    db = Database(args.db if "://" in args.db else sqlite_url(Path(args.db).resolve()))
    with db.read() as s:
        user_id = s.scalar(select(User.id).where(User.code == BENCH_USER))
        lines = int(s.scalar(select(func.count(AssessmentLine.id))) or 0)
        busiest = s.execute(
            select(AssessmentLine.person_id, func.count())
            .group_by(AssessmentLine.person_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        audit_rows = int(s.scalar(select(func.count(AuditEntry.id))) or 0)
    if not lines:
        raise SystemExit("no décompte line: run bench/make_claims.py first")
    ctx = ServiceContext(db, Actor(user_id, BENCH_USER, "Banc d'essai", frozenset(Role)))
    load = os.getloadavg()
    print(
        f"{db.describe()} — {lines:,} décompte lines, {audit_rows:,} audit rows; ".replace(",", " ")
        + f"load average {load[0]:.1f} {load[1]:.1f}; {args.runs} runs; target {TARGET_MS:.0f} ms to open"
    )
    floor = Floor(db)
    report = Report(floor, args.runs, args.explain)

    def first_page() -> list[Any]:
        return list_assessment_lines(ctx, limit=PAGE)

    print("-- services (all persons, latest care first)")
    count = report.line("count_assessment_lines()", lambda: count_assessment_lines(ctx))
    first = report.line("list_assessment_lines(limit=200)", lambda: first_page())
    print(
        f"{'= opening (count + first page)':<44} {count + first:7.1f}ms"
        f"{'  ok' if count + first < TARGET_MS else '  SLOW'}"
    )
    if count + first >= TARGET_MS:
        report.misses.append("opening (count + first page)")
    second = first_page()[-1].page_key
    report.line("rows 200–399 (after row 199)", lambda: list_assessment_lines(ctx, after=second))
    deep, depth = None, 0
    while depth < args.deep:  # the key of the row above the far page, by key in big pages
        rows = list_assessment_lines(ctx, after=deep, limit=min(20_000, args.deep - depth))
        if not rows:
            break
        deep, depth = rows[-1].page_key, depth + len(rows)
    report.line(
        f"rows {depth}–{depth + PAGE - 1} (after row {depth - 1})",
        lambda: list_assessment_lines(ctx, after=deep),
    )
    if not args.no_qt:
        _qt_section(ctx, report)
    if busiest is not None:
        person, many = busiest
        print(f"-- one person's lines (person {person}, {many} lines: the busiest)")
        report.line(
            "count + first page, by person",
            lambda: (
                count_assessment_lines(ctx, person),
                list_assessment_lines(ctx, person, limit=PAGE),
            ),
            target=True,
        )
    print("-- audit journal filtered by table, as the audit screen asks (newest first)")
    for table in ("assessment_lines", "claims", "claim_payments"):

        def audit_page(table: str = table) -> None:
            flt = AuditFilter(table_name=table, up_to_id=latest_audit_id(ctx))
            count_audit(ctx, flt, at_most=COUNT_CAP + 1)
            fetch_audit(ctx, flt, None, PAGE)

        def exact_count(table: str = table) -> None:
            count_audit(ctx, AuditFilter(table_name=table, up_to_id=latest_audit_id(ctx)))

        report.line(f"audit, table « {table} »: count + page", audit_page, target=True)
        report.line("   (the exact count it ran before)", exact_count)
    print(
        "all lists open under the target"
        if not report.misses
        else f"over {TARGET_MS:.0f} ms: {', '.join(report.misses)}"
    )
    floor.raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
