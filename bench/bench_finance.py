"""Benchmark: premium collection (issue 9) on a portfolio of quittances paid in part.

Run: ``python bench/bench_finance.py [--db FILE] [--quittances 20000] [--payments 200]
[--letters 1000]``

Builds (in a temporary SQLite file unless ``--db`` names one already built by this script)
``--quittances`` quittances of as many subscribers, about a third of them paid in part,
then measures:

- recording and allocating one payment (``payments.record_payment``), median and p95 over
  ``--payments`` payments (target ≤ 50 ms);
- the arrears list (``arrears.arrears``) once (target: first page ≤ 200 ms on the
  200 000-person demo);
- the premiums-collected statement of every payment against bare openpyxl write-only
  writing the same cells (target ≤ 1.2×);
- ``--letters`` recovery letters to PDF (target ≤ 10 s for 1 000).

It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.documents.finance import ReminderSnapshot, render_reminder_batch  # noqa: E402
from desktop_app.documents.snapshots import CompanySnapshot  # noqa: E402
from desktop_app.domain.collection import CollectionMode, PayerKind  # noqa: E402
from desktop_app.domain.kinds import SubscriberKind  # noqa: E402
from desktop_app.domain.roles import Role  # noqa: E402
from desktop_app.exports.sheet import _FORMATS as FORMATS  # noqa: E402
from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.persistence.models import Policy, Quittance, Subscriber, User, UserRole  # noqa: E402
from desktop_app.services.context import Actor, ServiceContext  # noqa: E402
from desktop_app.services.finance import arrears, payments  # noqa: E402
from desktop_app.services.finance.payments import PaymentInput  # noqa: E402
from desktop_app.services.statements import finance as statements  # noqa: E402
from desktop_app.services.statements.scope import StatementScope  # noqa: E402

TODAY = date(2026, 11, 21)


def build(db: Database, count: int) -> None:
    """``count`` subscribers, each with one draft policy and one quittance (Core inserts)."""
    with db.write_engine.begin() as conn:
        conn.execute(
            insert(User),
            [
                {
                    "code": "caisse",
                    "full_name": "Caisse",
                    "password_hash": "x",
                    "active": True,
                    "failed_logins": 0,
                    "must_change_password": False,
                }
            ],
        )
        conn.execute(
            insert(UserRole),
            [{"user_id": 1, "role": r.value} for r in (Role.CASHIER, Role.ACCOUNTING)],
        )
        conn.execute(
            insert(Subscriber),
            [
                {
                    "kind": SubscriberKind.PERSON.value,
                    "name": f"Souscripteur {n}",
                    "name_key": f"souscripteur {n}",
                }
                for n in range(count)
            ],
        )
        conn.execute(
            insert(Policy),
            [
                {
                    "number": f"MAL-2026-{n:06d}",
                    "status": "in_force",
                    "subscriber_id": n + 1,
                    "effective_date": date(2026, 1, 1),
                    "expiry_date": date(2026, 12, 31),
                }
                for n in range(count)
            ],
        )
        rows = []
        for n in range(count):
            total = 100_000 + (n * 7919) % 900_000
            fees = 5_000
            taxes = (total - fees) * 8 // 108
            rows.append(
                {
                    "number": f"Q-2026-{n:06d}",
                    "policy_id": n + 1,
                    "kind": "new_business",
                    "act_label": "Affaire nouvelle",
                    "status": "issued",
                    "issue_date": date(2026, 1, 1),
                    "due_date": date(2026, 1 + n % 11, 1),
                    "period_start": date(2026, 1, 1),
                    "period_end": date(2026, 12, 31),
                    "net": total - fees - taxes,
                    "fees": fees,
                    "taxes": taxes,
                    "total": total,
                    "tax_rate": Decimal("0.08"),
                    "commission_rate": Decimal("0.1"),
                    "commission": 0,
                    "management_fee_rate": Decimal("0.05"),
                    "management_fee": 0,
                    "cancel_reason": "",
                    "issued_by": "bench",
                    "policy_number": f"MAL-2026-{n:06d}",
                    "subscriber_name": f"Souscripteur {n}",
                }
            )
        conn.execute(insert(Quittance), rows)


def bulk_payments(db: Database, ctx: ServiceContext, count: int, quittances: int) -> None:
    """``count`` cash payments of 10 000 FCFA on the day of the first one recorded (its cash
    day), each allocated to one quittance, as ``record_payment`` writes them."""
    from desktop_app.domain.collection import PaymentState
    from desktop_app.persistence.models import PremiumAllocation, PremiumPayment

    with db.read() as session:
        first = session.scalars(select(PremiumPayment).limit(1)).one()
        day, cash_day = first.payment_date, first.cash_day_id
    with db.write_engine.begin() as conn:
        start = int(conn.execute(text("SELECT max(id) FROM premium_payments")).scalar() or 0)
        conn.execute(
            insert(PremiumPayment),
            [
                {
                    "id": start + n + 1,
                    "number": f"RE-BULK-{n:07d}",
                    "payment_date": day,
                    "payer_kind": PayerKind.SUBSCRIBER,
                    "subscriber_id": n % quittances + 1,
                    "payer_name": f"Souscripteur {n % quittances}",
                    "mode": CollectionMode.CASH,
                    "amount": 10_000,
                    "status": PaymentState.RECEIVED,
                    "cash_day_id": cash_day,
                    "received_by": "caisse",
                    "recorded_at": datetime(2026, 11, 21, 10, 0),
                }
                for n in range(count)
            ],
        )
        conn.execute(
            insert(PremiumAllocation),
            [
                {
                    "payment_id": start + n + 1,
                    "quittance_id": n % quittances + 1,
                    "amount": 10_000,
                    "on_date": day,
                    "at": datetime(2026, 11, 21, 10, 0),
                    "by_code": "caisse",
                    "reversal": False,
                }
                for n in range(count)
            ],
        )


def timed(call):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--quittances", type=int, default=20_000)
    parser.add_argument("--payments", type=int, default=200)
    parser.add_argument("--letters", type=int, default=1_000)
    parser.add_argument(
        "--bulk-payments",
        type=int,
        default=0,
        help="add this many payments (one allocation each) in bulk, for the statement",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-finance-"))
    path = args.db or folder / "finance.db"
    db = Database(sqlite_url(path))
    migrate.upgrade(db)
    with db.read() as session:
        fresh = session.scalar(select(Quittance.id).limit(1)) is None
    if fresh:
        seconds, _ = timed(lambda: build(db, args.quittances))
        print(f"built {args.quittances} quittances in {seconds:.1f} s")
    with db.read() as session:
        user = session.scalar(select(User).where(User.code == "caisse"))
        assert user is not None
        actor = Actor(user.id, user.code, user.full_name, frozenset(Role))
    ctx = ServiceContext(db, actor, clock=lambda: datetime(2026, 11, 21, 10, 0))
    # A third of the subscribers pay part of their quittance; the timings are of those calls.
    times = []
    step = max(1, args.quittances // max(1, args.payments))
    for n in range(0, args.quittances, step)[: args.payments]:
        data = PaymentInput(TODAY, PayerKind.SUBSCRIBER, n + 1, CollectionMode.CASH, 40_000)
        seconds, _ = timed(lambda data=data: payments.record_payment(ctx, data))
        times.append(seconds * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"record_payment: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms "
        f"over {len(times)} (target ≤ 50 ms)"
    )
    seconds, parties = timed(lambda: arrears.arrears(ctx, TODAY))
    print(f"arrears, every line: {seconds * 1000:.0f} ms for {len(parties)} debtors")
    seconds, parties = timed(lambda: arrears.arrears_summary(ctx, TODAY))
    print(
        f"arrears list as the window reads it (sums by the database, first {len(parties)}): "
        f"{seconds * 1000:.0f} ms (target ≤ 200 ms)"
    )
    if args.bulk_payments:
        seconds, _ = timed(lambda: bulk_payments(db, ctx, args.bulk_payments, args.quittances))
        print(f"added {args.bulk_payments} payments in bulk in {seconds:.1f} s")
    scope = StatementScope(date(2026, 1, 1), date(2026, 12, 31))
    out = folder / "primes.xlsx"
    statement_s, result = timed(lambda: statements.export_premiums_collected(ctx, scope, out))
    rows = list(statements._payment_rows(ctx, scope)) + list(
        statements._allocation_rows(ctx, scope)
    )

    def bare() -> None:
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet()
        for row in rows:
            sheet.append(list(row))
        book.save(folder / "bare.xlsx")

    bare_s, _ = timed(bare)
    # The same cells as the statement's: its amounts and dates carry their number formats
    # (one WriteOnlyCell a formatted value, openpyxl's own idiom).
    formats = {
        id(columns): [FORMATS.get(c.kind) for c in columns]
        for columns in (statements.PAYMENT_COLUMNS, statements.ALLOCATION_COLUMNS)
    }
    pay = list(statements._payment_rows(ctx, scope))
    alloc = list(statements._allocation_rows(ctx, scope))

    def bare_formatted() -> None:
        book = openpyxl.Workbook(write_only=True)
        for columns, sheet_rows in (
            (statements.PAYMENT_COLUMNS, pay),
            (statements.ALLOCATION_COLUMNS, alloc),
        ):
            sheet = book.create_sheet()
            kinds = formats[id(columns)]
            for row in sheet_rows:
                cells: list[object] = []
                for value, number_format in zip(row, kinds, strict=True):
                    if number_format is None or value is None:
                        cells.append(value)
                    else:
                        cell = WriteOnlyCell(sheet, value)
                        cell.number_format = number_format
                        cells.append(cell)
                sheet.append(cells)
        book.save(folder / "bare-formatted.xlsx")

    formatted_s, _ = timed(bare_formatted)
    print(
        f"premiums collected: {result.rows} rows in {statement_s:.2f} s; bare openpyxl, values "
        f"only {bare_s:.2f} s (ratio {statement_s / max(bare_s, 1e-9):.2f}); bare openpyxl, the "
        f"same cells with their number formats {formatted_s:.2f} s (ratio "
        f"{statement_s / max(formatted_s, 1e-9):.2f}) (target ≤ 1.2)"
    )
    letter = ReminderSnapshot(
        CompanySnapshot("Compagnie"),
        TODAY,
        "Rappel courtois",
        "Souscripteur",
        "Abidjan",
        "MAL-2026-000001",
        "Q-2026-000001",
        date(2026, 10, 1),
        300_000,
        100_000,
        arrears.DEFAULT_TEXTS[next(iter(arrears.DEFAULT_TEXTS))],
    )
    letters = [replace(letter, quittance_number=f"Q-2026-{n:06d}") for n in range(args.letters)]
    seconds, pdf = timed(lambda: render_reminder_batch(letters))
    print(
        f"{args.letters} recovery letters: {seconds:.1f} s, {len(pdf) // 1024} KiB (target ≤ 10 s)"
    )
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))


if __name__ == "__main__":
    main()
