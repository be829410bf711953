"""Schedules of benefits (tableau des garanties, domain.md §2, §7): templates the office
keeps, copied into a draft policy and then edited line by line."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.benefits import STANDARD_SCHEDULE, BenefitLine, BenefitSchedule
from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    BenefitLineRow,
    BenefitTemplate,
    BenefitTemplateLine,
    Policy,
)
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.production.common import benefit_line, load_draft, load_policy_schedule


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    active: bool


def _columns(line: BenefitLine) -> dict[str, object]:
    return {
        "category": line.category.value,
        "covered": line.covered,
        "rate_pct": line.rate_pct,
        "per_act_ceiling": line.per_act_ceiling,
        "annual_ceiling": line.annual_ceiling,
        "prior_approval": line.prior_approval,
        "waiting_days": line.waiting_days,
    }


def ensure_standard_template(session: Session) -> None:
    """The office starts with the standard formula (domain/benefits.py) as its first template."""
    if session.scalar(select(BenefitTemplate.id).limit(1)) is None:
        template = BenefitTemplate(
            name=STANDARD_SCHEDULE.name,
            active=True,
            overall_annual_ceiling=STANDARD_SCHEDULE.overall_annual_ceiling,
        )
        template.lines = [BenefitTemplateLine(**_columns(line)) for line in STANDARD_SCHEDULE.lines]
        session.add(template)
        session.flush()


def list_templates(ctx: ServiceContext) -> list[TemplateRow]:
    with ctx.write() as session:  # the first call creates the standard template
        ensure_standard_template(session)
        return [
            TemplateRow(t.id, t.name, t.active)
            for t in session.scalars(select(BenefitTemplate).order_by(BenefitTemplate.name))
        ]


def get_template(ctx: ServiceContext, template_id: int) -> BenefitSchedule:
    with ctx.read() as session:
        template = session.get(BenefitTemplate, template_id)
        if template is None:
            raise NotFound("Modèle de tableau des garanties introuvable.")
        return BenefitSchedule(
            tuple(benefit_line(r) for r in template.lines),
            template.overall_annual_ceiling,
            template.name,
        )


def save_template(
    ctx: ServiceContext, template_id: int | None, schedule: BenefitSchedule, active: bool = True
) -> tuple[int, Changes]:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    name = v.text(errors, schedule.name, "name", "Le nom du modèle", max_length=80)
    errors.errors.extend(schedule.validate())
    with ctx.write() as session:
        clash = session.scalar(select(BenefitTemplate.id).where(BenefitTemplate.name == name))
        if name and clash is not None and clash != template_id:
            errors.add("name", f"Un modèle s'appelle déjà « {name} ».")
        errors.raise_if_any()
        template = session.get(BenefitTemplate, template_id) if template_id else BenefitTemplate()
        if template is None:
            raise NotFound("Modèle de tableau des garanties introuvable.")
        template.name, template.active = name, active
        template.overall_annual_ceiling = schedule.overall_annual_ceiling
        if template.id is not None:
            # The old lines go first: the flush would insert the new ones before deleting
            # them, and a category is unique per template.
            template.lines.clear()
            session.flush()
        template.lines = [BenefitTemplateLine(**_columns(line)) for line in schedule.lines]
        session.add(template)
        session.flush()
        return template.id, Changes.of("benefit_templates", template.id)


def get_policy_schedule(ctx: ServiceContext, policy_id: int) -> BenefitSchedule:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise NotFound("Police introuvable.")
        return load_policy_schedule(session, policy)


def save_policy_schedule(ctx: ServiceContext, policy_id: int, schedule: BenefitSchedule) -> Changes:
    """Replace a draft's schedule; the overall annual ceiling is the policy's."""
    ctx.require(Permission.EDIT_PRODUCTION)
    schedule.check()
    with ctx.write() as session:
        policy = load_draft(session, policy_id)
        # Row by row, not a bulk DELETE, so that the audit trail sees each line go.
        for old in session.scalars(
            select(BenefitLineRow).where(BenefitLineRow.policy_id == policy_id)
        ):
            session.delete(old)
        session.flush()
        for line in schedule.lines:
            session.add(BenefitLineRow(policy_id=policy_id, **_columns(line)))
        policy.overall_annual_ceiling = schedule.overall_annual_ceiling
        return Changes.of("benefit_lines") | Changes.of("policies", policy_id)


def copy_template(ctx: ServiceContext, policy_id: int, template_id: int) -> Changes:
    template = get_template(ctx, template_id)
    return save_policy_schedule(ctx, policy_id, template)
