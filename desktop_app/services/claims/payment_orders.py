"""Ordonnancement and règlement (domain.md §10.3, §10.4): assessed décomptes put into a
payment order signed by a user who did not assess them, then paid — at most once — and,
when a payment was wrong, reversed by a counter-entry with a reason (architecture.md rule 5).

Paying twice is refused by the service (the order and its claims are locked, their step
checked) and by the database (``claim_payments.paid_claim_id`` is unique): two clerks
pressing « Régler » on the same order at the same moment get one payment and one French
refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import Collector, Conflict, FieldError, NotFound, PermissionDenied
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.numbers import format_payment_order_number, payment_order_sequence
from desktop_app.domain.roles import Permission, permissions_of
from desktop_app.exports.decades import decade_label, decade_of
from desktop_app.persistence.models import (
    Claim,
    ClaimPayment,
    InsuredPerson,
    PaymentOrder,
    PaymentOrderItem,
    User,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.persistence.paging import KeyOrder, descending
from desktop_app.services import validation as v
from desktop_app.services.claims.common import move_claim
from desktop_app.services.claims.documents import store_payment_order
from desktop_app.services.claims.timeline import record_event
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.locking import is_locking

OPEN, PAID, CANCELLED = "open", "paid", "cancelled"
ORDER_STATUS_LABELS = {OPEN: "À régler", PAID: "Réglé", CANCELLED: "Annulé"}


def _load_order(session: Session, order_id: int) -> PaymentOrder:
    order = session.get(
        PaymentOrder, order_id, with_for_update=is_locking(session), populate_existing=True
    )
    if order is None:
        raise NotFound("Ordre de paiement introuvable.")
    return order


def _lock_claims(session: Session, claim_ids: Sequence[int]) -> dict[int, Claim]:
    """The claims, locked in id order (the same order for every clerk: no deadlock)."""
    query = select(Claim).where(Claim.id.in_(sorted(set(claim_ids)))).order_by(Claim.id)
    if is_locking(session):
        query = query.with_for_update()
    return {c.id: c for c in session.scalars(query.execution_options(populate_existing=True))}


def _flush(session: Session, message: str) -> None:
    """Flush; a uniqueness the database refuses means another clerk got there first."""
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(message) from None


def _signatory(session: Session, user_id: int | None) -> User:
    user = session.get(User, user_id) if user_id else None
    if user is None or not user.active:
        raise FieldError("signatory_id", "Choisissez le signataire de l'ordre de paiement.")
    if Permission.SIGN_PAYMENT_ORDERS not in permissions_of(user.role_set):
        raise FieldError(
            "signatory_id", f"{user.full_name} n'a pas le droit de signer les ordres de paiement."
        )
    return user


def _require_any(ctx: ServiceContext, *permissions: Permission) -> Actor:
    for permission in permissions:
        try:
            return ctx.require(permission)
        except PermissionDenied:
            continue
    return ctx.require(permissions[0])


@dataclass(frozen=True)
class OrderCreated:
    order_id: int
    number: str
    total: int
    changes: Changes


def create_payment_order(
    ctx: ServiceContext,
    claim_ids: Sequence[int],
    order_date: date | None,
    signatory_user_id: int | None,
) -> OrderCreated:
    """Put assessed décomptes into one payment order (§10.3). The signatory may sign orders
    and assessed none of them."""
    actor = _require_any(ctx, Permission.EDIT_CLAIMS, Permission.SIGN_PAYMENT_ORDERS)
    errors = Collector()
    if not claim_ids:
        errors.add("claim_ids", "Choisissez au moins un décompte à ordonnancer.")
    if order_date is None:
        errors.add("order_date", "La date de l'ordre est obligatoire.")
    elif order_date > ctx.today():
        errors.add("order_date", "La date de l'ordre ne peut pas être dans le futur.")
    errors.raise_if_any()
    assert order_date is not None
    with ctx.write() as session:
        signatory = _signatory(session, signatory_user_id)
        claims = _lock_claims(session, claim_ids)
        for claim_id in dict.fromkeys(claim_ids):
            claim = claims.get(claim_id)
            if claim is None:
                errors.add("claim_ids", "Un des décomptes choisis n'existe plus.")
                continue
            if claim.status is not ClaimState.ASSESSED:
                errors.add(
                    "claim_ids",
                    f"Dossier {claim.number} : il est à l'état « {claim.status.label} », "
                    "seul un décompte validé peut être ordonnancé.",
                )
            elif claim.reimbursed <= 0:
                errors.add(
                    "claim_ids",
                    f"Dossier {claim.number} : rien à payer, classez-le sans règlement.",
                )
            if claim.assessed_by_id == signatory.id:
                errors.add(
                    "signatory_id",
                    f"{signatory.full_name} a validé le décompte du dossier "
                    f"{claim.number} : un autre signataire doit signer l'ordre.",
                )
            if claim.assessed_at is not None and order_date < claim.assessed_at.date():
                errors.add(
                    "order_date",
                    f"Dossier {claim.number} : l'ordre ne peut précéder le décompte "
                    f"({claim.assessed_at:%d/%m/%Y}).",
                )
        errors.raise_if_any()
        ordered = [claims[i] for i in dict.fromkeys(claim_ids)]
        year = order_date.year
        order = PaymentOrder(
            number=format_payment_order_number(
                year, next_number(session, payment_order_sequence(year))
            ),
            order_date=order_date,
            signatory_id=signatory.id,
            signatory=signatory.full_name,
            status=OPEN,
            total=sum(c.reimbursed for c in ordered),
            created_by=actor.code,
            created_at=ctx.now(),
        )
        session.add(order)
        session.flush()
        granted = permissions_of(signatory.role_set)  # ordering is the signatory's act
        for claim in ordered:
            session.add(
                PaymentOrderItem(
                    order_id=order.id,
                    claim_id=claim.id,
                    open_claim_id=claim.id,
                    amount=claim.reimbursed,
                )
            )
            move_claim(claim, "order", actor, ctx.now(), granted=granted)
            record_event(
                session,
                claim.id,
                "ordered",
                f"Ordre de paiement {order.number} du {order_date:%d/%m/%Y}, "
                f"signataire {signatory.full_name}, {format_fcfa(claim.reimbursed)}.",
                actor,
                ctx.now(),
            )
        _flush(session, "Un des décomptes vient d'être ordonnancé par un autre utilisateur.")
        store_payment_order(session, order)
        return OrderCreated(
            order.id,
            order.number,
            order.total,
            Changes.of("payment_orders", order.id)
            | Changes.of("claims", *(c.id for c in ordered))
            | Changes.of("claim_events"),
        )


def cancel_payment_order(ctx: ServiceContext, order_id: int, reason: str) -> Changes:
    """Cancel an order nothing of which is paid: its décomptes go back to « Décompté »."""
    actor = ctx.require(Permission.SIGN_PAYMENT_ORDERS)
    with ctx.write() as session:
        order = _load_order(session, order_id)
        items = list(
            session.scalars(select(PaymentOrderItem).where(PaymentOrderItem.order_id == order.id))
        )
        claims = _lock_claims(session, [i.claim_id for i in items])
        if order.status == CANCELLED:
            raise Conflict(f"L'ordre de paiement {order.number} est déjà annulé.")
        if any(c.status is not ClaimState.ORDERED for c in claims.values()):
            raise Conflict(
                f"L'ordre de paiement {order.number} a des décomptes réglés : contre-passez d'abord "
                "les règlements."
            )
        for item in items:
            record = move_claim(claims[item.claim_id], "cancel_order", actor, ctx.now(), reason)
            item.open_claim_id = None
            record_event(
                session,
                item.claim_id,
                "order_cancelled",
                f"Ordre {order.number} annulé : {record.reason}",
                actor,
                ctx.now(),
            )
        order.status, order.cancel_reason = CANCELLED, " ".join(reason.split())
        return (
            Changes.of("payment_orders", order.id)
            | Changes.of("claims", *claims)
            | Changes.of("claim_events")
        )


@dataclass(frozen=True)
class PaymentInput:
    payment_date: date | None
    mode: PaymentMode | None
    reference: str = ""  # cheque or transfer number
    payee: str = ""  # empty: each décompte's payee
    period_label: str = ""  # empty: the décade of the payment date


@dataclass(frozen=True)
class PaymentDone:
    payment_ids: tuple[int, ...]
    total: int
    changes: Changes


def pay_order(ctx: ServiceContext, order_id: int, data: PaymentInput) -> PaymentDone:
    """Pay every décompte of the order not paid yet (§10.4): one payment each, at most once."""
    actor = ctx.require(Permission.PAY_CLAIMS)
    errors = Collector()
    if data.payment_date is None:
        errors.add("payment_date", "La date de règlement est obligatoire.")
    elif data.payment_date > ctx.today():
        errors.add("payment_date", "La date de règlement ne peut pas être dans le futur.")
    if data.mode is None:
        errors.add("mode", "Choisissez le mode de règlement.")
    reference = v.text(
        errors,
        data.reference,
        "reference",
        "La référence",
        max_length=60,
        required=data.mode in (PaymentMode.CHEQUE, PaymentMode.TRANSFER, PaymentMode.BILL),
    )
    payee = v.text(errors, data.payee, "payee", "Le bénéficiaire", required=False, max_length=160)
    period = v.text(
        errors, data.period_label, "period_label", "La période", required=False, max_length=60
    )
    errors.raise_if_any()
    assert data.payment_date is not None and data.mode is not None
    with ctx.write() as session:
        order = _load_order(session, order_id)
        if order.status == CANCELLED:
            raise Conflict(f"L'ordre de paiement {order.number} est annulé.")
        if data.payment_date < order.order_date:
            raise FieldError(
                "payment_date",
                f"Le règlement ne peut précéder l'ordre de paiement ({order.order_date:%d/%m/%Y}).",
            )
        items = list(
            session.scalars(
                select(PaymentOrderItem)
                .where(PaymentOrderItem.order_id == order.id)
                .order_by(PaymentOrderItem.id)
            )
        )
        claims = _lock_claims(session, [i.claim_id for i in items])
        due = [claims[i.claim_id] for i in items if claims[i.claim_id].status is ClaimState.ORDERED]
        if not due:
            raise Conflict(f"L'ordre de paiement {order.number} est déjà réglé.")
        payments = []
        for claim in due:
            move_claim(claim, "pay", actor, ctx.now())
            payment = ClaimPayment(
                order_id=order.id,
                claim_id=claim.id,
                paid_claim_id=claim.id,
                payment_date=data.payment_date,
                period_label=period or decade_label(decade_of(data.payment_date)),
                mode=data.mode,
                reference=reference,
                payee=payee or claim.payee_name,
                amount=claim.reimbursed,
                reason="",
                created_by=actor.code,
                created_at=ctx.now(),
            )
            session.add(payment)
            payments.append(payment)
            record_event(
                session,
                claim.id,
                "paid",
                f"Réglé le {data.payment_date:%d/%m/%Y} par "
                f"{data.mode.label.lower()} {reference} à {payment.payee} : {format_fcfa(claim.reimbursed)}.",
                actor,
                ctx.now(),
            )
        order.status = PAID
        _flush(
            session,
            f"L'ordre de paiement {order.number} vient d'être réglé par un autre utilisateur.",
        )
        store_payment_order(session, order)
        return PaymentDone(
            tuple(p.id for p in payments),
            sum(p.amount for p in payments),
            Changes.of("claim_payments", *(p.id for p in payments))
            | Changes.of("payment_orders", order.id)
            | Changes.of("claims", *(c.id for c in due))
            | Changes.of("claim_events"),
        )


def reverse_payment(
    ctx: ServiceContext, payment_id: int, reason: str, on_date: date | None = None
) -> Changes:
    """Reverse a payment by a counter-entry with a negative amount and a reason; the file
    goes back to « Ordonnancé », to be paid again (§10.4, architecture.md rule 5)."""
    actor = ctx.require(Permission.PAY_CLAIMS)
    day = on_date or ctx.today()
    if day > ctx.today():
        raise FieldError("on_date", "La date de contre-passation ne peut pas être dans le futur.")
    with ctx.write() as session:
        payment = session.get(
            ClaimPayment, payment_id, with_for_update=is_locking(session), populate_existing=True
        )
        if payment is None:
            raise NotFound("Règlement introuvable.")
        if payment.reversal_of_id is not None:
            raise Conflict("Une contre-passation ne se contre-passe pas.")
        order = _load_order(session, payment.order_id)
        claim = _lock_claims(session, [payment.claim_id])[payment.claim_id]
        if payment.paid_claim_id is None:
            raise Conflict(f"Le règlement du dossier {claim.number} est déjà contre-passé.")
        if day < payment.payment_date:
            raise FieldError("on_date", "La contre-passation ne peut précéder le règlement.")
        record = move_claim(claim, "reverse_payment", actor, ctx.now(), reason)
        payment.paid_claim_id = None
        counter = ClaimPayment(
            order_id=order.id,
            claim_id=claim.id,
            payment_date=day,
            period_label=decade_label(decade_of(day)),
            mode=payment.mode,
            reference=payment.reference,
            payee=payment.payee,
            amount=-payment.amount,
            reversal_of_id=payment.id,
            reason=record.reason,
            created_by=actor.code,
            created_at=ctx.now(),
        )
        session.add(counter)
        order.status = OPEN
        record_event(
            session,
            claim.id,
            "payment_reversed",
            f"Règlement du {payment.payment_date:%d/%m/%Y} "
            f"({format_fcfa(payment.amount)}) contre-passé : {record.reason}",
            actor,
            ctx.now(),
        )
        _flush(
            session,
            f"Le règlement du dossier {claim.number} vient d'être contre-passé par un autre utilisateur.",
        )
        return (
            Changes.of("claim_payments", payment.id, counter.id)
            | Changes.of("payment_orders", order.id)
            | Changes.of("claims", claim.id)
            | Changes.of("claim_events")
        )


@dataclass(frozen=True)
class OrderItemRow:
    claim_id: int
    claim_number: str
    person_name: str
    payee_name: str
    amount: int
    paid: bool
    payment_id: int | None
    payment_date: date | None


class OrderKey(NamedTuple):
    """Where a page of orders starts: after the order with this id (the latest first)."""

    id: int


ORDER_PAGING = KeyOrder.of(descending(PaymentOrder.id))


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    order_date: date
    signatory: str
    status: str
    status_label: str
    total: int
    items: tuple[OrderItemRow, ...]

    @property
    def page_key(self) -> OrderKey:
        return OrderKey(self.id)


def count_orders(ctx: ServiceContext, status: str | None = None) -> int:
    ctx.require(Permission.VIEW_CLAIMS)
    query = select(func.count(PaymentOrder.id))
    if status is not None:
        query = query.where(PaymentOrder.status == status)
    with ctx.read() as session:
        return int(session.scalar(query) or 0)


def list_orders(
    ctx: ServiceContext, status: str | None = None, after: OrderKey | None = None, limit: int = 100
) -> list[OrderRow]:
    """Orders, latest first, each with its décomptes and whether each one is paid (§10.3);
    one page after the order ``after`` (keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_CLAIMS)
    query = select(PaymentOrder).order_by(*ORDER_PAGING.order_by()).limit(limit)
    if status is not None:
        query = query.where(PaymentOrder.status == status)
    if after is not None:
        query = query.where(ORDER_PAGING.after(after))
    with ctx.read() as session:
        orders = list(session.scalars(query))
        ids = [o.id for o in orders]
        items: dict[int, list[OrderItemRow]] = {i: [] for i in ids}
        rows: Any = (
            session.execute(
                select(
                    PaymentOrderItem.order_id,
                    Claim.id,
                    Claim.number,
                    InsuredPerson.last_name,
                    InsuredPerson.first_names,
                    Claim.payee_name,
                    PaymentOrderItem.amount,
                    ClaimPayment.id,
                    ClaimPayment.payment_date,
                )
                .join(Claim, Claim.id == PaymentOrderItem.claim_id)
                .join(InsuredPerson, InsuredPerson.id == Claim.person_id)
                .outerjoin(
                    ClaimPayment,
                    (ClaimPayment.paid_claim_id == Claim.id)
                    & (ClaimPayment.order_id == PaymentOrderItem.order_id),
                )
                .where(PaymentOrderItem.order_id.in_(ids))
                .order_by(PaymentOrderItem.id)
            )
            if ids
            else []
        )
        for r in rows:
            items[r[0]].append(
                OrderItemRow(
                    r[1], r[2], f"{r[3]} {r[4]}".strip(), r[5], r[6], r[7] is not None, r[7], r[8]
                )
            )
        return [
            OrderRow(
                o.id,
                o.number,
                o.order_date,
                o.signatory,
                o.status,
                ORDER_STATUS_LABELS[o.status],
                o.total,
                tuple(items[o.id]),
            )
            for o in orders
        ]


class PaymentKey(NamedTuple):
    """Where a page of payments starts: after the payment with these values."""

    payment_date: date
    id: int


# Latest first: the reverse walk of ``ix_claim_payments_payment_date``, ties broken by id.
PAYMENT_PAGING = KeyOrder.of(descending(ClaimPayment.payment_date), descending(ClaimPayment.id))


@dataclass(frozen=True)
class PaymentRow:
    id: int
    payment_date: date
    order_number: str
    claim_id: int
    claim_number: str
    payee: str
    mode: PaymentMode
    reference: str
    amount: int
    period_label: str
    reversal_of_id: int | None
    reversed: bool
    reason: str

    @property
    def page_key(self) -> PaymentKey:
        return PaymentKey(self.payment_date, self.id)


def list_payments(
    ctx: ServiceContext, after: PaymentKey | None = None, limit: int = 200
) -> list[PaymentRow]:
    """Every payment and counter-entry, latest first (the list of paid décomptes, §10.4);
    one page after the payment ``after`` (keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_CLAIMS)
    p = ClaimPayment
    counter = select(p.reversal_of_id).where(p.reversal_of_id.is_not(None)).scalar_subquery()
    query = (
        select(
            p.id,
            p.payment_date,
            PaymentOrder.number,
            p.claim_id,
            Claim.number,
            p.payee,
            p.mode,
            p.reference,
            p.amount,
            p.period_label,
            p.reversal_of_id,
            p.id.in_(counter),
            p.reason,
        )
        .join(PaymentOrder, PaymentOrder.id == p.order_id)
        .join(Claim, Claim.id == p.claim_id)
        .order_by(*PAYMENT_PAGING.order_by())
        .limit(limit)
    )
    if after is not None:
        query = query.where(PAYMENT_PAGING.after(after))
    with ctx.read() as session:
        return [
            PaymentRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                bool(r[11]),
                r[12],
            )
            for r in session.execute(query)
        ]
