"""A PostgreSQL database shaped like ``make_claims.py``'s, for the lists only:
``python bench/make_lists_pg.py --url postgresql+psycopg://USER:PW@HOST/DB [--lines 1000000]``.

``make_claims.py --audit`` writes its audit rows on SQLite only, and the PostgreSQL bulk
load takes minutes (README.md). What ``bench_lists.py`` reads is made here in SQL
(``generate_series``) in a freshly migrated database: one policy and its member, the
``bench`` user, ``--lines`` décompte lines in files of five over the year (care dates
spread evenly), 200 000 files, 120 000 payments on 300 days in 4 000 orders, and one audit
entry per line (table « assessment_lines ») plus 500 000 of other tables. No ANALYZE is
run (autovacuum's own, as on a server at work, is left alone). The database must be empty.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datetime import date  # noqa: E402

from make_portfolio import ensure_bench_user  # noqa: E402
from sqlalchemy import text  # noqa: E402

from desktop_app.domain.kinds import Gender, SubscriberKind  # noqa: E402
from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database  # noqa: E402
from desktop_app.persistence.models import Member, Policy, Subscriber  # noqa: E402
from desktop_app.persistence.unit_of_work import unit_of_work  # noqa: E402


def _policy_and_member(db: Database) -> None:
    """Through the ORM, so that every default applies: ids 1."""
    with unit_of_work(db) as session:
        session.add(Subscriber(id=1, kind=SubscriberKind.PERSON, name="Banc", name_key="banc"))
        session.flush()
        session.add(
            Policy(
                id=1,
                subscriber_id=1,
                number="P-BENCH",
                effective_date=date(2026, 1, 1),
                expiry_date=date(2026, 12, 31),
            )
        )
        session.flush()
        session.add(
            Member(
                id=1,
                policy_id=1,
                matricule="M-BENCH",
                last_name="Banc",
                first_names="Essai",
                last_name_key="banc",
                first_names_key="essai",
                birth_date=date(1980, 1, 1),
                gender=Gender.MALE,
                entry_date=date(2026, 1, 1),
                coverage_rate=80,
                zone=1,
                annual_ceiling=5_000_000,
                annual_net_premium=100_000,
            )
        )


STEPS = [
    (
        "files",
        """
        INSERT INTO claims (id, number, reception_date, person_id, policy_id, condition,
            mode, payee_name, amount_claimed, documents, approval_ref, status, notes,
            received_by, received_at, simplified, reimbursed, member_pays, assessed_by)
        SELECT n, 'S-' || lpad(n::text, 8, '0'), date '2026-01-02' + (n * 330 / :files),
            1, 1, 'common_illness', 'direct_billing', 'Clinique', 50000, '{}', '',
            (ARRAY['assessed', 'paid', 'ordered'])[1 + n % 3], '', 'bench', now(), false,
            40000, 10000, 'bench'
        FROM generate_series(1, :files) AS n
        """,
    ),
    (
        "décompte lines",
        """
        INSERT INTO assessment_lines (id, claim_id, line_no, person_id, care_date,
            prestation_number, category, claimed, cmu_share, excluded, exclusion_reason,
            approval_ref, acts, public_facility, abroad, scanner, base, rate, at_rate,
            reimbursed, member_pays, cap, blocked, duplicate_confirmed_by)
        SELECT n, 1 + (n - 1) / 5 % :files, 1 + (n - 1) % 5 + 5 * ((n - 1) / 5 / :files), 1,
            date '2026-01-01' + ((n - 1) / 5 % :files) * 330 / :files, '', 'CONS', 10000,
            0, 0, '', '', 1, false, false, false, 10000, 0.8, 8000, 8000, 2000, 'none',
            false, ''
        FROM generate_series(1, :lines) AS n
        """,
    ),
    (
        "orders and payments",
        """
        INSERT INTO payment_orders (id, number, order_date, signatory_id, signatory, status,
            total, created_by, created_at, cancel_reason)
        SELECT n, 'OP-' || lpad(n::text, 6, '0'), date '2026-01-10' + n * 300 / 4000,
            (SELECT id FROM users WHERE code = 'bench'), 'Banc', 'paid', 0, 'bench', now(), ''
        FROM generate_series(1, 4000) AS n;
        INSERT INTO claim_payments (id, order_id, claim_id, paid_claim_id, payment_date,
            period_label, mode, reference, payee, amount, reason, created_by, created_at)
        SELECT n, 1 + n % 4000, n, n, date '2026-01-10' + n * 300 / 120000, 'mois',
            'transfer', '', 'Clinique', 40000, '', 'bench', now()
        FROM generate_series(1, 120000) AS n
        """,
    ),
    (
        "audit entries",
        """
        INSERT INTO audit_entries (at, user_code, action, table_name, record_id, after)
        SELECT timestamp '2026-01-01' + n * interval '20 seconds', 'bench', 'insert',
            CASE WHEN n % 3 = 0 THEN 'claims' ELSE 'assessment_lines' END, n::text,
            '{"claimed": 10000, "reimbursed": 8000}'
        FROM generate_series(1, :lines * 3 / 2) AS n
        """,
    ),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--files", type=int, default=200_000)
    args = parser.parse_args(argv)
    db = Database(args.url)
    migrate.upgrade(db)
    ensure_bench_user(db)
    _policy_and_member(db)
    started = time.perf_counter()
    with db.engine.begin() as conn:
        for label, sql in STEPS:
            step = time.perf_counter()
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(text(statement), {"files": args.files, "lines": args.lines})
            print(f"  {label:<24} {time.perf_counter() - step:6.1f} s")
    print(f"{db.describe()}: {time.perf_counter() - started:.1f} s")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
