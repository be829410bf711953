"""What a printed document is and what becomes of it (domain.md §15; architecture.md rule 7).

Every printed document is stored as a snapshot when it is issued, keyed by what it belongs
to (a policy, a person, a quittance, a claim file, a payment order). When the same document
is issued again for the same owner (a new card for a person, the décompte statement of a
file validated again after « Rouvrir », the payment order once signed, then once paid), the
earlier one is superseded, never changed: a reprint of the current document shows what it
said when issued, and the superseded ones stay on record. A document withdrawn without a
replacement (a card taken back at a removal) is cancelled, with its reason.
"""

from __future__ import annotations

import enum

from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow


class DocumentKind(enum.StrEnum):
    CARD = "card"
    CONTRACT = "contract"
    QUITTANCE = "quittance"
    CLAIM_STATEMENT = "claim_statement"
    PAYMENT_ORDER = "payment_order"
    ENDORSEMENT = "endorsement"
    ATTESTATION = "attestation"
    RECEIPT = "receipt"  # reçu d'encaissement (§11)
    REMINDER_LETTER = "reminder_letter"  # lettre de relance (§11)

    @property
    def label(self) -> str:
        return DOCUMENT_KIND_LABELS[self]

    @property
    def medical(self) -> bool:
        """A décompte statement lists care: medical details (§14)."""
        return self is DocumentKind.CLAIM_STATEMENT


DOCUMENT_KIND_LABELS: dict[DocumentKind, str] = {
    DocumentKind.CARD: "Carte d'assuré",
    DocumentKind.CONTRACT: "Conditions particulières",
    DocumentKind.QUITTANCE: "Quittance",
    DocumentKind.CLAIM_STATEMENT: "Décompte de remboursement",
    DocumentKind.PAYMENT_ORDER: "Ordre de paiement",
    DocumentKind.ENDORSEMENT: "Avenant",
    DocumentKind.ATTESTATION: "Attestation d'assurance",
    DocumentKind.RECEIPT: "Reçu d'encaissement",
    DocumentKind.REMINDER_LETTER: "Lettre de relance",
}


class DocumentState(enum.StrEnum):
    ISSUED = "issued"
    SUPERSEDED = "superseded"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return DOCUMENT_STATE_LABELS[self]


DOCUMENT_STATE_LABELS: dict[DocumentState, str] = {
    DocumentState.ISSUED: "En cours",
    DocumentState.SUPERSEDED: "Remplacé",
    DocumentState.CANCELLED: "Annulé",
}

_D = DocumentState
DOCUMENT_WORKFLOW: Workflow[DocumentState] = Workflow(
    "le document",
    DOCUMENT_STATE_LABELS,
    DocumentState.ISSUED,
    [
        # Issuing its successor supersedes it: no right of its own, the issuing act's applies.
        Transition(_D.ISSUED, _D.SUPERSEDED, "supersede", "Remplacer"),
        Transition(
            _D.ISSUED,
            _D.CANCELLED,
            "cancel",
            "Annuler le document",
            requires_reason=True,
            permission=Permission.EDIT_PRODUCTION,
        ),
    ],
)
"""The issued document's table of moves (§15, architecture.md rules 6 and 7)."""
