"""Premium collection for the demo portfolio (issue 9): payments of every mode written
through the real finance services by the demo's cashier — most quittances paid, some
partly, a few left unpaid so the arrears list shows every age —, one cheque bounced
(impayé), the cashier's past days closed and checked by accounting, and the recovery
letters the arrears call for on the demo's date."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop_app.domain.collection import (
    Allocation,
    CashDayState,
    CollectionMode,
    MobileOperator,
    PayerKind,
)
from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import CashDay, Policy, PremiumPayment, Quittance, User
from desktop_app.services.context import Actor, ServiceContext
from desktop_app.services.finance import arrears, cash_desk, payments

CASHIER, CHECKER = "caisse", "compta"
# What becomes of the n-th open quittance: paid in full by one mode, paid in part, or
# left unpaid (the arrears).
PLAN = (
    ("full", CollectionMode.TRANSFER),
    ("part", CollectionMode.CASH),
    ("full", CollectionMode.MOBILE_MONEY),
    ("full", CollectionMode.CHEQUE),
    ("unpaid", CollectionMode.CASH),
    ("part", CollectionMode.MOBILE_MONEY),
    ("full", CollectionMode.BILL),
    ("unpaid", CollectionMode.CASH),
)
BANKS = ("SGBCI", "BICICI", "Ecobank", "NSIA Banque", "Société Ivoirienne de Banque")


def _actor(db: Database, code: str) -> Actor | None:
    with db.read() as session:
        user = session.scalar(select(User).where(User.code == code))
        return Actor(user.id, user.code, user.full_name, user.role_set) if user else None


def _at(day: date, hour: int) -> Callable[[], datetime]:
    moment = datetime.combine(day, time(hour, 0))
    return lambda: moment


def load_demo_payments(
    db: Database, seed: int, today: date, count: int, progress: Callable[[str], None]
) -> int:
    """Collect on up to ``count`` open quittances; returns the number of payments."""
    cashier, checker = _actor(db, CASHIER), _actor(db, CHECKER)
    if cashier is None or checker is None or count <= 0:
        return 0
    with db.read() as session:
        if session.scalar(select(PremiumPayment.id).limit(1)) is not None:
            return 0  # once per portfolio: a second demo finds its cash days closed
    rng = random.Random(f"demo-finance:{seed}")
    with db.read() as session:
        rows = session.execute(
            select(
                Quittance.id,
                Quittance.total,
                Quittance.due_date,
                Quittance.issue_date,
                Policy.subscriber_id,
            )
            .join(Policy, Policy.id == Quittance.policy_id)
            .where(Quittance.status == QuittanceState.ISSUED, Quittance.total > 0)
            .order_by(Quittance.due_date, Quittance.id)
            .limit(count)
        ).all()
    written = 0
    bounced = False
    for n, (quittance_id, total, due, issued, subscriber) in enumerate(rows):
        kind, mode = PLAN[n % len(PLAN)]
        if kind == "unpaid":
            continue
        latest = today - timedelta(days=1)
        earliest = min(max(issued, due - timedelta(days=10)), latest)
        day = earliest + timedelta(days=rng.randrange(0, max(1, (latest - earliest).days + 1)))
        amount = total if kind == "full" else max(1, total * rng.choice((30, 40, 50)) // 100)
        extra: dict[str, object] = {}
        if mode is CollectionMode.CHEQUE:
            extra = {
                "bank": rng.choice(BANKS),
                "cheque_number": f"{rng.randrange(10**6, 10**7)}",
                "drawer": "Souscripteur",
            }
        elif mode is CollectionMode.BILL:
            extra = {"bill_due_date": day + timedelta(days=30), "bank": rng.choice(BANKS)}
        elif mode is CollectionMode.MOBILE_MONEY:
            extra = {
                "operator": list(MobileOperator)[n % len(MobileOperator)],
                "transaction_id": f"DEMO{seed % 1000:03d}{n:06d}",
            }
        ctx = ServiceContext(db, cashier, clock=_at(day, 10))
        done = payments.record_payment(
            ctx,
            payments.PaymentInput(
                day,
                PayerKind.SUBSCRIBER,
                subscriber,
                mode,
                amount,
                reference=f"DEMO-{n + 1:05d}",
                allocations=(Allocation(quittance_id, amount),),
                **extra,  # type: ignore[arg-type]
            ),
        )
        written += 1
        if mode is CollectionMode.CHEQUE and not bounced and day < latest:
            bounced = True
            payments.reverse_payment(
                ServiceContext(db, cashier, clock=_at(day + timedelta(days=1), 9)),
                done.payment_id,
                "Chèque rejeté par la banque : provision insuffisante (démonstration)",
            )
        if written % 20 == 0:
            progress(f"Encaissements… {written}")
    # The cashier's past days closed, and checked by accounting (four eyes).
    with db.read() as session:
        days = list(
            session.scalars(
                select(CashDay.id)
                .where(CashDay.day < today, CashDay.status == CashDayState.OPEN)
                .order_by(CashDay.day)
            )
        )
    now = _at(today, 8)
    for day_id in days:
        cash_desk.close_day(ServiceContext(db, cashier, clock=now), day_id)
        cash_desk.check_day(ServiceContext(db, checker, clock=now), day_id)
    arrears.generate_reminders(ServiceContext(db, cashier, clock=_at(today, 8)), today)
    return written
