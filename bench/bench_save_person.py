"""Saving one person of a 5 000-person draft group policy (issue 13: ≤ 100 ms; 1.4 s when
every person was repriced), and the set-based pass that reprices everyone when the
group-size band moves. Builds a fresh SQLite file: the office of ``bench_endorsement``,
``--persons`` members written by Core inserts then priced once; then times
``members.save_person`` adding a member (median of ``--runs``), ``remove_person``, and a
full repricing of the policy; the floor is one plain UPDATE of every person's premium.

    python bench/bench_save_person.py [--persons 5000] [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_endorsement import _office, _person  # noqa: E402
from sqlalchemy import insert, text  # noqa: E402

from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import InsuredPerson, Policy  # noqa: E402
from desktop_app.services.production import members, pricing  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-save-person-"))
    db = Database(sqlite_url(work / "bench.db"))
    migrate.upgrade(db)
    clerk, pid = _office(db)
    rows = [
        {
            "policy_id": pid,
            "kind": "member",
            "matricule": f"B{n:08d}",
            "last_name": f"Membre{n}",
            "first_names": "Jean",
            "last_name_key": f"membre{n}",
            "first_names_key": "jean",
            "birth_date": date(1970 + n % 30, 1 + n % 12, 1 + n % 28),
            "gender": "M",
            "relationship": "self",
            "entry_date": date(2026, 1, 1),
            "coverage_rate": (100, 90, 80, 70, 60)[n % 5],
            "zone": 1 + n % 3,
            "annual_ceiling": 2_000_000,
            "annual_net_premium": 0,
            "computed_annual_premium": 0,
            "medical_surcharge_rate": 0,
            "cover_state": "covered",
        }
        for n in range(args.persons)
    ]
    with db.write_engine.begin() as conn:
        conn.execute(insert(InsuredPerson.__table__), rows)

    def full() -> float:
        began = time.perf_counter()
        with clerk.write() as session:
            policy = session.get(Policy, pid)
            assert policy is not None
            pricing.reprice_policy(session, policy, typed={})
        return time.perf_counter() - began

    first = full()
    print(f"{args.persons} persons priced in one set-based pass: {first:.2f} s")
    again = full()
    print(f"every person priced again (nothing changes): {again * 1000:.0f} ms")
    saves, removes = [], []
    for n in range(args.runs):
        began = time.perf_counter()
        person_id, _ = members.save_person(clerk, _person(pid, 900_000 + n))
        saves.append(time.perf_counter() - began)
        began = time.perf_counter()
        members.remove_person(clerk, person_id)
        removes.append(time.perf_counter() - began)
    print(
        f"save_person (add 1 to {args.persons}): median {statistics.median(saves) * 1000:.0f} ms "
        f"(runs {', '.join(f'{t * 1000:.0f}' for t in saves)}); remove_person median "
        f"{statistics.median(removes) * 1000:.0f} ms"
    )
    began = time.perf_counter()
    with db.write_engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE insured_persons SET annual_net_premium = annual_net_premium + 1 "
                "WHERE policy_id = :p"
            ),
            {"p": pid},
        )
    floor = time.perf_counter() - began
    print(f"floor: one UPDATE of every person's premium: {floor * 1000:.0f} ms")
    print("target: save_person ≤ 100 ms on a 5 000-person draft")


if __name__ == "__main__":
    main()
