"""Build (or reuse) a benchmark portfolio: ``python bench/make_portfolio.py --size 200000 --out FILE``.

The database is created and migrated like the application's own, filled by
``services.demo.load_demo`` and given a ``bench`` user (password ``bench-2026``, every role)
for the other benchmarks. A file that already holds at least ``--size`` persons is reused.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from desktop_app.demo.load import load_demo  # noqa: E402
from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import InsuredPerson, User, UserRole  # noqa: E402
from desktop_app.persistence.unit_of_work import unit_of_work  # noqa: E402
from desktop_app.services.administration.passwords import hash_password  # noqa: E402

BENCH_USER, BENCH_PASSWORD = "bench", "bench-2026"


def open_bench_database(path_or_url: str) -> Database:
    url = path_or_url if "://" in path_or_url else sqlite_url(Path(path_or_url).resolve())
    db = Database(url)
    migrate.upgrade(db)
    return db


def ensure_bench_user(db: Database) -> None:
    with unit_of_work(db) as session:
        if session.scalar(select(User.id).where(User.code == BENCH_USER)) is None:
            user = User(
                code=BENCH_USER,
                full_name="Banc d'essai",
                password_hash=hash_password(BENCH_PASSWORD),
                active=True,
                failed_logins=0,
                must_change_password=False,
            )
            user.roles = [UserRole(role=r) for r in Role]
            session.add(user)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--size", type=int, default=200_000, help="insured persons (default 200 000)"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", required=True, help="SQLite file (or a postgresql+psycopg:// URL)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    db = open_bench_database(args.out)
    with db.read() as session:
        existing = int(session.scalar(select(func.count(InsuredPerson.id))) or 0)
    if existing >= args.size:
        print(f"reused: {args.out} already holds {existing:,} persons".replace(",", " "))
    else:
        lines: list[str] = []
        loaded = time.perf_counter()
        report = load_demo(db, size=args.size - existing, seed=args.seed, progress=lines.append)
        seconds = time.perf_counter() - loaded
        rate = f"{(args.size - existing) / seconds:,.0f}".replace(",", " ")
        print(
            f"load_demo(size={args.size - existing}) : {seconds:.1f} s "
            f"({rate} persons/s, fast path: {report.fast_path})"
        )
        print(report.summary())
    ensure_bench_user(db)
    size = os.path.getsize(db.sqlite_path) if db.sqlite_path else 0
    print(
        f"total {time.perf_counter() - started:.1f} s; file {size / 1e6:.0f} MB"
        if size
        else f"total {time.perf_counter() - started:.1f} s"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
