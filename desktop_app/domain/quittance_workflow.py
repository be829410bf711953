"""The quittance's kinds and states (domain.md §5, §11; architecture.md rules 5 and 6).

A quittance is issued, then paid in one or several collections (partly paid, then paid);
a recorded reversal of a collection (a bounced cheque: impayé) takes it back one step, so
a paid quittance never shows unpaid again except through such a reversal, with its
reason. An issued quittance that nothing was collected on is cancelled by a
counter-quittance (credit note), never edited or deleted. The premium collection area
moves these states; production only issues.
"""

from __future__ import annotations

import enum

from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow


class QuittanceKind(enum.StrEnum):
    """The act that issued the quittance (the production statement's « nature de l'acte »)."""

    NEW_BUSINESS = "new_business"
    ENDORSEMENT = "endorsement"
    RENEWAL = "renewal"
    REFUND = "refund"  # ristourne: a credit note with negative amounts
    CANCELLATION = "cancellation"  # counter-quittance of a cancelled one
    CARD_FEE = "card_fee"  # the fee of a duplicate card (domain/cards.py)

    @property
    def label(self) -> str:
        return QUITTANCE_KIND_LABELS[self]


QUITTANCE_KIND_LABELS: dict[QuittanceKind, str] = {
    QuittanceKind.NEW_BUSINESS: "Affaire nouvelle",
    QuittanceKind.ENDORSEMENT: "Avenant",
    QuittanceKind.RENEWAL: "Renouvellement",
    QuittanceKind.REFUND: "Ristourne",
    QuittanceKind.CANCELLATION: "Annulation",
    QuittanceKind.CARD_FEE: "Duplicata de carte",
}


class QuittanceState(enum.StrEnum):
    ISSUED = "issued"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return QUITTANCE_STATE_LABELS[self]


QUITTANCE_STATE_LABELS: dict[QuittanceState, str] = {
    QuittanceState.ISSUED: "Émise",
    QuittanceState.PARTLY_PAID: "Partiellement payée",
    QuittanceState.PAID: "Payée",
    QuittanceState.CANCELLED: "Annulée",
}

_Q = QuittanceState
_FINANCE = Permission.EDIT_FINANCE
QUITTANCE_WORKFLOW: Workflow[QuittanceState] = Workflow(
    "la quittance",
    QUITTANCE_STATE_LABELS,
    QuittanceState.ISSUED,
    [
        Transition(
            _Q.ISSUED, _Q.PARTLY_PAID, "collect_part", "Encaisser un acompte", permission=_FINANCE
        ),
        Transition(_Q.ISSUED, _Q.PAID, "collect", "Encaisser", permission=_FINANCE),
        Transition(_Q.PARTLY_PAID, _Q.PAID, "collect", "Encaisser le solde", permission=_FINANCE),
        # A reversed collection (impayé) reopens the debt, always with its reason (§11).
        Transition(
            _Q.PARTLY_PAID,
            _Q.ISSUED,
            "reverse_collection",
            "Contre-passer l'encaissement",
            requires_reason=True,
            permission=_FINANCE,
        ),
        Transition(
            _Q.PAID,
            _Q.PARTLY_PAID,
            "reverse_collection",
            "Contre-passer un encaissement",
            requires_reason=True,
            permission=_FINANCE,
        ),
        Transition(
            _Q.PAID,
            _Q.ISSUED,
            "reverse_all_collections",
            "Contre-passer l'encaissement",
            requires_reason=True,
            permission=_FINANCE,
        ),
        # Cancelled by a counter-quittance (credit note), issued by production.
        Transition(
            _Q.ISSUED,
            _Q.CANCELLED,
            "cancel",
            "Annuler par une contre-quittance",
            requires_reason=True,
            permission=Permission.EDIT_PRODUCTION,
        ),
    ],
)
"""The quittance's table of moves (§5, §11, architecture.md rule 6)."""
