"""The workflow tables declared beside the claim file's (architecture.md rule 6, issue 7):
payment orders, quittances, issued documents and policies. Each is walked over its full
state × state product against a table written out here by hand, not read from the code."""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from itertools import product
from typing import Any

import pytest

from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.issued_documents import DOCUMENT_WORKFLOW, DocumentState
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.payment_order_workflow import PAYMENT_ORDER_WORKFLOW, PaymentOrderState
from desktop_app.domain.policy_workflow import POLICY_WORKFLOW
from desktop_app.domain.quittance_workflow import QUITTANCE_WORKFLOW, QuittanceState
from desktop_app.domain.roles import Permission, Role, permissions_of
from desktop_app.domain.workflow import ForbiddenTransition, Workflow

AT = datetime(2026, 12, 3, 10, 0)
O, Q, D, P = PaymentOrderState, QuittanceState, DocumentState, PolicyStatus  # noqa: E741
Move = tuple[str, bool, Permission | None]  # name, needs a reason, permission

ORDER_MOVES: dict[tuple[Any, Any], Move] = {
    (O.TO_SIGN, O.SIGNED): ("sign", False, Permission.SIGN_PAYMENT_ORDERS),
    (O.TO_SIGN, O.CANCELLED): (
        "cancel",
        True,
        None,
    ),  # the clerk or a signatory: the service checks
    (O.SIGNED, O.CANCELLED): ("cancel", True, Permission.SIGN_PAYMENT_ORDERS),
    (O.SIGNED, O.PAID): ("pay", False, Permission.PAY_CLAIMS),
}
QUITTANCE_MOVES: dict[tuple[Any, Any], Move] = {
    (Q.ISSUED, Q.PARTLY_PAID): ("collect_part", False, Permission.EDIT_FINANCE),
    (Q.ISSUED, Q.PAID): ("collect", False, Permission.EDIT_FINANCE),
    (Q.PARTLY_PAID, Q.PAID): ("collect", False, Permission.EDIT_FINANCE),
    (Q.PARTLY_PAID, Q.ISSUED): ("reverse_collection", True, Permission.EDIT_FINANCE),
    (Q.PAID, Q.PARTLY_PAID): ("reverse_collection", True, Permission.EDIT_FINANCE),
    (Q.PAID, Q.ISSUED): ("reverse_all_collections", True, Permission.EDIT_FINANCE),
    (Q.ISSUED, Q.CANCELLED): ("cancel", True, Permission.EDIT_PRODUCTION),
}
DOCUMENT_MOVES: dict[tuple[Any, Any], Move] = {
    (D.ISSUED, D.SUPERSEDED): ("supersede", False, None),
    (D.ISSUED, D.CANCELLED): ("cancel", True, Permission.EDIT_PRODUCTION),
}
POLICY_MOVES: dict[tuple[Any, Any], Move] = {
    (P.DRAFT, P.IN_FORCE): ("issue", False, Permission.EDIT_PRODUCTION),
    (P.IN_FORCE, P.CANCELLED): ("cancel", True, Permission.EDIT_PRODUCTION),
    (P.IN_FORCE, P.EXPIRED): ("expire", False, Permission.EDIT_PRODUCTION),
}

TABLES: list[tuple[Workflow[Any], type[Enum], dict[tuple[Any, Any], Move], str]] = [
    (PAYMENT_ORDER_WORKFLOW, PaymentOrderState, ORDER_MOVES, "L'ordre de paiement "),
    (QUITTANCE_WORKFLOW, QuittanceState, QUITTANCE_MOVES, "La quittance "),
    (DOCUMENT_WORKFLOW, DocumentState, DOCUMENT_MOVES, "Le document "),
    (POLICY_WORKFLOW, PolicyStatus, POLICY_MOVES, "La police "),
]
CASES = [
    pytest.param(wf, moves, prefix, source, target, id=f"{wf.name}:{source.value}->{target.value}")
    for wf, states, moves, prefix in TABLES
    for source, target in product(states, states)
]


@pytest.mark.parametrize(("wf", "moves", "prefix", "source", "target"), CASES)
def test_every_move(
    wf: Workflow[Any], moves: dict[tuple[Any, Any], Move], prefix: str, source: Any, target: Any
) -> None:
    expected = moves.get((source, target))
    if expected is None:
        assert not wf.allowed(source, target)
        with pytest.raises(ForbiddenTransition) as caught:
            wf.move(source, target, "kone", AT, reason="motif")
        assert caught.value.message.startswith(prefix)
        assert f"« {wf.label(source)} »" in caught.value.message
        return
    name, needs_reason, permission = expected
    transition = wf.check(source, target)
    assert (transition.name, transition.requires_reason, transition.permission) == expected
    granted = set() if permission is None else {permission}
    record = wf.move(source, target, "kone", AT, reason="motif", granted=granted)
    assert (record.name, record.target, record.user, record.reason) == (
        name,
        target,
        "kone",
        "motif",
    )
    if needs_reason:
        with pytest.raises(FieldError):
            wf.move(source, target, "kone", AT, reason="  ", granted=granted)
    if permission is not None:
        with pytest.raises(PermissionDenied):
            wf.move(source, target, "kone", AT, reason="motif", granted=set())


@pytest.mark.parametrize(
    ("wf", "states", "moves"), [(wf, states, moves) for wf, states, moves, _ in TABLES]
)
def test_tables_have_exactly_the_expected_moves(
    wf: Workflow[Any], states: type[Enum], moves: dict[Any, Move]
) -> None:
    assert {(t.source, t.target) for t in wf.transitions} == set(moves)
    assert set(wf.states) == set(states)


def test_initial_states_and_french_labels() -> None:
    assert PAYMENT_ORDER_WORKFLOW.initial is O.TO_SIGN
    assert [s.label for s in PaymentOrderState] == ["À signer", "Signé", "Réglé", "Annulé"]
    assert QUITTANCE_WORKFLOW.initial is Q.ISSUED
    assert [s.label for s in QuittanceState] == ["Émise", "Partiellement payée", "Payée", "Annulée"]
    assert DOCUMENT_WORKFLOW.initial is D.ISSUED and POLICY_WORKFLOW.initial is P.DRAFT
    # §11: a paid quittance never goes back to unpaid but through a reversal with its reason.
    assert all(t.requires_reason for t in QUITTANCE_WORKFLOW.transitions if t.source is Q.PAID)
    assert QUITTANCE_WORKFLOW.is_final(Q.CANCELLED) and PAYMENT_ORDER_WORKFLOW.is_final(O.CANCELLED)
    # A paid order is final: a reversed payment takes its file out (issue 7 review).
    assert PAYMENT_ORDER_WORKFLOW.is_final(O.PAID)


def test_roles_on_the_payment_order() -> None:
    """Four eyes in the table: the claims clerk neither signs nor cancels a signed order;
    the signatory signs but does not pay."""
    clerk, signatory = permissions_of([Role.CLAIMS]), permissions_of([Role.SIGNATORY])
    with pytest.raises(PermissionDenied):
        PAYMENT_ORDER_WORKFLOW.fire(O.TO_SIGN, "sign", "sin", AT, granted=clerk)
    with pytest.raises(PermissionDenied):
        PAYMENT_ORDER_WORKFLOW.fire(O.SIGNED, "cancel", "sin", AT, reason="x", granted=clerk)
    with pytest.raises(PermissionDenied):
        PAYMENT_ORDER_WORKFLOW.fire(O.SIGNED, "pay", "sig", AT, granted=signatory)
    assert (
        PAYMENT_ORDER_WORKFLOW.fire(O.TO_SIGN, "sign", "sig", AT, granted=signatory).target
        is O.SIGNED
    )
