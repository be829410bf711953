"""The claim file's steps (domain.md §10) and the prior-approval request's states (§7).

Claim file: received → assessed → ordered → paid, with the reversals rule 5 needs
(nothing financial is deleted: each step is undone by a move back, with a reason):

* payment reversed (counter-entry) → back to assessed, out of its order: paying it again
  takes a new payment order and a new signature;
* payment order cancelled before payment → back to assessed;
* assessment reopened before ordering → back to received (the décompte is redone);
* closed without payment (refused, withdrawn, nothing payable) from received or
  assessed; a closed file is reopened to received when new documents arrive.

A prior-approval request is asked, then agreed, partly agreed, refused or cancelled; a
decision is final: changing it means a new request (the old one stays on record).
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow


class ClaimState(enum.StrEnum):
    RECEIVED = "received"
    ASSESSED = "assessed"
    ORDERED = "ordered"
    PAID = "paid"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return CLAIM_STATE_LABELS[self]


CLAIM_STATE_LABELS: dict[ClaimState, str] = {
    ClaimState.RECEIVED: "Reçu",
    ClaimState.ASSESSED: "Décompté",
    ClaimState.ORDERED: "Ordonnancé",
    ClaimState.PAID: "Réglé",
    ClaimState.CLOSED: "Classé sans règlement",
}

_C = ClaimState
CLAIM_WORKFLOW: Workflow[ClaimState] = Workflow(
    "le dossier sinistre",
    CLAIM_STATE_LABELS,
    ClaimState.RECEIVED,
    [
        Transition(
            _C.RECEIVED,
            _C.ASSESSED,
            "assess",
            "Valider le décompte",
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _C.ASSESSED,
            _C.RECEIVED,
            "reopen",
            "Rouvrir le décompte",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _C.ASSESSED,
            _C.ORDERED,
            "order",
            "Ordonnancer",
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _C.ORDERED,
            _C.ASSESSED,
            "cancel_order",
            "Annuler l'ordonnancement",
            requires_reason=True,
            # Follows the cancellation of its payment order, whose table says who may.
        ),
        Transition(_C.ORDERED, _C.PAID, "pay", "Régler", permission=Permission.PAY_CLAIMS),
        # A reversed payment takes the file out of its order: paying it again needs a new
        # order and a new signature (four eyes cover every payment, issue 7).
        Transition(
            _C.PAID,
            _C.ASSESSED,
            "reverse_payment",
            "Contre-passer le règlement",
            requires_reason=True,
            permission=Permission.PAY_CLAIMS,
        ),
        Transition(
            _C.RECEIVED,
            _C.CLOSED,
            "close",
            "Classer sans règlement",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _C.ASSESSED,
            _C.CLOSED,
            "close",
            "Classer sans règlement",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _C.CLOSED,
            _C.RECEIVED,
            "reopen_closed",
            "Rouvrir le dossier",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
    ],
)
"""The claim file's table of moves (§10, architecture.md rule 6)."""


class ApprovalState(enum.StrEnum):
    ASKED = "asked"
    AGREED = "agreed"
    PARTIAL = "partial"
    REFUSED = "refused"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return APPROVAL_STATE_LABELS[self]

    @property
    def grants_care(self) -> bool:
        """An agreed or partly agreed request lets care be assessed (never a promise to pay)."""
        return self in (ApprovalState.AGREED, ApprovalState.PARTIAL)


APPROVAL_STATE_LABELS: dict[ApprovalState, str] = {
    ApprovalState.ASKED: "Demandée",
    ApprovalState.AGREED: "Accordée",
    ApprovalState.PARTIAL: "Accordée partiellement",
    ApprovalState.REFUSED: "Refusée",
    ApprovalState.CANCELLED: "Annulée",
}

_A = ApprovalState
APPROVAL_WORKFLOW: Workflow[ApprovalState] = Workflow(
    "la demande d'entente préalable",
    APPROVAL_STATE_LABELS,
    ApprovalState.ASKED,
    [
        Transition(_A.ASKED, _A.AGREED, "agree", "Accorder", permission=Permission.EDIT_CLAIMS),
        Transition(
            _A.ASKED,
            _A.PARTIAL,
            "agree_partially",
            "Accorder partiellement",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _A.ASKED,
            _A.REFUSED,
            "refuse",
            "Refuser",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
        Transition(
            _A.ASKED,
            _A.CANCELLED,
            "cancel",
            "Annuler la demande",
            requires_reason=True,
            permission=Permission.EDIT_CLAIMS,
        ),
    ],
)
"""The prior-approval request's table of moves (§7)."""

ANSWER_DELAY = timedelta(hours=24)
"""The company answers a prior-approval request within 24 hours (§7)."""


def is_overdue(asked_at: datetime, now: datetime) -> bool:
    """True when more than 24 hours have passed since the request was asked (§7).

    At exactly 24 hours the answer is still on time. Both moments must be of the same kind
    (both naive local times, or both aware).
    """
    return now - asked_at > ANSWER_DELAY


def request_overdue(state: ApprovalState, asked_at: datetime, now: datetime) -> bool:
    """An undecided request past its 24 hours: the ones the follow-up list shows in red."""
    return state is ApprovalState.ASKED and is_overdue(asked_at, now)
