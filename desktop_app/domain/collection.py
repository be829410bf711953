"""Premium collection (encaissements) and arrears: domain.md §11, §2 (CIMA art. 13).

Plain rules, no database: how a payment is allocated to a payer's open quittances (oldest
due first), which state a quittance reaches from what was collected on it, how old a debt
is, which recovery letter is due, and when a payment through a broker is flagged
(CIMA art. 541). The services apply them inside one unit of work.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.errors import Collector
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow

MAX_PAYMENT = 1_000_000_000
"""One payment above a billion FCFA is a typing error (« absurde »), not a premium."""

BROKER_CASH_LIMIT = 1_000_000
"""CIMA code art. 541: a broker may collect cash up to this amount per policy (§11)."""


class CollectionMode(enum.StrEnum):
    """How a premium is paid (§11; glossary: espèces, chèque, traite, virement), plus the
    mobile money most subscribers in Côte d'Ivoire use (issue 9)."""

    CASH = "cash"
    CHEQUE = "cheque"
    BILL = "bill"
    TRANSFER = "transfer"
    MOBILE_MONEY = "mobile_money"

    @property
    def label(self) -> str:
        return COLLECTION_MODE_LABELS[self]


COLLECTION_MODE_LABELS: dict[CollectionMode, str] = {
    CollectionMode.CASH: "Espèces",
    CollectionMode.CHEQUE: "Chèque",
    CollectionMode.BILL: "Traite",
    CollectionMode.TRANSFER: "Virement",
    CollectionMode.MOBILE_MONEY: "Mobile money",
}


class MobileOperator(enum.StrEnum):
    ORANGE_MONEY = "orange_money"
    MTN_MOMO = "mtn_momo"
    MOOV_MONEY = "moov_money"
    WAVE = "wave"

    @property
    def label(self) -> str:
        return MOBILE_OPERATOR_LABELS[self]


MOBILE_OPERATOR_LABELS: dict[MobileOperator, str] = {
    MobileOperator.ORANGE_MONEY: "Orange Money",
    MobileOperator.MTN_MOMO: "MTN MoMo",
    MobileOperator.MOOV_MONEY: "Moov Money",
    MobileOperator.WAVE: "Wave",
}


class PayerKind(enum.StrEnum):
    SUBSCRIBER = "subscriber"
    INTERMEDIARY = "intermediary"

    @property
    def label(self) -> str:
        return "Souscripteur" if self is PayerKind.SUBSCRIBER else "Intermédiaire"


class PaymentState(enum.StrEnum):
    RECEIVED = "received"
    REVERSED = "reversed"

    @property
    def label(self) -> str:
        return PAYMENT_STATE_LABELS[self]


PAYMENT_STATE_LABELS: dict[PaymentState, str] = {
    PaymentState.RECEIVED: "Encaissé",
    PaymentState.REVERSED: "Impayé (contre-passé)",
}

PAYMENT_WORKFLOW: Workflow[PaymentState] = Workflow(
    "l'encaissement",
    PAYMENT_STATE_LABELS,
    PaymentState.RECEIVED,
    [
        # A bounced cheque, a rejected transfer: reversed by a counter-entry with its reason.
        Transition(
            PaymentState.RECEIVED,
            PaymentState.REVERSED,
            "reverse",
            "Contre-passer (impayé)",
            requires_reason=True,
            permission=Permission.EDIT_FINANCE,
        ),
    ],
)


class CashDayState(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    CHECKED = "checked"

    @property
    def label(self) -> str:
        return CASH_DAY_STATE_LABELS[self]


CASH_DAY_STATE_LABELS: dict[CashDayState, str] = {
    CashDayState.OPEN: "Ouverte",
    CashDayState.CLOSED: "Clôturée (à contrôler)",
    CashDayState.CHECKED: "Contrôlée",
}

CASH_DAY_WORKFLOW: Workflow[CashDayState] = Workflow(
    "la journée de caisse",
    CASH_DAY_STATE_LABELS,
    CashDayState.OPEN,
    [
        Transition(
            CashDayState.OPEN,
            CashDayState.CLOSED,
            "close",
            "Clôturer la journée",
            permission=Permission.EDIT_FINANCE,
        ),
        # Four eyes: a second user, never the cashier (checked by the service).
        Transition(
            CashDayState.CLOSED,
            CashDayState.CHECKED,
            "check",
            "Contrôler la journée",
            permission=Permission.EDIT_FINANCE,
        ),
    ],
)


# --- allocation ----------------------------------------------------------------------


@dataclass(frozen=True)
class OpenItem:
    """A quittance that still has something to pay: what the allocation works on."""

    quittance_id: int
    number: str
    due_date: date
    balance: int  # TTC less what was collected, > 0


@dataclass(frozen=True)
class Allocation:
    quittance_id: int
    amount: int


def propose_allocation(available: int, items: Iterable[OpenItem]) -> list[Allocation]:
    """Allocate ``available`` francs to ``items``, oldest due first (then by number), each
    up to its balance (§11). What is left over is the payer's credit."""
    proposal: list[Allocation] = []
    left = available
    for item in sorted(items, key=lambda i: (i.due_date, i.number)):
        if left <= 0:
            break
        part = min(left, item.balance)
        if part > 0:
            proposal.append(Allocation(item.quittance_id, part))
            left -= part
    return proposal


def check_allocation(
    available: int,
    allocations: Sequence[Allocation],
    balances: dict[int, int],
    numbers: dict[int, str],
    errors: Collector,
    field: str = "allocations",
) -> None:
    """An allocation the clerk chose: each part positive, at most the quittance's balance,
    each quittance once, the whole at most what the payment has left (§11)."""
    seen: set[int] = set()
    for allocation in allocations:
        number = numbers.get(allocation.quittance_id, "?")
        if allocation.quittance_id in seen:
            errors.add(field, f"La quittance {number} figure deux fois dans l'imputation.")
            continue
        seen.add(allocation.quittance_id)
        if allocation.amount <= 0:
            errors.add(field, f"Le montant imputé sur la quittance {number} doit être positif.")
            continue
        balance = balances.get(allocation.quittance_id)
        if balance is None:
            errors.add(field, f"La quittance {number} n'a rien à encaisser.")
        elif allocation.amount > balance:
            errors.add(
                field,
                f"La quittance {number} ne reste due que de {format_fcfa(balance)} : "
                f"{format_fcfa(allocation.amount)} ne peuvent pas y être imputés.",
            )
    total = sum(a.amount for a in allocations if a.amount > 0)
    if total > available:
        errors.add(
            field,
            f"L'imputation ({format_fcfa(total)}) dépasse ce qui reste du paiement "
            f"({format_fcfa(available)}).",
        )


def quittance_state(collected: int, total: int) -> QuittanceState:
    """The state a quittance of ``total`` TTC reaches once ``collected`` is net collected."""
    if collected <= 0:
        return QuittanceState.ISSUED
    if collected >= total:
        return QuittanceState.PAID
    return QuittanceState.PARTLY_PAID


def collection_move(source: QuittanceState, target: QuittanceState) -> str | None:
    """The name of the workflow transition from ``source`` to ``target`` (None: no move)."""
    if source == target:
        return None
    if target is QuittanceState.PAID:
        return "collect"
    if target is QuittanceState.PARTLY_PAID:
        return "collect_part" if source is QuittanceState.ISSUED else "reverse_collection"
    if source is QuittanceState.PAID:
        return "reverse_all_collections"
    return "reverse_collection"


# --- art. 541 ------------------------------------------------------------------------


def broker_flag(
    mode: CollectionMode, cash_per_policy: dict[str, int], cheque_to_insurer: bool
) -> str:
    """The art. 541 warning for a payment received through a broker, or "" (§11): cash
    above 1 000 000 FCFA for one policy, or a cheque not made out to the insurer."""
    if mode is CollectionMode.CASH:
        over = [
            number for number, cash in sorted(cash_per_policy.items()) if cash > BROKER_CASH_LIMIT
        ]
        if over:
            return (
                "Art. 541 du code CIMA : plus de 1 000 000 FCFA en espèces par un courtier "
                f"pour la police {', '.join(over)}."
            )
    if mode is CollectionMode.CHEQUE and not cheque_to_insurer:
        return "Art. 541 du code CIMA : chèque d'un courtier qui n'est pas à l'ordre de l'assureur."
    return ""


# --- arrears -------------------------------------------------------------------------


class AgeBucket(enum.StrEnum):
    NOT_DUE = "not_due"
    DAYS_0_30 = "0_30"
    DAYS_31_60 = "31_60"
    DAYS_61_90 = "61_90"
    OVER_90 = "over_90"

    @property
    def label(self) -> str:
        return AGE_BUCKET_LABELS[self]


AGE_BUCKET_LABELS: dict[AgeBucket, str] = {
    AgeBucket.NOT_DUE: "Non échu",
    AgeBucket.DAYS_0_30: "0 à 30 jours",
    AgeBucket.DAYS_31_60: "31 à 60 jours",
    AgeBucket.DAYS_61_90: "61 à 90 jours",
    AgeBucket.OVER_90: "Plus de 90 jours",
}


def days_late(due_date: date, as_of: date) -> int:
    """Days since the due date: 0 on the due date itself, negative before."""
    return (as_of - due_date).days


def age_bucket(due_date: date, as_of: date) -> AgeBucket:
    """A debt is due once its due date is reached (§11: « due, past its due date »): the
    due date itself counts as day 0 of « 0 à 30 jours »."""
    late = days_late(due_date, as_of)
    if late < 0:
        return AgeBucket.NOT_DUE
    if late <= 30:
        return AgeBucket.DAYS_0_30
    if late <= 60:
        return AgeBucket.DAYS_31_60
    if late <= 90:
        return AgeBucket.DAYS_61_90
    return AgeBucket.OVER_90


class ReminderStep(enum.IntEnum):
    """Recovery letters (§11): a polite reminder 5 days after the due date, a discussion
    letter at 15 days, a firm demand at 45 days."""

    REMINDER = 5
    DISCUSSION = 15
    FORMAL_DEMAND = 45

    @property
    def label(self) -> str:
        return REMINDER_LABELS[self]


REMINDER_LABELS: dict[ReminderStep, str] = {
    ReminderStep.REMINDER: "Rappel courtois",
    ReminderStep.DISCUSSION: "Lettre de discussion",
    ReminderStep.FORMAL_DEMAND: "Mise en demeure",
}


def reminder_step_due(due_date: date, as_of: date) -> ReminderStep | None:
    """The latest recovery step reached on ``as_of`` (None before 5 days late)."""
    late = days_late(due_date, as_of)
    reached = [step for step in ReminderStep if late >= step.value]
    return reached[-1] if reached else None


# --- instalment plans ----------------------------------------------------------------


@dataclass(frozen=True)
class Instalment:
    due_date: date
    amount: int


def check_instalment_plan(
    total: int,
    first_day: date,
    expiry: date,
    instalments: Sequence[Instalment],
    errors: Collector,
    field: str = "instalments",
) -> None:
    """An instalment plan (échéancier, §2, §11): at least two instalments, each positive,
    dated in order from the quittance's issue, the last no later than expiry, adding up to
    the TTC exactly."""
    if len(instalments) < 2:
        errors.add(field, "Un échéancier compte au moins deux échéances.")
        return
    previous: date | None = None
    for n, item in enumerate(instalments, start=1):
        if item.amount <= 0:
            errors.add(field, f"L'échéance {n} doit avoir un montant positif.")
        if item.due_date < first_day:
            errors.add(field, f"L'échéance {n} est datée avant l'émission de la quittance.")
        if previous is not None and item.due_date <= previous:
            errors.add(field, f"L'échéance {n} doit suivre la précédente.")
        previous = item.due_date
    if instalments[-1].due_date > expiry:
        errors.add(
            field,
            "La dernière échéance doit tomber au plus tard à l'échéance du contrat "
            f"({expiry.strftime('%d/%m/%Y')}).",
        )
    planned = sum(i.amount for i in instalments)
    if planned != total:
        errors.add(
            field,
            f"Les échéances totalisent {format_fcfa(planned)} au lieu de la prime TTC "
            f"({format_fcfa(total)}).",
        )


def instalments_left(instalments: Sequence[Instalment], collected: int) -> list[int]:
    """What remains due on each instalment once ``collected`` is applied to them in order
    (the oldest first)."""
    left: list[int] = []
    pool = max(collected, 0)
    for item in instalments:
        paid = min(pool, item.amount)
        pool -= paid
        left.append(item.amount - paid)
    return left


# --- cover and payment (CIMA art. 13) ------------------------------------------------


def cover_required(total: int, share_percent: int) -> int:
    """What must be collected before cover starts (§2, §11, CIMA art. 13): the share (100 %
    by law, 35 % in the study's practice) of the TTC, rounded half up to the franc."""
    return (total * share_percent + 50) // 100


def cover_reached_on(required: int, movements: Sequence[tuple[date, int]]) -> date | None:
    """The day the collected amount last reached ``required`` and stayed there, from the
    dated allocations and counter-entries; None while it is not reached."""
    if required <= 0:
        return date.min
    total = 0
    reached: date | None = None
    for day, amount in sorted(movements):
        before = total
        total += amount
        if before < required <= total:
            reached = day
        elif total < required:
            reached = None
    return reached
