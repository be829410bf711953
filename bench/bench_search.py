"""Time the global person search against its raw-SQL floor: ``python bench/bench_search.py --db FILE``.

For each kind of search (domain.md §3) the script runs ``services.search.search_persons``
``--runs`` times (median and p95), records the SQL it sent, replays exactly those
statements through plain ``sqlite3`` (or the raw driver connection on PostgreSQL) for the
floor, and prints the ratio. ``--explain`` prints SQLite's EXPLAIN QUERY PLAN of each
statement. Target: under 50 ms a search on 200 000 persons.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, func, select  # noqa: E402

from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.domain.text import search_key  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import InsuredPerson, Policy, Subscriber  # noqa: E402
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402
from desktop_app.services.search import search_persons  # noqa: E402

TARGET_MS = 50.0


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _timed(fn: Callable[[], Any], runs: int) -> list[float]:
    for _ in range(3):  # warm the caches (page cache, statement cache, compiled SQL)
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def pick_queries(db: Database, seed: int) -> list[tuple[str, str]]:
    """Realistic searches drawn from the portfolio itself."""
    rng = random.Random(seed)
    with db.read() as s:
        count = int(s.scalar(select(func.count(InsuredPerson.id))) or 0)
        if count == 0:
            raise SystemExit(
                "the database holds no insured person: run bench/make_portfolio.py first"
            )

        def person(offset: int) -> InsuredPerson:
            return s.scalars(
                select(InsuredPerson).order_by(InsuredPerson.id).offset(offset).limit(1)
            ).one()

        someone = person(rng.randrange(count))
        office = (
            s.scalar(
                select(InsuredPerson.matricule)
                .where(InsuredPerson.matricule.like("PS%"))
                .order_by(InsuredPerson.id)
                .offset(count // 3)
                .limit(1)
            )
            or someone.matricule
        )
        accented = next(
            p
            for p in (person(rng.randrange(count)) for _ in range(500))
            if not p.last_name.isascii() and not p.first_names.isascii()
        )
        group_policy = s.execute(
            select(Policy.number, Policy.administrator_ref, Subscriber.name)
            .join(Subscriber, Subscriber.id == Policy.subscriber_id)
            .join(InsuredPerson, InsuredPerson.policy_id == Policy.id)
            .group_by(Policy.id, Policy.number, Policy.administrator_ref, Subscriber.name)
            .order_by(func.count(InsuredPerson.id).desc())
            .limit(1)
        ).one()
        common = s.execute(
            select(InsuredPerson.last_name_key, func.count())
            .group_by(InsuredPerson.last_name_key)
            .order_by(func.count().desc())
            .limit(1)
        ).one()[0]
        s.expunge_all()
    subscriber_words = " ".join(search_key(group_policy[2]).split()[:3])
    return [
        ("matricule complet", someone.matricule),
        ("préfixe de matricule", office[:-2]),
        ("nom de famille", common),
        ("nom prénom", f"{someone.last_name} {someone.first_names.split()[0]}"),
        (
            "nom sans accents",
            f"{search_key(accented.last_name)} {search_key(accented.first_names).split()[0]}",
        ),
        ("numéro de police", group_policy[0]),
        ("n° police gestionnaire", group_policy[1].lower()),
        ("souscripteur", subscriber_words),
        ("une seule lettre", "k"),
        ("introuvable", "zzyzx"),
    ]


class Recorder:
    """Keeps the statements (with their parameters) that the service sends."""

    def __init__(self, db: Database) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.on = False
        event.listen(db.engine, "before_cursor_execute", self._record)

    def _record(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool
    ) -> None:
        if self.on and statement.lstrip().upper().startswith("SELECT"):
            self.statements.append((statement, parameters))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="SQLite file (or a postgresql+psycopg:// URL)")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--explain", action="store_true", help="print the query plans")
    args = parser.parse_args(argv)
    url = args.db if "://" in args.db else sqlite_url(Path(args.db).resolve())
    db = Database(url)
    ctx = ServiceContext(db, Actor(None, "bench", "Banc d'essai", frozenset({Role.PRODUCTION})))
    queries = pick_queries(db, args.seed)
    recorder = Recorder(db)
    if db.sqlite_path is not None:
        raw: Any = sqlite3.connect(db.sqlite_path)
    else:
        raw = db.engine.raw_connection()
        # psycopg prepares a statement from its 5th run; PostgreSQL may then switch to a
        # generic plan that ignores the prefix values. The floor is the unprepared query.
        raw.driver_connection.prepare_threshold = None
    with db.read() as s:
        persons = int(s.scalar(select(func.count(InsuredPerson.id))) or 0)
    print(
        f"{db.describe()} — {persons:,} persons".replace(",", " ")
        + f", {args.runs} runs per search"
    )
    print(
        f"{'search':<24} {'text':<28} {'hits':>4} {'stmts':>5} {'median':>8} {'p95':>8} "
        f"{'floor':>8} {'ratio':>6}  target"
    )
    misses = []
    for label, text in queries:
        recorder.statements.clear()
        recorder.on = True
        hits = search_persons(ctx, text)
        recorder.on = False
        statements = list(recorder.statements)
        service = _timed(lambda t=text: search_persons(ctx, t), args.runs)  # type: ignore[misc]

        def floor(statements: list[tuple[str, Any]] = statements) -> None:
            cursor = raw.cursor()
            for sql, params in statements:
                cursor.execute(sql, params)
                cursor.fetchall()
            cursor.close()

        raw_samples = _timed(floor, args.runs)
        median, p95 = _ms(service)
        floor_median, _ = _ms(raw_samples)
        ok = p95 < TARGET_MS
        if not ok:
            misses.append(label)
        print(
            f"{label:<24} {text[:28]:<28} {len(hits):>4} {len(statements):>5} {median:>6.2f}ms "
            f"{p95:>6.2f}ms {floor_median:>6.2f}ms {median / max(floor_median, 1e-6):>5.1f}x  "
            f"{'ok' if ok else 'MISS'}"
        )
        if args.explain and db.sqlite_path is not None:
            for sql, params in statements:
                plan = raw.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
                print("    " + " | ".join(row[-1] for row in plan))
    print(
        "all searches under the target"
        if not misses
        else f"over {TARGET_MS:.0f} ms: {', '.join(misses)}"
    )
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
