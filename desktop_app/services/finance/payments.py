"""Recording a premium payment, allocating it, reversing it (domain.md §11, issue 9).

A payment is numbered by its receipt (gap-free), allocated to the payer's open quittances
oldest due first unless the clerk chose otherwise; what is not allocated stays as a credit
on the payer's account, allocatable later. Each quittance moves along its workflow
(issued → partly paid → paid); a reversal (impayé, bounced cheque) writes the exact
counter-entry of each allocation and moves the quittances back, with its reason. The
quittances are locked (PostgreSQL) before their balance is read, so two cashiers
allocating to the same quittance at once never allocate more than its TTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.documents.finance import ReceiptLine, ReceiptSnapshot, render_receipt
from desktop_app.domain.collection import (
    MAX_PAYMENT,
    PAYMENT_WORKFLOW,
    Allocation,
    CollectionMode,
    MobileOperator,
    PayerKind,
    PaymentState,
    broker_flag,
    check_allocation,
    collection_move,
    propose_allocation,
    quittance_state,
)
from desktop_app.domain.errors import Collector, FieldError, ValidationFailed
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.quittance_workflow import QUITTANCE_WORKFLOW, QuittanceState
from desktop_app.domain.roles import Permission
from desktop_app.domain.text import search_key
from desktop_app.persistence.models import (
    Intermediary,
    Policy,
    PremiumAllocation,
    PremiumPayment,
    Quittance,
    Subscriber,
    User,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.services import validation as v
from desktop_app.services import workflow
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.finance.common import (
    Payer,
    cash_day_for,
    collected,
    credit_of,
    format_receipt_number,
    load_payer,
    open_items,
    open_quittances,
    receipt_sequence,
)
from desktop_app.services.issued_documents import (
    Owner,
    company_snapshot,
    current_snapshot,
    issue_document,
)
from desktop_app.services.locking import get_locked, lock_many

PAYMENT_MISSING = "Encaissement introuvable."


@dataclass(frozen=True)
class PaymentInput:
    payment_date: date | None
    payer_kind: PayerKind
    payer_id: int | None
    mode: CollectionMode | None
    amount: int | None
    reference: str = ""
    bank: str = ""
    cheque_number: str = ""
    drawer: str = ""
    cheque_to_insurer: bool = True
    bill_due_date: date | None = None
    operator: MobileOperator | None = None
    transaction_id: str = ""
    allocations: tuple[Allocation, ...] | None = None
    """None: the program's proposal (oldest due first). Empty: all kept as credit."""


@dataclass(frozen=True)
class PaymentRecorded:
    payment_id: int
    number: str
    allocated: int
    credit: int
    flag: str
    changes: Changes


@dataclass(frozen=True)
class Cleaned:
    payment_date: date
    mode: CollectionMode
    amount: int
    reference: str
    bank: str
    cheque_number: str
    drawer: str
    bill_due_date: date | None
    operator: MobileOperator | None
    transaction_id: str | None


def _clean(ctx: ServiceContext, data: PaymentInput) -> Cleaned:
    errors = Collector()
    today = ctx.today()
    if data.payment_date is None:
        errors.add("payment_date", "La date de l'encaissement est obligatoire.")
    elif data.payment_date > today:
        errors.add("payment_date", "La date de l'encaissement ne peut pas être dans le futur.")
    if data.payer_id is None:
        errors.add("payer", "Choisissez le payeur (souscripteur ou intermédiaire).")
    if data.mode is None:
        errors.add("mode", "Choisissez le mode de paiement.")
    amount = data.amount
    if amount is None:
        errors.add("amount", "Le montant est obligatoire.")
    elif not isinstance(amount, int) or isinstance(amount, bool):
        errors.add("amount", "Le montant doit être un nombre entier de francs (sans décimales).")
    elif amount <= 0:
        errors.add("amount", "Le montant doit être supérieur à zéro.")
    elif amount > MAX_PAYMENT:
        errors.add("amount", "Ce montant est invraisemblable : vérifiez la saisie.")
    reference = v.text(
        errors, data.reference, "reference", "La référence", required=False, max_length=80
    )
    bank = cheque_number = drawer = ""
    bill_due: date | None = None
    operator: MobileOperator | None = None
    transaction: str | None = None
    if data.mode is CollectionMode.CHEQUE:
        bank = v.text(errors, data.bank, "bank", "La banque", max_length=80)
        cheque_number = v.text(
            errors, data.cheque_number, "cheque_number", "Le numéro du chèque", max_length=40
        )
        drawer = v.text(errors, data.drawer, "drawer", "Le tireur", max_length=120)
    elif data.mode is CollectionMode.BILL:
        if data.bill_due_date is None:
            errors.add("bill_due_date", "L'échéance de la traite est obligatoire.")
        bill_due = data.bill_due_date
        bank = v.text(errors, data.bank, "bank", "La banque", required=False, max_length=80)
    elif data.mode is CollectionMode.TRANSFER:
        bank = v.text(errors, data.bank, "bank", "La banque", required=False, max_length=80)
    elif data.mode is CollectionMode.MOBILE_MONEY:
        if data.operator is None:
            errors.add("operator", "Choisissez l'opérateur de mobile money.")
        operator = data.operator
        cleaned = " ".join(data.transaction_id.split()).upper()
        if not cleaned:
            errors.add("transaction_id", "L'identifiant de la transaction est obligatoire.")
        elif len(cleaned) > 60:
            errors.add(
                "transaction_id",
                "L'identifiant de la transaction est trop long (60 caractères au plus).",
            )
        transaction = cleaned or None
    errors.raise_if_any()
    assert data.payment_date is not None and data.mode is not None and amount is not None
    return Cleaned(
        data.payment_date,
        data.mode,
        amount,
        reference,
        bank,
        cheque_number,
        drawer,
        bill_due,
        operator,
        transaction,
    )


def _details(payment: PremiumPayment) -> tuple[str, ...]:
    mode = payment.mode
    if mode is CollectionMode.CHEQUE:
        to = "" if payment.cheque_to_insurer else " (pas à l'ordre de l'assureur)"
        return (
            f"Chèque n° {payment.cheque_number}, {payment.bank}, tiré par {payment.drawer}{to}",
        )
    if mode is CollectionMode.BILL and payment.bill_due_date is not None:
        bank = f", {payment.bank}" if payment.bank else ""
        return (f"Traite à échéance du {payment.bill_due_date.strftime('%d/%m/%Y')}{bank}",)
    if mode is CollectionMode.MOBILE_MONEY and payment.operator is not None:
        return (f"{payment.operator.label}, transaction {payment.transaction_id}",)
    if mode is CollectionMode.TRANSFER and payment.bank:
        return (f"Virement, {payment.bank}",)
    return ()


def _cashier_name(session: Session, code: str) -> str:
    name = session.scalar(select(User.full_name).where(User.code == code))
    return f"{name} ({code})" if name else code


def receipt_snapshot(session: Session, payment: PremiumPayment) -> ReceiptSnapshot:
    """The receipt as it is printed now: every allocation and counter-entry of the payment."""
    a = PremiumAllocation
    rows = session.execute(
        select(Quittance.number, Quittance.policy_number, a.amount)
        .join(Quittance, Quittance.id == a.quittance_id)
        .where(a.payment_id == payment.id)
        .order_by(a.id)
    )
    lines = tuple(ReceiptLine(number, policy, int(amount)) for number, policy, amount in rows)
    return ReceiptSnapshot(
        company=company_snapshot(session),
        number=payment.number,
        payment_date=payment.payment_date,
        payer_label=payment.payer_kind.label,
        payer_name=payment.payer_name,
        mode_label=payment.mode.label,
        details=_details(payment),
        amount=payment.amount,
        reference=payment.reference,
        lines=lines,
        cashier=_cashier_name(session, payment.received_by),
        flag=payment.flag,
        reversed_on=payment.reversed_on,
        reversal_reason=payment.reversal_reason,
    )


def _issue_receipt(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    payment: PremiumPayment,
    supersede: bool = True,
) -> None:
    session.flush()
    issue_document(
        session,
        DocumentKind.RECEIPT,
        Owner(premium_payment_id=payment.id),
        receipt_snapshot(session, payment),
        user_id=actor.user_id,
        user_code=actor.code,
        at=ctx.now(),
        supersede=supersede,  # a new payment has no receipt yet: no query for one
    )


def _move_quittances(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    quittances: dict[int, Quittance],
    reason: str = "",
) -> None:
    """Each quittance to the state its net collected amount gives, through its workflow."""
    done = collected(session, quittances)
    for quittance_id in sorted(quittances):
        quittance = quittances[quittance_id]
        target = quittance_state(done[quittance_id], quittance.total)
        name = collection_move(quittance.status, target)
        if name is None:
            continue
        workflow.move(
            session,
            QUITTANCE_WORKFLOW,
            quittance,
            name,
            user_id=actor.user_id,
            user_code=actor.code,
            at=ctx.now(),
            reason=reason,
        )


def _allocate(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    payment: PremiumPayment,
    available: int,
    payer_kind: PayerKind,
    payer_id: int,
    chosen: Sequence[Allocation] | None,
) -> tuple[int, dict[int, Quittance]]:
    """Allocate up to ``available`` of ``payment``: lock the quittances concerned, read
    their balance, check (or propose) the allocation, write it and move the quittances."""
    candidates = {q.id for q in open_quittances(session, payer_kind, payer_id)}
    wanted = {a.quittance_id for a in chosen} if chosen is not None else set()
    locked = lock_many(session, Quittance, candidates | wanted)
    errors = Collector()
    for quittance_id in sorted(wanted):
        quittance = locked.get(quittance_id)
        if quittance is None:
            errors.add("allocations", "Une quittance choisie n'existe pas.")
        elif quittance_id not in candidates and quittance.status is QuittanceState.CANCELLED:
            errors.add(
                "allocations",
                f"La quittance {quittance.number} est annulée : rien ne peut y être imputé.",
            )
        elif quittance_id not in candidates and quittance.status is QuittanceState.PAID:
            errors.add("allocations", f"La quittance {quittance.number} est déjà payée.")
        elif quittance_id not in candidates:
            errors.add(
                "allocations",
                f"La quittance {quittance.number} n'est pas une dette de ce payeur.",
            )
    errors.raise_if_any()
    items = open_items(session, [locked[i] for i in sorted(candidates) if i in locked])
    balances = {i.quittance_id: i.balance for i in items}
    numbers = {q.id: q.number for q in locked.values()}
    if chosen is None:
        allocations = propose_allocation(available, items)
    else:
        allocations = list(chosen)
        check_allocation(available, allocations, balances, numbers, errors)
        errors.raise_if_any()
    now = ctx.now()
    touched: dict[int, Quittance] = {}
    for allocation in allocations:
        session.add(
            PremiumAllocation(
                payment_id=payment.id,
                quittance_id=allocation.quittance_id,
                amount=allocation.amount,
                on_date=ctx.today(),
                at=now,
                by_code=actor.code,
                reversal=False,
            )
        )
        touched[allocation.quittance_id] = locked[allocation.quittance_id]
    session.flush()
    _move_quittances(ctx, session, actor, touched)
    return sum(a.amount for a in allocations), touched


def _flag(
    session: Session, payer: Payer, data: Cleaned, cheque_to_insurer: bool, payment_id: int
) -> str:
    """Art. 541 (§11): a broker's cash above 1 000 000 FCFA per policy (with what the broker
    already paid in cash on it), or a broker's cheque not made out to the insurer."""
    if not payer.is_broker:
        return ""
    a, p = PremiumAllocation, PremiumPayment
    rows = session.execute(
        select(Policy.number, func.sum(a.amount))
        .join(p, p.id == a.payment_id)
        .join(Quittance, Quittance.id == a.quittance_id)
        .join(Policy, Policy.id == Quittance.policy_id)
        .where(
            p.intermediary_id == payer.id,
            p.mode == CollectionMode.CASH,
            p.status == PaymentState.RECEIVED,
            a.quittance_id.in_(
                select(a.quittance_id).where(a.payment_id == payment_id).scalar_subquery()
            ),
        )
        .group_by(Policy.number)
    )
    per_policy = {str(number): int(total or 0) for number, total in rows}
    if data.mode is CollectionMode.CASH and not per_policy:
        per_policy = {"(non imputé)": data.amount}
    return broker_flag(data.mode, per_policy, cheque_to_insurer)


def record_payment(ctx: ServiceContext, data: PaymentInput) -> PaymentRecorded:
    """Record a payment, allocate it, print its receipt (§11). Refused in French, nothing
    saved: a bad field, a closed cash day, a mobile-money transaction already recorded,
    an allocation above the payment or above a quittance's balance, a cancelled quittance."""
    actor = ctx.require(Permission.EDIT_FINANCE)
    cleaned = _clean(ctx, data)
    with ctx.write() as session:
        payer = load_payer(session, data.payer_kind, data.payer_id)
        cash_day = cash_day_for(session, actor, cleaned.payment_date)
        if cleaned.operator is not None and cleaned.transaction_id is not None:
            already = session.scalar(
                select(PremiumPayment.number).where(
                    PremiumPayment.operator == cleaned.operator,
                    PremiumPayment.transaction_id == cleaned.transaction_id,
                )
            )
            if already is not None:
                raise ValidationFailed(
                    [
                        FieldError(
                            "transaction_id",
                            f"La transaction {cleaned.transaction_id} ({cleaned.operator.label}) "
                            f"est déjà enregistrée (reçu {already}).",
                        )
                    ]
                )
        year = cleaned.payment_date.year
        number = format_receipt_number(year, next_number(session, receipt_sequence(year)))
        payment = PremiumPayment(
            number=number,
            payment_date=cleaned.payment_date,
            payer_kind=payer.kind,
            subscriber_id=payer.id if payer.kind is PayerKind.SUBSCRIBER else None,
            intermediary_id=payer.id if payer.kind is PayerKind.INTERMEDIARY else None,
            payer_name=payer.name,
            mode=cleaned.mode,
            amount=cleaned.amount,
            reference=cleaned.reference,
            bank=cleaned.bank,
            cheque_number=cleaned.cheque_number,
            drawer=cleaned.drawer,
            cheque_to_insurer=data.cheque_to_insurer,
            bill_due_date=cleaned.bill_due_date,
            operator=cleaned.operator,
            transaction_id=cleaned.transaction_id,
            flag="",
            cash_day_id=cash_day.id,
            received_by=actor.code,
            recorded_at=ctx.now(),
            reversal_reason="",
        )
        session.add(payment)
        session.flush()
        allocated, touched = _allocate(
            ctx, session, actor, payment, cleaned.amount, payer.kind, payer.id, data.allocations
        )
        payment.flag = _flag(session, payer, cleaned, data.cheque_to_insurer, payment.id)
        _issue_receipt(ctx, session, actor, payment, supersede=False)
        return PaymentRecorded(
            payment.id,
            number,
            allocated,
            cleaned.amount - allocated,
            payment.flag,
            _changes(payment.id, touched),
        )


def _changes(payment_id: int, touched: dict[int, Quittance]) -> Changes:
    return (
        Changes.of("premium_payments", payment_id)
        | Changes.of("quittances", *touched)
        | Changes.of("premium_allocations")
        | Changes.of("cash_days")
        | Changes.of("issued_documents")
    )


def preview_allocation(
    ctx: ServiceContext, payer_kind: PayerKind, payer_id: int, amount: int
) -> list[tuple[OpenQuittance, int]]:
    """The payer's open quittances (oldest due first) with the part of ``amount`` the
    program proposes for each: what the payment form shows before « Enregistrer »."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        rows = open_quittances(session, payer_kind, payer_id)
        items = open_items(session, rows)
        proposal = {a.quittance_id: a.amount for a in propose_allocation(max(amount, 0), items)}
        by_id = {q.id: q for q in rows}
        return [
            (
                OpenQuittance(
                    i.quittance_id,
                    i.number,
                    by_id[i.quittance_id].policy_number,
                    by_id[i.quittance_id].subscriber_name,
                    i.due_date,
                    by_id[i.quittance_id].total,
                    i.balance,
                    by_id[i.quittance_id].status,
                ),
                proposal.get(i.quittance_id, 0),
            )
            for i in items
        ]


@dataclass(frozen=True)
class OpenQuittance:
    quittance_id: int
    number: str
    policy_number: str
    subscriber_name: str  # as frozen on the quittance: an intermediary pays for many
    due_date: date
    total: int
    balance: int
    status: QuittanceState


def allocate_credit(
    ctx: ServiceContext, payment_id: int, allocations: tuple[Allocation, ...] | None = None
) -> PaymentRecorded:
    """Allocate the credit left on a payment to the payer's open quittances (proposal
    oldest first when ``allocations`` is None); the receipt is issued again, same number."""
    actor = ctx.require(Permission.EDIT_FINANCE)
    with ctx.write() as session:
        payment = get_locked(session, PremiumPayment, payment_id, PAYMENT_MISSING)
        available = credit_of(session, payment)
        if available <= 0:
            raise FieldError("allocations", "Ce paiement n'a pas de crédit à imputer.")
        payer_id = (
            payment.subscriber_id
            if payment.payer_kind is PayerKind.SUBSCRIBER
            else payment.intermediary_id
        )
        assert payer_id is not None
        allocated, touched = _allocate(
            ctx, session, actor, payment, available, payment.payer_kind, payer_id, allocations
        )
        if allocated == 0:
            raise FieldError("allocations", "Ce payeur n'a aucune quittance à régler.")
        _issue_receipt(ctx, session, actor, payment)
        return PaymentRecorded(
            payment.id,
            payment.number,
            allocated,
            available - allocated,
            payment.flag,
            _changes(payment.id, touched),
        )


def reverse_payment(ctx: ServiceContext, payment_id: int, reason: str) -> Changes:
    """A bounced cheque, a rejected transfer (impayé): the payment is reversed with its
    reason, each allocation gets its exact counter-entry, the quittances are due again
    (their move records the reason). Dated today, in the cashier's open day; the day the
    payment was received does not change. The receipt keeps its number and shows it."""
    actor = ctx.require(Permission.EDIT_FINANCE)
    with ctx.write() as session:
        payment = get_locked(session, PremiumPayment, payment_id, PAYMENT_MISSING)
        today = ctx.today()
        cash_day = cash_day_for(session, actor, today, field="reason")
        workflow.move(
            session,
            PAYMENT_WORKFLOW,
            payment,
            "reverse",
            user_id=actor.user_id,
            user_code=actor.code,
            at=ctx.now(),
            reason=reason,
        )
        cleaned = " ".join(reason.split())
        payment.reversed_on = today
        payment.reversal_reason = cleaned
        payment.reversal_day_id = cash_day.id
        a = PremiumAllocation
        per_quittance = {
            int(q): int(s)
            for q, s in session.execute(
                select(a.quittance_id, func.sum(a.amount))
                .where(a.payment_id == payment.id)
                .group_by(a.quittance_id)
            )
        }
        locked = lock_many(session, Quittance, per_quittance)
        now = ctx.now()
        for quittance_id, amount in sorted(per_quittance.items()):
            if amount == 0:
                continue
            session.add(
                PremiumAllocation(
                    payment_id=payment.id,
                    quittance_id=quittance_id,
                    amount=-amount,
                    on_date=today,
                    at=now,
                    by_code=actor.code,
                    reversal=True,
                )
            )
        session.flush()
        _move_quittances(ctx, session, actor, locked, reason=f"Impayé {payment.number} : {cleaned}")
        _issue_receipt(ctx, session, actor, payment)
        return _changes(payment.id, locked)


def receipt_pdf(ctx: ServiceContext, payment_id: int) -> bytes:
    """The current receipt of a payment, rendered from its stored snapshot (D15)."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        data = current_snapshot(session, DocumentKind.RECEIPT, Owner(premium_payment_id=payment_id))
    if data is None:
        raise FieldError("payment", "Aucun reçu n'a été émis pour cet encaissement.")
    return render_receipt(ReceiptSnapshot.from_dict(data))


@dataclass(frozen=True)
class PaymentRow:
    id: int
    number: str
    payment_date: date
    payer_kind: PayerKind
    payer_name: str
    mode: CollectionMode
    amount: int
    allocated: int
    reference: str
    status: PaymentState
    reversal_reason: str
    flag: str
    received_by: str

    @property
    def credit(self) -> int:
        return 0 if self.status is PaymentState.REVERSED else self.amount - self.allocated


def count_payments(ctx: ServiceContext) -> int:
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(PremiumPayment)) or 0)


def list_payments(ctx: ServiceContext, after_id: int | None, limit: int = 200) -> list[PaymentRow]:
    """Payments, latest first, a page after the row ``after_id`` (key paging, D18)."""
    ctx.require(Permission.VIEW_FINANCE)
    p, a = PremiumPayment, PremiumAllocation
    allocated = (
        select(a.payment_id, func.sum(a.amount).label("allocated"))
        .where(a.reversal.is_(False))
        .group_by(a.payment_id)
        .subquery()
    )
    query = (
        select(p, func.coalesce(allocated.c.allocated, 0))
        .outerjoin(allocated, allocated.c.payment_id == p.id)
        .order_by(p.id.desc())
        .limit(limit)
    )
    if after_id is not None:
        query = query.where(p.id < after_id)
    with ctx.read() as session:
        return [
            PaymentRow(
                x.id,
                x.number,
                x.payment_date,
                x.payer_kind,
                x.payer_name,
                x.mode,
                x.amount,
                int(done),
                x.reference,
                x.status,
                x.reversal_reason,
                x.flag,
                x.received_by,
            )
            for x, done in session.execute(query)
        ]


def find_payers(
    ctx: ServiceContext, kind: PayerKind, text: str, limit: int = 50
) -> list[tuple[int, str]]:
    """Subscribers (or intermediaries) whose name contains ``text``, for the payer field."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        if kind is PayerKind.SUBSCRIBER:
            s = Subscriber
            query = select(s.id, s.name).order_by(s.name_key).limit(limit)
            key = search_key(text) if text.strip() else ""
            if key:
                query = query.where(s.name_key.contains(key))
        else:
            i = Intermediary
            query = select(i.id, i.code + " — " + i.name).order_by(i.code).limit(limit)
            if text.strip():
                query = query.where(func.lower(i.name).contains(text.strip().lower()))
        return [(int(x), str(y)) for x, y in session.execute(query)]


@dataclass(frozen=True)
class CollectionNote:
    """What was collected on a quittance, and each reversal with its reason: what the
    quittance shows beside its state (a paid quittance back to unpaid says why)."""

    collected: int
    reversals: tuple[str, ...]


def quittance_collections(
    ctx: ServiceContext, quittance_ids: Sequence[int]
) -> dict[int, CollectionNote]:
    ctx.require(Permission.VIEW_FINANCE)
    if not quittance_ids:
        return {}
    a, p = PremiumAllocation, PremiumPayment
    with ctx.read() as session:
        done = collected(session, quittance_ids)
        notes: dict[int, list[str]] = {}
        for quittance_id, number, on, reason in session.execute(
            select(a.quittance_id, p.number, a.on_date, p.reversal_reason)
            .join(p, p.id == a.payment_id)
            .where(a.quittance_id.in_(sorted(set(quittance_ids))), a.reversal.is_(True))
            .order_by(a.id)
        ):
            notes.setdefault(quittance_id, []).append(
                f"Impayé {number} le {on.strftime('%d/%m/%Y')} : {reason}"
            )
    return {i: CollectionNote(done[i], tuple(notes.get(i, ()))) for i in done}
