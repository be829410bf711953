"""The renewal calendar's lists on a big portfolio (issue 8, domain.md §14):
``python bench/bench_renewal_calendar.py --db FILE [--runs 20]``.

Times the « cette semaine » list as the page asks it (the count, then the first page of
200) for this week, for the week of 14/12/2026 (the 14-day touchpoint of every policy
ending 31/12/2026: the whole portfolio) and for the next 120 days, and the overdue
requests; median and worst, beside the floor: the count of the policies whose expiry
falls in the week's five ranges, in plain ``sqlite3``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from desktop_app.domain.renewal_calendar import OFFSETS, expiry_window, week_of  # noqa: E402
from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import User  # noqa: E402
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402
from desktop_app.services.production import renewal_calendar as cal  # noqa: E402
from desktop_app.services.production import requests_log as log  # noqa: E402


def _timed(runs: int, call: Callable[[], Any]) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    path = Path(args.db).resolve()
    db = Database(sqlite_url(path))
    with db.read() as session:
        user = session.scalar(select(User).where(User.code == "bench"))
        user_id = user.id if user else None
    today = date.today()
    ctx = ServiceContext(
        db,
        Actor(user_id, "bench", "Banc d'essai", frozenset(Role)),
        lambda: datetime.combine(today, datetime.min.time()),
    )
    load = os.getloadavg()
    print(f"{path}; load average {load[0]:.1f} {load[1]:.1f}; {args.runs} runs; today {today}")
    raw = sqlite3.connect(path)
    weeks = {
        "cette semaine": cal.CalendarFilter(*week_of(today)),
        "semaine du 14/12/2026": cal.CalendarFilter(date(2026, 12, 14), date(2026, 12, 20)),
        "120 prochains jours": cal.CalendarFilter(today, today + timedelta(days=120), False),
    }
    for label, flt in weeks.items():

        def page(flt: cal.CalendarFilter = flt) -> tuple[int, int]:
            return cal.count_touchpoints(ctx, flt), len(cal.fetch_touchpoints(ctx, flt))

        med, worst, (count, rows) = _timed(args.runs, page)

        def floor(flt: cal.CalendarFilter = flt) -> int:
            total = 0
            for k in OFFSETS:
                low, high = expiry_window(flt.first, flt.last, k)
                total += raw.execute(
                    "SELECT count(*) FROM policies WHERE expiry_date BETWEEN ? AND ? "
                    "AND status = 'in_force'",
                    (low.isoformat(), high.isoformat()),
                ).fetchone()[0]
            return total

        floor_med, _w, _n = _timed(args.runs, floor)
        print(
            f"{label:24} {count:>6} touchpoints, first page {rows:>3}: median {med:7.1f} ms, "
            f"worst {worst:7.1f} ms (floor: the five counts in sqlite3 {floor_med:5.1f} ms)"
        )
    med, worst, rows = _timed(
        args.runs, lambda: log.fetch_requests(ctx, log.RequestFilter(overdue_only=True))
    )
    print(
        f"{'demandes en retard':24} {len(rows):>6} rows: median {med:7.1f} ms, worst {worst:7.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
