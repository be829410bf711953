"""The policy's states (domain.md §2, §8): prepared as a draft, issued (in force), then
ended by a cancellation (résiliation, with its reason) or by its expiry. Endorsements add
their own moves to this table when they are built."""

from __future__ import annotations

from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import Transition, Workflow

_P = PolicyStatus
POLICY_WORKFLOW: Workflow[PolicyStatus] = Workflow(
    "la police",
    {status: status.label for status in PolicyStatus},
    PolicyStatus.DRAFT,
    [
        Transition(
            _P.DRAFT,
            _P.IN_FORCE,
            "issue",
            "Émettre la police",
            permission=Permission.EDIT_PRODUCTION,
        ),
        Transition(
            _P.IN_FORCE,
            _P.CANCELLED,
            "cancel",
            "Résilier la police",
            requires_reason=True,
            permission=Permission.EDIT_PRODUCTION,
        ),
        Transition(
            _P.IN_FORCE,
            _P.EXPIRED,
            "expire",
            "Constater l'échéance",
            permission=Permission.EDIT_PRODUCTION,
        ),
    ],
)
"""The policy's table of moves (§2, §8, architecture.md rule 6)."""
