"""Member cards one by one (domain.md §15, §13 DLC): each card request — for a new policy,
an endorsement, a renewal or a duplicate of a lost card — is tracked from its request to
its delivery to the insured, so that the card delivery delay (DLC, norm 5 working days)
can be measured. A request moves along a table: à imprimer → imprimée → remise, or
annulée. The fee of a duplicate is billed as a quittance (net 0, accessoires = the fee,
taxes on it as on every accessoires, §5)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import FieldError
from desktop_app.domain.quittance import QuittanceAmounts, round_fraction
from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow

DEFAULT_DUPLICATE_FEE = 2_000  # FCFA, a setting in Référentiels (docs/decisions.md)
MAX_DUPLICATE_FEE = 1_000_000
DELIVERY_NORM_WORKING_DAYS = 5  # §13 DLC


class CardReason(enum.StrEnum):
    NEW_POLICY = "new_policy"
    ENDORSEMENT = "endorsement"
    RENEWAL = "renewal"
    DUPLICATE = "duplicate"

    @property
    def label(self) -> str:
        return CARD_REASON_LABELS[self]


CARD_REASON_LABELS: dict[CardReason, str] = {
    CardReason.NEW_POLICY: "Affaire nouvelle",
    CardReason.ENDORSEMENT: "Avenant",
    CardReason.RENEWAL: "Renouvellement",
    CardReason.DUPLICATE: "Duplicata (carte perdue)",
}


class CardRequestState(enum.StrEnum):
    TO_PRINT = "to_print"
    PRINTED = "printed"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return CARD_REQUEST_STATE_LABELS[self]


CARD_REQUEST_STATE_LABELS: dict[CardRequestState, str] = {
    CardRequestState.TO_PRINT: "À imprimer",
    CardRequestState.PRINTED: "Imprimée",
    CardRequestState.DELIVERED: "Remise",
    CardRequestState.CANCELLED: "Annulée",
}

_C = CardRequestState
CARD_REQUEST_WORKFLOW: Workflow[CardRequestState] = Workflow(
    "la demande de carte",
    CARD_REQUEST_STATE_LABELS,
    CardRequestState.TO_PRINT,
    [
        Transition(
            _C.TO_PRINT, _C.PRINTED, "print", "Imprimer", permission=Permission.EDIT_PRODUCTION
        ),
        Transition(
            _C.PRINTED, _C.DELIVERED, "deliver", "Remettre", permission=Permission.EDIT_PRODUCTION
        ),
        Transition(
            _C.TO_PRINT,
            _C.CANCELLED,
            "cancel",
            "Annuler la demande",
            requires_reason=True,
            permission=Permission.EDIT_PRODUCTION,
        ),
        Transition(
            _C.PRINTED,
            _C.CANCELLED,
            "cancel",
            "Annuler la demande",
            requires_reason=True,
            permission=Permission.EDIT_PRODUCTION,
        ),
    ],
)
"""The card request's table of moves (architecture.md rule 6)."""


def duplicate_fee_amounts(fee: int, tax_rate: Decimal) -> QuittanceAmounts:
    """The quittance of a duplicate card: no premium, the fee as accessoires, and the tax
    of the policy's category on it (§5: taxes = rate × (prime nette + accessoires)).
    2 000 at 8 % → 0 + 2 000 + 160 = 2 160."""
    taxes = round_fraction(Fraction(fee) * Fraction(tax_rate))
    return QuittanceAmounts.of(0, fee, taxes)


def check_fee(fee: object) -> list[FieldError]:
    if isinstance(fee, bool) or not isinstance(fee, int):
        return [FieldError("duplicate_fee", "Le frais de duplicata doit être un montant entier.")]
    if fee < 0 or fee > MAX_DUPLICATE_FEE:
        return [
            FieldError(
                "duplicate_fee",
                "Le frais de duplicata doit être compris entre 0 et 1 000 000 FCFA.",
            )
        ]
    return []


@dataclass(frozen=True)
class Delivery:
    """A card handed over: when, and to whom (the insured, the subscriber's HR…)."""

    delivered_on: date | None
    delivered_to: str


def check_delivery(
    delivery: Delivery, *, requested_on: date, printed_on: date | None, today: date
) -> list[FieldError]:
    """A card is delivered after it is printed, on a day already come, to someone named."""
    errors: list[FieldError] = []
    day = delivery.delivered_on
    if day is None:
        errors.append(FieldError("delivered_on", "Indiquez la date de remise."))
    elif day > today:
        errors.append(FieldError("delivered_on", "La date de remise ne peut être dans le futur."))
    elif printed_on is None:
        errors.append(
            FieldError("delivered_on", "La carte n'est pas encore imprimée : imprimez-la d'abord.")
        )
    elif day < printed_on:
        errors.append(
            FieldError(
                "delivered_on",
                f"La carte ne peut être remise avant son impression ({format_date(printed_on)}).",
            )
        )
    elif day < requested_on:
        errors.append(
            FieldError(
                "delivered_on",
                f"La carte ne peut être remise avant sa demande ({format_date(requested_on)}).",
            )
        )
    name = delivery.delivered_to.strip()
    if not name:
        errors.append(FieldError("delivered_to", "Indiquez à qui la carte a été remise."))
    elif len(name) > 120:
        errors.append(FieldError("delivered_to", "Le nom est trop long (au plus 120 caractères)."))
    return errors
