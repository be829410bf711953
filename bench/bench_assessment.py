"""Assessing décomptes: the pure domain, then the service on the big database:
``python bench/bench_assessment.py --db FILE [--decomptes 20000] [--files 2000] [--profile]``.

1. ``domain.assessment.assess`` on ``--decomptes`` décomptes of one to nine lines (five on
   average), facts built once per décompte as the service would hand them over (group
   policy, standard schedule of benefits, the person's earlier care, some exclusions):
   lines per second, wall and CPU.
2. ``services.assessments.preview_assessment`` (what the form recomputes as the clerk types)
   and ``assess_claim`` (validate and save) on ``--files`` files received and not assessed
   yet (``make_claims.py --received``), on a COPY of the database (``assess_claim`` writes;
   ``--in-place`` writes in the file itself): files and lines per second, SQL statements per
   file, and where the time goes: SQL (the cursor's execute, summed from engine events), the
   domain's ``assess``, and the rest (ORM, audit rows, commit). ``--profile`` adds the top
   functions of a cProfile of 200 files.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from make_portfolio import BENCH_USER  # noqa: E402  (bench/ is on sys.path)
from sqlalchemy import event, select  # noqa: E402

import desktop_app.domain.assessment as dom  # noqa: E402
from desktop_app.domain.assessment_facts import (  # noqa: E402
    ClaimFacts,
    Consumption,
    LineInput,
    PersonFacts,
    PolicyFacts,
    ScheduleFacts,
    care_key,
)
from desktop_app.domain.benefits import STANDARD_SCHEDULE  # noqa: E402
from desktop_app.domain.care import CareCategory, Condition  # noqa: E402
from desktop_app.domain.claim_workflow import ClaimState  # noqa: E402
from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS  # noqa: E402
from desktop_app.domain.kinds import PolicyCategory, PolicyStatus  # noqa: E402
from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.persistence.audit import AuditedSession  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import Claim, InsuredPerson, User  # noqa: E402
from desktop_app.services.claims.assessments import assess_claim, preview_assessment  # noqa: E402
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402

C = CareCategory
# Categories a clerk assesses without a prior approval in the standard schedule (§7).
PLAIN = (
    C.PHARMACY,
    C.PHARMACY,
    C.CONSULTATION,
    C.CONSULTATION,
    C.SPECIALIST,
    C.DENTAL_CARE,
    C.OPTICAL,
    C.CHECKUP,
    C.MATERNITY,
)
LINES = (1, 2, 3, 4, 5, 5, 6, 7, 8, 9)  # five on average


def n(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


# ------------------------------------------------------------------ 1. the pure domain


def _domain_cases(count: int, today: date, rng: random.Random) -> list[tuple[Any, ...]]:
    """Facts and lines of ``count`` décomptes, built before the clock starts."""
    schedule = ScheduleFacts.from_schedule(STANDARD_SCHEDULE)
    codes = {reason.code for reason in DEFAULT_EXCLUSION_REASONS}
    some_code = sorted(codes)[0]
    year = (date(today.year, 1, 1), date(today.year, 12, 31))
    cases = []
    for i in range(count):
        reception = today - timedelta(days=rng.randint(0, 30))
        person = PersonFacts(
            i + 1,
            year[0],
            Decimal(rng.choice((60, 70, 80, 90, 100))) / 100,
            rng.choice((None, 3_000_000, 5_000_000)),
        )
        policy = PolicyFacts(PolicyCategory.GROUP, PolicyStatus.IN_FORCE, year[0], year[1])
        lines = []
        for k in range(rng.choice(LINES)):
            claimed = rng.randint(20, 600) * 100
            excluded = claimed // 5 if rng.random() < 0.07 else 0
            lines.append(
                LineInput(
                    reception - timedelta(days=rng.randint(0, 10)),
                    rng.choice(PLAIN),
                    claimed,
                    excluded=excluded,
                    exclusion_reason=some_code if excluded else None,
                    prestation_number=f"FS{i:07d}{k}",
                )
            )
        # the person's earlier care: what the duplicate check compares each line with
        earlier = frozenset(
            care_key(
                i + 1,
                LineInput(
                    reception - timedelta(days=40 + d),
                    C.PHARMACY,
                    1_000 * d,
                    prestation_number=f"OLD{i}-{d}",
                ),
            )
            for d in range(rng.randint(0, 25))
        )
        consumed = Consumption(
            rng.randint(0, 400) * 1_000, {C.PHARMACY: rng.randint(0, 200) * 1_000}
        )
        facts = ClaimFacts(person, policy, Condition.COMMON_ILLNESS, reception, earlier)
        cases.append((facts, lines, consumed, schedule, today, codes))
    return cases


def bench_domain(count: int, today: date) -> None:
    cases = _domain_cases(count, today, random.Random(4))
    lines = sum(len(case[1]) for case in cases)
    for case in cases[:200]:  # warm-up
        dom.assess(*case)
    wall, cpu = time.perf_counter(), time.process_time()
    results = [dom.assess(*case) for case in cases]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    blocked = sum(1 for r in results for line in r.lines if line.blocked)
    findings = sum(len(r.findings) for r in results)
    print(
        f"domain assess(): {n(count)} décomptes, {n(lines)} lines in {wall:.2f} s wall, {cpu:.2f} s CPU — "
        f"{n(lines / wall)} lines/s wall, {n(lines / cpu)} lines/s CPU, "
        f"{wall / count * 1e6:.0f} µs a décompte; {blocked} blocked lines, {findings} findings"
    )


# ------------------------------------------------------------------ 2. the service


@dataclass
class Clock:
    """Time spent in the cursor's execute, summed from the engine's events."""

    sql: float = 0.0
    statements: int = 0
    domain: float = 0.0
    commit: float = 0.0

    def attach(self, db: Database) -> None:
        @event.listens_for(db.engine, "before_cursor_execute")
        def _before(conn: Any, *_args: Any) -> None:
            conn.info["bench_started"] = time.perf_counter()

        @event.listens_for(db.engine, "after_cursor_execute")
        def _after(conn: Any, *_args: Any) -> None:
            self.sql += time.perf_counter() - conn.info.pop("bench_started")
            self.statements += 1

        @event.listens_for(db.engine, "commit")
        def _commit(conn: Any) -> None:  # just before the driver's COMMIT
            self._committing = time.perf_counter()

        @event.listens_for(AuditedSession, "after_commit")
        def _committed(_session: Any) -> None:
            self.commit += time.perf_counter() - getattr(self, "_committing", time.perf_counter())

        original = dom.assess

        def timed_assess(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.domain += time.perf_counter() - started

        dom.assess = timed_assess  # the service calls dom.assess through the module

    def reset(self) -> None:
        self.sql, self.statements, self.domain, self.commit = 0.0, 0, 0.0, 0.0


def _typed_lines(claim: Claim, entry: date, rng: random.Random) -> list[LineInput]:
    """What a clerk types for the file: its amount split over about five lines of care."""
    count = rng.choice(LINES)
    parts = (
        sorted(rng.sample(range(1, claim.amount_claimed // 100), count - 1)) if count > 1 else []
    )
    bounds = [0, *parts, claim.amount_claimed // 100]
    first_day = max(entry, claim.reception_date - timedelta(days=10))
    lines = []
    for k in range(count):
        care = first_day + timedelta(days=rng.randint(0, (claim.reception_date - first_day).days))
        lines.append(
            LineInput(
                care,
                rng.choice(PLAIN),
                (bounds[k + 1] - bounds[k]) * 100,
                prestation_number=f"BA{claim.id:07d}-{k + 1}",
            )
        )
    return lines


def _copy(source: Path, folder: Path) -> Path:
    started = time.perf_counter()
    with sqlite3.connect(source) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = folder / source.name
    shutil.copyfile(source, target)
    print(
        f"copied the database to {target} ({target.stat().st_size / 1e6:.0f} MB, "
        f"{time.perf_counter() - started:.1f} s): assess_claim writes there"
    )
    return target


def bench_service(path: str, files: int, profile: bool, in_place: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench_assess_"))
    try:
        target = Path(path) if in_place else _copy(Path(path), folder)
        db = Database(sqlite_url(target.resolve()))
        with db.read() as s:
            user_id = s.scalar(select(User.id).where(User.code == BENCH_USER))
            rows = s.execute(
                select(Claim, InsuredPerson.entry_date)
                .join(InsuredPerson, InsuredPerson.id == Claim.person_id)
                .where(Claim.status == ClaimState.RECEIVED)
                .order_by(Claim.id)
                .limit(files + 220)
            ).all()
            s.expunge_all()
        if len(rows) < 40:
            raise SystemExit("too few files to assess: run make_claims.py with --received")
        ctx = ServiceContext(db, Actor(user_id, BENCH_USER, "Banc d'essai", frozenset(Role)))
        rng = random.Random(7)
        work = [(claim.id, _typed_lines(claim, entry, rng)) for claim, entry in rows]
        warm, preview_set, main = work[:20], work[20:220], work[220:] or work[20:]
        clock = Clock()
        clock.attach(db)
        for claim_id, lines in warm:
            assess_claim(ctx, claim_id, lines)
        samples = []
        for claim_id, lines in preview_set:
            started = time.perf_counter()
            outcome = preview_assessment(ctx, claim_id, lines)
            samples.append(time.perf_counter() - started)
            assert not outcome.blocked, outcome.errors
        ordered = sorted(samples)
        print(
            f"preview_assessment(): median {statistics.median(ordered) * 1000:.1f} ms, "
            f"p95 {ordered[int(0.95 * (len(ordered) - 1))] * 1000:.1f} ms a décompte ({len(samples)} files)"
        )
        if profile:
            profiler = cProfile.Profile()
            profiler.enable()
            for claim_id, lines in preview_set:
                assess_claim(ctx, claim_id, lines)
            profiler.disable()
        clock.reset()
        total_lines = sum(len(lines) for _, lines in main)
        wall, cpu = time.perf_counter(), time.process_time()
        for claim_id, lines in main:
            assess_claim(ctx, claim_id, lines)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        count = len(main)
        print(
            f"assess_claim(): {n(count)} files, {n(total_lines)} lines in {wall:.1f} s wall, {cpu:.1f} s CPU — "
            f"{count / wall:.0f} files/s, {n(total_lines / wall)} lines/s; {wall / count * 1000:.1f} ms a file"
        )
        rest = wall - clock.sql - clock.domain - clock.commit
        print(
            f"  per file: {clock.statements / count:.1f} SQL statements; time: executing SQL "
            f"{clock.sql / wall:.0%} ({clock.sql / count * 1000:.2f} ms), COMMIT {clock.commit / wall:.0%} "
            f"({clock.commit / count * 1000:.2f} ms), domain assess {clock.domain / wall:.0%} "
            f"({clock.domain / count * 1000:.2f} ms), the rest — Python in SQLAlchemy (compiling, ORM flush), "
            f"the audit trail and the service — {rest / wall:.0%} ({rest / count * 1000:.2f} ms)"
        )
        if profile:
            print(
                "  cProfile of 200 files (slower than the run above), cumulative time of the service's steps:"
            )
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(
                r"desktop_app/(services|persistence|domain)/.*\((assess_claim|_compute|_consumption|_other_care|"
                r"_line_errors|_prepare|reason_codes|load_policy_schedule|member_count|record_event|assess|"
                r"_after_flush|unit_of_work|next_number|load_claim|move_claim)\)|orm/session.py.*\((commit|flush|get)\)"
            )
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite file of make_claims.py (without it: the domain only)")
    parser.add_argument("--decomptes", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=2_000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--in-place", action="store_true", help="assess in the file itself, not a copy"
    )
    args = parser.parse_args(argv)
    load = os.getloadavg()
    print(f"load average {load[0]:.1f} {load[1]:.1f}")
    bench_domain(args.decomptes, date.today())
    if args.db:
        bench_service(args.db, args.files, args.profile, args.in_place)
    return 0


if __name__ == "__main__":
    sys.exit(main())
