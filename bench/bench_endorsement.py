"""A régularisation of 500 movements on a 2 000-person policy (issue 8: preview ≤ 1 s,
validation ≤ 5 s). Builds a fresh SQLite file (or uses ``--db`` for a server URL, emptied
first is NOT done: give an empty database), issues a group policy of 2 000 persons through
the services, then times the preview (median of ``--runs``) and the validation of 250
entries and 250 exits, each with its own date, beside a floor: the same number of rows
(persons, terms, movements, quittance lines, card documents) written by plain ``executemany``
in one transaction.

    python bench/bench_endorsement.py [--persons 2000] [--movements 500] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select, text  # noqa: E402

from desktop_app.domain.endorsements import EndorsementKind  # noqa: E402
from desktop_app.domain.kinds import Gender, IntermediaryKind, SubscriberKind  # noqa: E402
from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import InsuredPerson, Member  # noqa: E402
from desktop_app.services.administration import reference, users  # noqa: E402
from desktop_app.services.context import ServiceContext  # noqa: E402
from desktop_app.services.production import (  # noqa: E402
    benefits,
    issue,
    members,
    policies,
    subscribers,
)
from desktop_app.services.production.endorsement_input import (  # noqa: E402
    AdditionInput,
    EndorsementInput,
    ExitInput,
)
from desktop_app.services.production.endorsements import (  # noqa: E402
    preview_endorsement,
    validate_endorsement,
)

NOW = datetime(2026, 11, 21, 9, 30)


def _office(db: Database) -> tuple[ServiceContext, int]:
    anon = ServiceContext(db, clock=lambda: NOW)
    users.create_first_admin(anon, "Administrateur", "admin", "admin1234", "admin1234")
    admin = users.login(anon, "admin", "admin1234")
    users.create_user(
        admin,
        users.UserInput(
            "prod", "Prod", frozenset({Role.PRODUCTION}), True, "motdepasse1", "motdepasse1"
        ),
    )
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE users SET must_change_password = :no"), {"no": False})
    clerk = replace(users.login(admin, "prod", "motdepasse1"), clock=lambda: NOW)
    inter, _ = reference.save_intermediary(
        admin, reference.IntermediaryData("AG01", IntermediaryKind.AGENT, "Agence", Decimal("0.12"))
    )
    adm, _ = reference.save_administrator(
        admin, reference.AdministratorData("ASCOMA", "ASCOMA", Decimal("0.05"))
    )
    sid, _ = subscribers.save_subscriber(
        clerk,
        subscribers.SubscriberData(
            SubscriberKind.COMPANY, "Grande Entreprise SA", phone="+225 27 20 00 00 00"
        ),
    )
    pid, _ = policies.save_policy_draft(
        clerk, policies.PolicyData(sid, date(2026, 1, 1), inter, adm)
    )
    template = benefits.list_templates(clerk)[0]
    benefits.copy_template(clerk, pid, template.id)
    return clerk, pid


def _person(pid: int, n: int, **changes: object) -> members.PersonData:
    base = members.PersonData(
        pid,
        f"Employe{n:05d}",
        "Jean",
        date(1970 + n % 30, 1 + n % 12, 1 + n % 28),
        Gender.MALE if n % 2 else Gender.FEMALE,
        date(2026, 1, 1),
        80,
        1,
        2_000_000,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--movements", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-endorsement-"))
    db = Database(sqlite_url(work / "bench.db"))
    migrate.upgrade(db)
    clerk, pid = _office(db)
    began = time.perf_counter()
    for n in range(args.persons):
        members.save_person(clerk, _person(pid, n))
    issue.issue_policy(clerk, pid)
    print(
        f"policy of {args.persons} persons issued through the services: {time.perf_counter() - began:.1f} s"
    )
    with db.read() as session:
        ids = list(
            session.scalars(select(Member.id).where(Member.policy_id == pid).order_by(Member.id))
        )
    half = args.movements // 2
    day0 = date(2026, 2, 1)
    data = EndorsementInput(
        EndorsementKind.REGULARISATION,
        additions=tuple(
            AdditionInput(_person(pid, 100_000 + n, entry_date=day0 + timedelta(days=n % 280)))
            for n in range(half)
        ),
        exits=tuple(ExitInput(ids[n], day0 + timedelta(days=(n * 7) % 280)) for n in range(half)),
    )
    times = []
    for _ in range(args.runs):
        began = time.perf_counter()
        preview = preview_endorsement(clerk, pid, data)
        times.append(time.perf_counter() - began)
    assert not preview.blocked, preview.errors[:3]
    print(
        f"preview of {len(preview.movements)} movements: median {statistics.median(times) * 1000:.0f} ms "
        f"(runs {', '.join(f'{t * 1000:.0f}' for t in times)})"
    )
    began = time.perf_counter()
    done = validate_endorsement(clerk, pid, data)
    validate = time.perf_counter() - began
    print(f"validation: {validate:.2f} s (avenant n° {done.number}, TTC {done.total})")
    # Floor: as many rows as the validation wrote, by plain executemany, one transaction.
    floor_db = Database(sqlite_url(work / "floor.db"))
    migrate.upgrade(floor_db)
    _office(floor_db)
    rows = [
        {
            "policy_id": pid,
            "kind": "member",
            "matricule": f"F{n:08d}",
            "last_name": f"F{n}",
            "first_names": "Jean",
            "last_name_key": f"f{n}",
            "first_names_key": "jean",
            "birth_date": date(1980, 1, 1),
            "gender": "M",
            "relationship": "self",
            "entry_date": day0,
            "coverage_rate": 80,
            "zone": 1,
            "annual_ceiling": 2_000_000,
            "annual_net_premium": 240_000,
            "medical_surcharge_rate": 0,
            "cover_state": "covered",
        }
        for n in range(half)
    ]
    began = time.perf_counter()
    with floor_db.write_engine.begin() as conn:
        conn.execute(insert(InsuredPerson.__table__), rows)
        snapshot = json.dumps({"x": "y" * 600})
        conn.execute(
            text(
                "INSERT INTO issued_documents (kind, status, policy_id, issued_at, issued_by, "
                "snapshot, cancel_reason) VALUES ('card', 'issued', :p, :at, 'prod', :s, '')"
            ),
            [{"p": pid, "at": NOW, "s": snapshot} for _ in range(args.movements)],
        )
    floor = time.perf_counter() - began
    print(f"floor (rows by executemany): {floor * 1000:.0f} ms; ratio {validate / floor:.0f}×")
    print("targets: preview ≤ 1 s, validation ≤ 5 s")


if __name__ == "__main__":
    main()
