"""The payment order's states (domain.md §10.3, §10.4; architecture.md rules 6 and 11).

An order is created « à signer » by the claims clerk; a signatory who assessed none of its
files signs it (four eyes: who assesses does not sign); only a signed order is paid, to the payees it names.
An order that is not paid yet may be cancelled, with a reason: by the clerk or a signatory
while it waits for its signature, by a signatory once signed. A paid order is final: when
one of its payments is reversed (counter-entry), that file leaves the order, and paying it
again takes a new order and a new signature.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from desktop_app.domain.errors import FieldError
from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow


class PaymentOrderState(enum.StrEnum):
    TO_SIGN = "to_sign"
    SIGNED = "signed"
    PAID = "paid"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return PAYMENT_ORDER_STATE_LABELS[self]


PAYMENT_ORDER_STATE_LABELS: dict[PaymentOrderState, str] = {
    PaymentOrderState.TO_SIGN: "À signer",
    PaymentOrderState.SIGNED: "Signé",
    PaymentOrderState.PAID: "Réglé",
    PaymentOrderState.CANCELLED: "Annulé",
}

_O = PaymentOrderState
PAYMENT_ORDER_WORKFLOW: Workflow[PaymentOrderState] = Workflow(
    "l'ordre de paiement",
    PAYMENT_ORDER_STATE_LABELS,
    PaymentOrderState.TO_SIGN,
    [
        Transition(
            _O.TO_SIGN, _O.SIGNED, "sign", "Signer", permission=Permission.SIGN_PAYMENT_ORDERS
        ),
        # The clerk withdraws it, or the signatory refuses it: the service checks either right.
        Transition(_O.TO_SIGN, _O.CANCELLED, "cancel", "Annuler l'ordre", requires_reason=True),
        Transition(
            _O.SIGNED,
            _O.CANCELLED,
            "cancel",
            "Annuler l'ordre",
            requires_reason=True,
            permission=Permission.SIGN_PAYMENT_ORDERS,
        ),
        Transition(_O.SIGNED, _O.PAID, "pay", "Régler", permission=Permission.PAY_CLAIMS),
    ],
)
"""The payment order's table of moves (§10.3, §10.4, architecture.md rule 6)."""


@dataclass(frozen=True)
class Signer:
    """Who is about to sign: their user id, name, whether their account is active, and the
    permissions their roles grant (read from the database, not from a session)."""

    user_id: int
    full_name: str
    active: bool
    permissions: Collection[str]
    provisional_password: bool = False  # reset by an administrator, not changed yet


def check_signatory(signer: Signer, assessed_by: Iterable[tuple[str, int | None]]) -> None:
    """Four eyes (architecture.md rule 11, domain.md §10.3): the signatory holds the right to
    sign and assessed none of the order's files. ``assessed_by`` gives, for each file of the
    order, its number and the id of the user who validated its décompte. Raises a French
    ``FieldError`` on ``signatory`` naming every file that bars this signatory."""
    if not signer.active:
        raise FieldError("signatory", f"Le compte de {signer.full_name} est désactivé.")
    if signer.provisional_password:
        # A password an administrator set is known to someone else: it signs nothing.
        raise FieldError(
            "signatory",
            f"{signer.full_name} doit d'abord remplacer son mot de passe provisoire (à sa "
            "prochaine connexion) avant de signer.",
        )
    if Permission.SIGN_PAYMENT_ORDERS not in signer.permissions:
        raise FieldError(
            "signatory", f"{signer.full_name} n'a pas le droit de signer les ordres de paiement."
        )
    own = [number for number, assessor in assessed_by if assessor == signer.user_id]
    if own:
        which = (
            f"le décompte du dossier {own[0]}"
            if len(own) == 1
            else f"les décomptes des dossiers {', '.join(own)}"
        )
        raise FieldError(
            "signatory",
            f"{signer.full_name} a validé {which} : un autre signataire doit signer l'ordre "
            "(quatre yeux : qui décompte ne signe pas).",
        )
