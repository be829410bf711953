"""Small builders for service tests: real rows through the real services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.kinds import IntermediaryKind, SubscriberKind
from desktop_app.services.administration import reference
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import policies, subscribers


def reference_data(admin: ServiceContext) -> tuple[int, int]:
    """An agent (commission 12 %) and an administrator (fees 5 %)."""
    inter, _ = reference.save_intermediary(
        admin,
        reference.IntermediaryData(
            "AG01", IntermediaryKind.AGENT, "Agence Yao Kouassi", Decimal("0.12")
        ),
    )
    adm, _ = reference.save_administrator(
        admin, reference.AdministratorData("ASCOMA", "ASCOMA Côte d'Ivoire", Decimal("0.05"))
    )
    return inter, adm


def draft_policy(
    clerk: ServiceContext,
    inter: int,
    adm: int,
    effective: date,
    name: str = "Koné Aïcha",
    **changes: object,
) -> int:
    sid, _ = subscribers.save_subscriber(
        clerk, subscribers.SubscriberData(SubscriberKind.PERSON, name)
    )
    data = policies.PolicyData(sid, effective, inter, adm, **changes)  # type: ignore[arg-type]
    pid, _ = policies.save_policy_draft(clerk, data)
    return pid
