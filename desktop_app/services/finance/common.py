"""What several premium-collection use cases read: a quittance's net collected amount, a
payer's open quittances, a payment's credit, the cashier's day (domain.md §11)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.domain.collection import (
    CashDayState,
    OpenItem,
    PayerKind,
    PaymentState,
)
from desktop_app.domain.errors import FieldError, NotFound, PermissionDenied
from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.persistence.models import (
    CashDay,
    Intermediary,
    Policy,
    PremiumAllocation,
    PremiumPayment,
    Quittance,
    Subscriber,
)
from desktop_app.services.context import Actor
from desktop_app.services.locking import find_locked

OPEN_STATES = (QuittanceState.ISSUED, QuittanceState.PARTLY_PAID)


def receipt_sequence(year: int) -> str:
    return f"receipt:{year}"


def format_receipt_number(year: int, n: int) -> str:
    """``RE-2026-000123``: receipt 123 of 2026, gap-free (architecture.md rule 4)."""
    return f"RE-{year}-{n:06d}"


def collected(session: Session, quittance_ids: Iterable[int]) -> dict[int, int]:
    """Net collected per quittance (allocations less their counter-entries)."""
    ids = sorted(set(quittance_ids))
    if not ids:
        return {}
    a = PremiumAllocation
    rows = session.execute(
        select(a.quittance_id, func.sum(a.amount))
        .where(a.quittance_id.in_(ids))
        .group_by(a.quittance_id)
    )
    found = {int(q): int(s or 0) for q, s in rows}
    return {i: found.get(i, 0) for i in ids}


def allocated_of_payment(session: Session, payment_id: int) -> int:
    a = PremiumAllocation
    total = session.scalar(select(func.sum(a.amount)).where(a.payment_id == payment_id))
    return int(total or 0)


def credit_of(session: Session, payment: PremiumPayment) -> int:
    """What of a payment is not allocated: the payer's credit (nothing once reversed)."""
    if payment.status is not PaymentState.RECEIVED:
        return 0
    return payment.amount - allocated_of_payment(session, payment.id)


def payer_quittances(kind: PayerKind, payer_id: int) -> Select[tuple[Quittance]]:
    """The quittances a payer pays: a subscriber's policies', or those an intermediary
    brought (as the quittance recorded it when issued)."""
    q = select(Quittance)
    if kind is PayerKind.SUBSCRIBER:
        # Through the policy ids (an index walk on quittances.policy_id), not a join the
        # planner may drive from the quittances' state index instead.
        policies = select(Policy.id).where(Policy.subscriber_id == payer_id)
        return q.where(Quittance.policy_id.in_(policies.scalar_subquery()))
    return q.where(Quittance.intermediary_id == payer_id)


def open_quittances(session: Session, kind: PayerKind, payer_id: int) -> list[Quittance]:
    """The payer's quittances with something still to pay (refunds are credit notes, not
    debts), oldest due first."""
    query = (
        payer_quittances(kind, payer_id)
        .where(Quittance.status.in_(OPEN_STATES), Quittance.total > 0)
        .order_by(Quittance.due_date, Quittance.number)
    )
    return list(session.scalars(query))


def open_items(session: Session, quittances: Iterable[Quittance]) -> list[OpenItem]:
    rows = list(quittances)
    done = collected(session, (q.id for q in rows))
    items = [
        OpenItem(q.id, q.number, q.due_date, q.total - done[q.id])
        for q in rows
        if q.status in OPEN_STATES and q.total > 0
    ]
    return [i for i in items if i.balance > 0]


@dataclass(frozen=True)
class Payer:
    kind: PayerKind
    id: int
    name: str
    is_broker: bool


def load_payer(session: Session, kind: PayerKind, payer_id: int | None) -> Payer:
    if payer_id is None:
        raise FieldError("payer", "Choisissez le payeur (souscripteur ou intermédiaire).")
    if kind is PayerKind.SUBSCRIBER:
        subscriber = session.get(Subscriber, payer_id)
        if subscriber is None:
            raise FieldError("payer", "Souscripteur introuvable.")
        return Payer(kind, subscriber.id, subscriber.name, False)
    intermediary = session.get(Intermediary, payer_id)
    if intermediary is None:
        raise FieldError("payer", "Intermédiaire introuvable.")
    return Payer(kind, intermediary.id, intermediary.name, intermediary.kind.value == "broker")


def cash_day_for(session: Session, actor: Actor, day: date, field: str = "payment_date") -> CashDay:
    """The actor's cash day for ``day``, opened if need be, locked; refused once closed."""
    if actor.user_id is None:
        raise PermissionDenied("Un encaissement est enregistré par un caissier connecté.")
    query = select(CashDay.id).where(CashDay.cashier_id == actor.user_id, CashDay.day == day)
    found = session.scalar(query)
    if found is None:
        # Opened by the first payment of the day (an audited insert). Two payments of the
        # same cashier at the same moment (two windows): the second insert fails on the
        # unique (cashier, day) inside its savepoint only, and finds the first one's day.
        try:
            with session.begin_nested():
                session.add(
                    CashDay(
                        cashier_id=actor.user_id,
                        cashier_code=actor.code,
                        day=day,
                        status=CashDayState.OPEN,
                        checked_by_code="",
                    )
                )
                session.flush()
        except IntegrityError:
            pass
        found = session.scalar(query)
    cash_day = find_locked(session, CashDay, found)
    if cash_day is None:  # pragma: no cover - deleted rows are refused by the database
        raise NotFound("Journée de caisse introuvable.")
    if cash_day.status is not CashDayState.OPEN:
        raise FieldError(
            field,
            f"Votre journée de caisse du {day.strftime('%d/%m/%Y')} est clôturée : plus rien "
            "ne peut y être enregistré.",
        )
    return cash_day
