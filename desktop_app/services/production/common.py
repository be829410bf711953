"""What the production use cases share: a draft policy loaded (and locked) to change it,
its number of members (the category, domain.md §2), its schedule of benefits as the domain
reads it. Claims read the last two as well."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.benefits import BenefitLine, BenefitSchedule
from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import Conflict
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.persistence.models import BenefitLineRow, BenefitTemplateLine, Member, Policy
from desktop_app.services.locking import get_locked


def member_count(session: Session, policy_id: int) -> int:
    return int(
        session.scalar(select(func.count(Member.id)).where(Member.policy_id == policy_id)) or 0
    )


def load_draft(session: Session, policy_id: int) -> Policy:
    """The policy, locked to be changed; refused once issued (an endorsement changes it)."""
    policy = get_locked(session, Policy, policy_id, "Police introuvable.")
    if policy.status != PolicyStatus.DRAFT:
        raise Conflict(
            f"La police {policy.number} est émise : elle ne se modifie plus que par avenant."
        )
    return policy


def benefit_line(row: BenefitLineRow | BenefitTemplateLine) -> BenefitLine:
    return BenefitLine(
        CareCategory(row.category),
        row.covered,
        row.rate_pct,
        row.per_act_ceiling,
        row.annual_ceiling,
        row.prior_approval,
        row.waiting_days,
    )


def load_policy_schedule(session: Session, policy: Policy) -> BenefitSchedule:
    """The policy's schedule of benefits, in the order of the care categories."""
    rows = session.scalars(
        select(BenefitLineRow).where(BenefitLineRow.policy_id == policy.id)
    ).all()
    order = {c: i for i, c in enumerate(CareCategory)}
    lines = sorted((benefit_line(r) for r in rows), key=lambda line: order[line.category])
    return BenefitSchedule(tuple(lines), policy.overall_annual_ceiling)
