"""The claim file's steps and the prior-approval request's states (domain.md §7, §10):
every allowed and every forbidden move over the full state × state product."""

from __future__ import annotations

from datetime import datetime
from itertools import product

import pytest

from desktop_app.domain.claim_workflow import (
    APPROVAL_WORKFLOW,
    CLAIM_WORKFLOW,
    ApprovalState,
    ClaimState,
)
from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.roles import Permission, Role, permissions_of
from desktop_app.domain.workflow import ForbiddenTransition, replay

AT = datetime(2026, 6, 1, 8, 0)
C = ClaimState
A = ApprovalState

# Written out by hand from domain.md §10 and docs/rules-claims.md, not read from the table.
CLAIM_MOVES: dict[tuple[ClaimState, ClaimState], tuple[str, bool, Permission | None]] = {
    (C.RECEIVED, C.ASSESSED): ("assess", False, Permission.EDIT_CLAIMS),
    (C.ASSESSED, C.RECEIVED): ("reopen", True, Permission.EDIT_CLAIMS),
    # The claims clerk prepares the order; its signatory signs the order, not the file.
    (C.ASSESSED, C.ORDERED): ("order", False, Permission.EDIT_CLAIMS),
    # Follows the cancellation of the order, whose own table says who may (issue 7).
    (C.ORDERED, C.ASSESSED): ("cancel_order", True, None),
    (C.ORDERED, C.PAID): ("pay", False, Permission.PAY_CLAIMS),
    # A reversed payment leaves its order: a new order, a new signature (issue 7).
    (C.PAID, C.ASSESSED): ("reverse_payment", True, Permission.PAY_CLAIMS),
    (C.RECEIVED, C.CLOSED): ("close", True, Permission.EDIT_CLAIMS),
    (C.ASSESSED, C.CLOSED): ("close", True, Permission.EDIT_CLAIMS),
    (C.CLOSED, C.RECEIVED): ("reopen_closed", True, Permission.EDIT_CLAIMS),
}

APPROVAL_MOVES: dict[tuple[ApprovalState, ApprovalState], tuple[str, bool, Permission]] = {
    (A.ASKED, A.AGREED): ("agree", False, Permission.EDIT_CLAIMS),
    (A.ASKED, A.PARTIAL): ("agree_partially", True, Permission.EDIT_CLAIMS),
    (A.ASKED, A.REFUSED): ("refuse", True, Permission.EDIT_CLAIMS),
    (A.ASKED, A.CANCELLED): ("cancel", True, Permission.EDIT_CLAIMS),
}


@pytest.mark.parametrize(("source", "target"), list(product(ClaimState, ClaimState)))
def test_every_claim_move(source: ClaimState, target: ClaimState) -> None:
    expected = CLAIM_MOVES.get((source, target))
    if expected is None:
        assert not CLAIM_WORKFLOW.allowed(source, target)
        with pytest.raises(ForbiddenTransition) as caught:
            CLAIM_WORKFLOW.move(source, target, "kone", AT, reason="motif")
        assert f"« {source.label} »" in caught.value.message
        assert caught.value.message.startswith("Le dossier sinistre ")
        return
    name, needs_reason, permission = expected
    transition = CLAIM_WORKFLOW.check(source, target)
    assert (transition.name, transition.requires_reason, transition.permission) == expected
    granted = set() if permission is None else {permission}
    record = CLAIM_WORKFLOW.move(source, target, "kone", AT, reason="motif", granted=granted)
    assert (record.name, record.user, record.at, record.reason) == (name, "kone", AT, "motif")
    if needs_reason:
        with pytest.raises(FieldError):
            CLAIM_WORKFLOW.move(source, target, "kone", AT, granted=granted)
    if permission is not None:
        with pytest.raises(PermissionDenied):
            CLAIM_WORKFLOW.move(source, target, "kone", AT, reason="motif", granted=set())


@pytest.mark.parametrize(("source", "target"), list(product(ApprovalState, ApprovalState)))
def test_every_approval_move(source: ApprovalState, target: ApprovalState) -> None:
    expected = APPROVAL_MOVES.get((source, target))
    if expected is None:
        assert not APPROVAL_WORKFLOW.allowed(source, target)
        with pytest.raises(ForbiddenTransition) as caught:
            APPROVAL_WORKFLOW.move(source, target, "kone", AT, reason="motif")
        assert caught.value.message.startswith("La demande d'entente préalable ")
        return
    transition = APPROVAL_WORKFLOW.check(source, target)
    assert (transition.name, transition.requires_reason, transition.permission) == expected
    assert APPROVAL_WORKFLOW.move(source, target, "kone", AT, reason="motif").target is target


def test_tables_have_exactly_the_expected_moves() -> None:
    assert {(t.source, t.target) for t in CLAIM_WORKFLOW.transitions} == set(CLAIM_MOVES)
    assert {(t.source, t.target) for t in APPROVAL_WORKFLOW.transitions} == set(APPROVAL_MOVES)


def test_french_labels() -> None:
    assert [s.label for s in ClaimState] == [
        "Reçu",
        "Décompté",
        "Ordonnancé",
        "Réglé",
        "Classé sans règlement",
    ]
    assert [s.label for s in ApprovalState] == [
        "Demandée",
        "Accordée",
        "Accordée partiellement",
        "Refusée",
        "Annulée",
    ]
    assert CLAIM_WORKFLOW.initial is C.RECEIVED and APPROVAL_WORKFLOW.initial is A.ASKED


def test_decisions_are_final_and_paid_only_reverses() -> None:
    assert all(APPROVAL_WORKFLOW.is_final(s) for s in ApprovalState if s is not A.ASKED)
    assert CLAIM_WORKFLOW.targets(C.PAID) == (C.ASSESSED,)
    assert [s for s in ApprovalState if s.grants_care] == [A.AGREED, A.PARTIAL]


def test_roles_match_the_steps() -> None:
    """The claims clerk assesses, orders and pays; a signatory signs the order (its own
    table, tests/domain/test_workflow_tables.py) but neither assesses nor pays (§10.3)."""
    clerk, signatory = permissions_of([Role.CLAIMS]), permissions_of([Role.SIGNATORY])
    CLAIM_WORKFLOW.move(C.RECEIVED, C.ASSESSED, "clerk", AT, granted=clerk)
    CLAIM_WORKFLOW.move(C.ASSESSED, C.ORDERED, "clerk", AT, granted=clerk)
    CLAIM_WORKFLOW.move(C.ORDERED, C.PAID, "clerk", AT, granted=clerk)
    for source, target in ((C.RECEIVED, C.ASSESSED), (C.ORDERED, C.PAID)):
        with pytest.raises(PermissionDenied):
            CLAIM_WORKFLOW.move(source, target, "sig", AT, granted=signatory)


def test_a_file_paid_then_reversed_and_reassessed() -> None:
    wf = CLAIM_WORKFLOW
    history = [
        wf.fire(C.RECEIVED, "assess", "clerk", AT),
        wf.fire(C.ASSESSED, "order", "sig", AT),
        wf.fire(C.ORDERED, "pay", "clerk", AT),
        wf.fire(C.PAID, "reverse_payment", "clerk", AT, reason="chèque rejeté"),
        wf.fire(C.ASSESSED, "order", "clerk", AT),
        wf.fire(C.ORDERED, "cancel_order", "sig", AT, reason="montant erroné"),
        wf.fire(C.ASSESSED, "reopen", "clerk", AT, reason="ligne oubliée"),
        wf.fire(C.RECEIVED, "assess", "clerk", AT),
    ]
    assert replay(wf, history) is C.ASSESSED
    assert [r.reason for r in history if r.reason] == [
        "chèque rejeté",
        "montant erroné",
        "ligne oubliée",
    ]
