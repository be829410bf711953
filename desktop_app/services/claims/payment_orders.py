"""Ordonnancement and règlement (domain.md §10.3, §10.4): assessed décomptes put into a
payment order « à signer »; a signatory who assessed none of them signs it, in their own
session or by typing their code and password at the clerk's desk (four eyes,
architecture.md rule 11); only a signed order is paid — each décompte at most once, what it
paid frozen line by line (``paid_lines``) — and a wrong payment is reversed by a
counter-entry with a reason (rule 5). The order's states follow its workflow table
(``domain.payment_order_workflow``).

Paying twice is refused by the service (the order and its claims are locked, their step
checked) and by the database (``claim_payments.paid_claim_id`` is unique): two clerks
pressing « Régler » on the same order at the same moment get one payment and one French
refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import (
    AuthenticationFailed,
    Collector,
    Conflict,
    FieldError,
    PermissionDenied,
)
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.numbers import format_payment_order_number, payment_order_sequence
from desktop_app.domain.payment_order_workflow import (
    PAYMENT_ORDER_WORKFLOW,
    PaymentOrderState,
    Signer,
    check_signatory,
)
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
from desktop_app.services import workflow
from desktop_app.services.administration.users import authenticate
from desktop_app.services.claims.common import move_claim
from desktop_app.services.claims.documents import store_payment_order
from desktop_app.services.claims.paid_lines import freeze_payment, reverse_frozen
from desktop_app.services.claims.period import check_open_period
from desktop_app.services.claims.timeline import record_event
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.locking import get_locked, lock_many

ORDER_MISSING = "Ordre de paiement introuvable."


def _load_order(session: Session, order_id: int) -> PaymentOrder:
    return get_locked(session, PaymentOrder, order_id, ORDER_MISSING)


def _lock_claims(session: Session, claim_ids: Sequence[int]) -> dict[int, Claim]:
    """The claims, locked in id order (the same order for every clerk: no deadlock)."""
    return lock_many(session, Claim, claim_ids)


def _items(session: Session, order: PaymentOrder) -> list[PaymentOrderItem]:
    return list(
        session.scalars(
            select(PaymentOrderItem)
            .where(PaymentOrderItem.order_id == order.id)
            .order_by(PaymentOrderItem.id)
        )
    )


def _flush(session: Session, message: str) -> None:
    """Flush; a uniqueness the database refuses means another clerk got there first."""
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(message) from None


def _require_any(ctx: ServiceContext, *permissions: Permission) -> Actor:
    for permission in permissions:
        try:
            return ctx.require(permission)
        except PermissionDenied:
            continue
    return ctx.require(permissions[0])


def _move_order(
    session: Session,
    order: PaymentOrder,
    name: str,
    actor: Actor,
    ctx: ServiceContext,
    reason: str = "",
    granted: Any = None,
) -> str:
    done = workflow.move(
        session,
        PAYMENT_ORDER_WORKFLOW,
        order,
        name,
        user_id=actor.user_id,
        user_code=actor.code,
        at=ctx.now(),
        reason=reason,
        granted=actor.permissions if granted is None else granted,
    )
    return done.reason


@dataclass(frozen=True)
class OrderCreated:
    order_id: int
    number: str
    total: int
    changes: Changes


def create_payment_order(
    ctx: ServiceContext, claim_ids: Sequence[int], order_date: date | None
) -> OrderCreated:
    """Put assessed décomptes into one payment order « à signer » (§10.3). The claims clerk
    prepares it; a signatory signs it afterwards (``sign_payment_order``)."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
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
            status=PaymentOrderState.TO_SIGN,
            signatory="",
            total=sum(c.reimbursed for c in ordered),
            created_by=actor.code,
            created_at=ctx.now(),
            cancel_reason="",
        )
        session.add(order)
        session.flush()
        for claim in ordered:
            session.add(
                PaymentOrderItem(
                    order_id=order.id,
                    claim_id=claim.id,
                    open_claim_id=claim.id,
                    amount=claim.reimbursed,
                    payee=claim.payee_name,
                )
            )
            move_claim(session, claim, "order", actor, ctx.now())
            record_event(
                session,
                claim.id,
                "ordered",
                f"Ordre de paiement {order.number} du {order_date:%d/%m/%Y}, à signer, "
                f"{format_fcfa(claim.reimbursed)}.",
                actor,
                ctx.now(),
            )
        _flush(session, "Un des décomptes vient d'être ordonnancé par un autre utilisateur.")
        store_payment_order(session, order, actor, ctx.now())
        return OrderCreated(
            order.id,
            order.number,
            order.total,
            Changes.of("payment_orders", order.id)
            | Changes.of("claims", *(c.id for c in ordered))
            | Changes.of("claim_events")
            | Changes.of("issued_documents"),
        )


@dataclass(frozen=True)
class SignatoryCredentials:
    """A signatory signing at someone else's desk types their own code and password."""

    code: str
    password: str


def _signer(ctx: ServiceContext, credentials: SignatoryCredentials | None) -> Actor:
    """Who signs: the signed-in user, or the user whose code and password were typed (a
    wrong password counts as a failed login: five lock the account, as at the login)."""
    if credentials is None:
        return _require_any(ctx, Permission.SIGN_PAYMENT_ORDERS, Permission.EDIT_CLAIMS)
    _require_any(ctx, Permission.EDIT_CLAIMS, Permission.SIGN_PAYMENT_ORDERS)
    errors = Collector()
    if not credentials.code.strip():
        errors.add("signatory_code", "Saisissez le code du signataire.")
    if not credentials.password:
        errors.add("signatory_password", "Saisissez le mot de passe du signataire.")
    errors.raise_if_any()
    try:
        return authenticate(ctx, credentials.code, credentials.password)
    except AuthenticationFailed as failed:
        raise FieldError("signatory_password", failed.message) from None


@dataclass(frozen=True)
class OrderSigned:
    number: str
    signatory: str  # who signed, as the database knows them
    changes: Changes


def sign_payment_order(
    ctx: ServiceContext, order_id: int, credentials: SignatoryCredentials | None = None
) -> OrderSigned:
    """The signatory signs the order (§10.3; architecture.md rule 11): a user holding the
    Signataire right who assessed none of its files, checked against the database (the
    rights held now, not those of an old session). Signed, it may be paid."""
    signer = _signer(ctx, credentials)
    with ctx.write() as session:
        order = _load_order(session, order_id)
        user = session.get(User, signer.user_id) if signer.user_id is not None else None
        if user is None:
            raise FieldError("signatory", "Seul un utilisateur du programme peut signer un ordre.")
        granted = permissions_of(user.role_set)
        items = _items(session, order)
        claims = _lock_claims(session, [i.claim_id for i in items])
        check_signatory(
            Signer(user.id, user.full_name, user.active, granted, user.must_change_password),
            [(claims[i.claim_id].number, claims[i.claim_id].assessed_by_id) for i in items],
        )
        by = Actor(user.id, user.code, user.full_name, frozenset(user.role_set))
        _move_order(session, order, "sign", by, ctx, granted=granted)
        order.signatory_id, order.signatory, order.signed_at = user.id, user.full_name, ctx.now()
        for item in items:
            record_event(
                session,
                item.claim_id,
                "signed",
                f"Ordre de paiement {order.number} signé par {user.full_name}.",
                by,
                ctx.now(),
            )
        store_payment_order(session, order, by, ctx.now())
        return OrderSigned(
            order.number,
            user.full_name,
            Changes.of("payment_orders", order.id)
            | Changes.of("claim_events")
            | Changes.of("issued_documents"),
        )


def cancel_payment_order(ctx: ServiceContext, order_id: int, reason: str) -> Changes:
    """Cancel an order nothing of which is paid, with a reason: its décomptes go back to
    « Décompté ». Before its signature the clerk or a signatory may; once signed, only a
    signatory (the workflow table says so)."""
    actor = _require_any(ctx, Permission.SIGN_PAYMENT_ORDERS, Permission.EDIT_CLAIMS)
    with ctx.write() as session:
        order = _load_order(session, order_id)
        items = _items(session, order)
        claims = _lock_claims(session, [i.claim_id for i in items])
        if order.status is PaymentOrderState.CANCELLED:
            raise Conflict(f"L'ordre de paiement {order.number} est déjà annulé.")
        if any(c.status is not ClaimState.ORDERED for c in claims.values()):
            raise Conflict(
                f"L'ordre de paiement {order.number} a des décomptes réglés : contre-passez d'abord "
                "les règlements."
            )
        cleaned = _move_order(session, order, "cancel", actor, ctx, reason)
        for item in items:
            move_claim(session, claims[item.claim_id], "cancel_order", actor, ctx.now(), cleaned)
            item.open_claim_id = None
            record_event(
                session,
                item.claim_id,
                "order_cancelled",
                f"Ordre {order.number} annulé : {cleaned}",
                actor,
                ctx.now(),
            )
        order.cancel_reason = cleaned
        store_payment_order(session, order, actor, ctx.now())
        return (
            Changes.of("payment_orders", order.id)
            | Changes.of("claims", *claims)
            | Changes.of("claim_events")
            | Changes.of("issued_documents")
        )


@dataclass(frozen=True)
class PaymentInput:
    payment_date: date | None
    mode: PaymentMode | None
    reference: str = ""  # cheque or transfer number
    period_label: str = ""  # empty: the décade of the payment date
    # No payee: each décompte is paid to the payee its order names, which the signature
    # covers (four eyes); another payee means cancelling the order and a new signature.


@dataclass(frozen=True)
class PaymentDone:
    payment_ids: tuple[int, ...]
    total: int
    changes: Changes


def pay_order(ctx: ServiceContext, order_id: int, data: PaymentInput) -> PaymentDone:
    """Pay every décompte of a signed order not paid yet (§10.4): one payment each, at most
    once, and what each paid frozen line by line."""
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
    period = v.text(
        errors, data.period_label, "period_label", "La période", required=False, max_length=60
    )
    errors.raise_if_any()
    assert data.payment_date is not None and data.mode is not None
    with ctx.write() as session:
        order = _load_order(session, order_id)
        if order.status is PaymentOrderState.TO_SIGN:
            raise Conflict(
                f"L'ordre de paiement {order.number} n'est pas signé : un signataire doit le "
                "signer avant son règlement."
            )
        if order.status is PaymentOrderState.CANCELLED:
            raise Conflict(f"L'ordre de paiement {order.number} est annulé.")
        if order.status is PaymentOrderState.PAID:
            raise Conflict(f"L'ordre de paiement {order.number} est déjà réglé.")
        signed_on = order.signed_at.date() if order.signed_at else order.order_date
        if data.payment_date < signed_on:
            raise FieldError(
                "payment_date",
                f"Le règlement ne peut précéder la signature de l'ordre ({signed_on:%d/%m/%Y}).",
            )
        check_open_period(session, data.payment_date, "payment_date")
        items = [i for i in _items(session, order) if i.open_claim_id is not None]
        claims = _lock_claims(session, [i.claim_id for i in items])
        due = [
            (i, claims[i.claim_id])
            for i in items
            if claims[i.claim_id].status is ClaimState.ORDERED
        ]
        if not due or len(due) != len(items):
            raise Conflict(
                f"L'ordre de paiement {order.number} vient de changer : actualisez la liste."
            )
        payments = []
        for item, claim in due:
            if claim.reimbursed != item.amount:  # cannot happen: a file does not change in an order
                raise Conflict(f"Dossier {claim.number} : le montant a changé depuis l'ordre.")
            move_claim(session, claim, "pay", actor, ctx.now())
            payment = ClaimPayment(
                order_id=order.id,
                claim_id=claim.id,
                paid_claim_id=claim.id,
                payment_date=data.payment_date,
                period_label=period or decade_label(decade_of(data.payment_date)),
                mode=data.mode,
                reference=reference,
                payee=item.payee,
                amount=item.amount,
                reason="",
                created_by=actor.code,
                created_at=ctx.now(),
            )
            session.add(payment)
            payments.append((payment, claim))
            record_event(
                session,
                claim.id,
                "paid",
                f"Réglé le {data.payment_date:%d/%m/%Y} par "
                f"{data.mode.label.lower()} {reference} à {payment.payee} : {format_fcfa(claim.reimbursed)}.",
                actor,
                ctx.now(),
            )
        _move_order(session, order, "pay", actor, ctx)
        _flush(
            session,
            f"L'ordre de paiement {order.number} vient d'être réglé par un autre utilisateur.",
        )
        for payment, claim in payments:
            freeze_payment(session, payment, claim)
        store_payment_order(session, order, actor, ctx.now())
        return PaymentDone(
            tuple(p.id for p, _ in payments),
            sum(p.amount for p, _ in payments),
            Changes.of("claim_payments", *(p.id for p, _ in payments))
            | Changes.of("payment_orders", order.id)
            | Changes.of("claims", *(c.id for _, c in due))
            | Changes.of("claim_events")
            | Changes.of("issued_documents"),
        )


def reverse_payment(
    ctx: ServiceContext, payment_id: int, reason: str, on_date: date | None = None
) -> Changes:
    """Reverse a payment by a counter-entry with a negative amount and a reason (§10.4,
    architecture.md rule 5). The file leaves its order and goes back to « Décompté »: it is
    paid again only through a new order, signed again (four eyes cover every payment), or
    reopened to redo its décompte. The order stays « Réglé » — a record of what it paid —
    and its printed copy says the payment was reversed. What the payment paid is negated
    line by line, on the reversal's date: the statement of the payment's period does not
    change."""
    actor = ctx.require(Permission.PAY_CLAIMS)
    day = on_date or ctx.today()
    if day > ctx.today():
        raise FieldError("on_date", "La date de contre-passation ne peut pas être dans le futur.")
    with ctx.write() as session:
        payment = get_locked(session, ClaimPayment, payment_id, "Règlement introuvable.")
        if payment.reversal_of_id is not None:
            raise Conflict("Une contre-passation ne se contre-passe pas.")
        order = _load_order(session, payment.order_id)
        claim = _lock_claims(session, [payment.claim_id])[payment.claim_id]
        if payment.paid_claim_id is None:
            raise Conflict(f"Le règlement du dossier {claim.number} est déjà contre-passé.")
        if day < payment.payment_date:
            raise FieldError("on_date", "La contre-passation ne peut précéder le règlement.")
        check_open_period(session, day, "on_date")
        record = move_claim(session, claim, "reverse_payment", actor, ctx.now(), reason)
        payment.paid_claim_id = None
        item = session.scalar(
            select(PaymentOrderItem).where(
                PaymentOrderItem.order_id == order.id, PaymentOrderItem.claim_id == claim.id
            )
        )
        if item is not None:
            item.open_claim_id = None  # the file may go into a new order
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
        reverse_frozen(session, payment, counter)
        store_payment_order(session, order, actor, ctx.now())
        return (
            Changes.of("claim_payments", payment.id, counter.id)
            | Changes.of("payment_orders", order.id)
            | Changes.of("claims", claim.id)
            | Changes.of("claim_events")
            | Changes.of("issued_documents")
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
    withdrawn: bool = False  # out of the order: the order was cancelled or its payment reversed


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
    status: PaymentOrderState
    status_label: str
    total: int
    items: tuple[OrderItemRow, ...]
    signed_at: datetime | None = None

    @property
    def page_key(self) -> OrderKey:
        return OrderKey(self.id)


def count_orders(ctx: ServiceContext, status: PaymentOrderState | None = None) -> int:
    ctx.require(Permission.VIEW_CLAIMS)
    query = select(func.count(PaymentOrder.id))
    if status is not None:
        query = query.where(PaymentOrder.status == status)
    with ctx.read() as session:
        return int(session.scalar(query) or 0)


def list_orders(
    ctx: ServiceContext,
    status: PaymentOrderState | None = None,
    after: OrderKey | None = None,
    limit: int = 100,
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
                    PaymentOrderItem.payee,
                    PaymentOrderItem.amount,
                    ClaimPayment.id,
                    ClaimPayment.payment_date,
                    PaymentOrderItem.open_claim_id,
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
                    r[1],
                    r[2],
                    f"{r[3]} {r[4]}".strip(),
                    r[5],
                    r[6],
                    r[7] is not None,
                    r[7],
                    r[8],
                    withdrawn=r[7] is None and r[9] is None,
                )
            )
        return [
            OrderRow(
                o.id,
                o.number,
                o.order_date,
                o.signatory,
                o.status,
                o.status.label,
                o.total,
                tuple(items[o.id]),
                o.signed_at,
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
