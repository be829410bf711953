"""Issuing a policy: number, quittance identity, category, snapshots (domain.md §2, §5, §15)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import Conflict, ValidationFailed
from desktop_app.domain.kinds import Gender, PolicyCategory, PolicyStatus
from desktop_app.persistence.models import IssuedDocument, Quittance, QuittanceLine
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import benefits, issue, members, policies
from tests.services.factories import draft_policy, reference_data


def _person(pid: int, last: str, first: str, **changes: object) -> members.PersonData:
    base = members.PersonData(
        pid, last, first, date(1985, 1, 20), Gender.MALE, date(2026, 1, 1), 80, 1, 2_000_000
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _ready_policy(admin: ServiceContext, clerk: ServiceContext, member_names: list[str]) -> int:
    inter, adm = reference_data(admin)
    pid = draft_policy(clerk, inter, adm, date(2026, 1, 1), name="Société Ivoirienne de Banque")
    (template,) = benefits.list_templates(clerk)
    benefits.copy_template(clerk, pid, template.id)
    for name in member_names:
        members.save_person(clerk, _person(pid, name, "Jean"))
    return pid


def test_individual_policy_issue(admin: ServiceContext, clerk: ServiceContext) -> None:
    """One member, option 80 % zone 1 (240 000), a full year from 1 January:
    net 240 000; accessoires 10 000; taxes 8 % × 250 000 = 20 000; TTC 270 000."""
    pid = _ready_policy(admin, clerk, ["Kouassi"])
    result = issue.issue_policy(clerk, pid)
    assert result.policy_number == "MAL-2026-000001" and result.quittance_number.startswith(
        "Q-2026-"
    )
    view = policies.get_policy(clerk, pid)
    assert view.status == PolicyStatus.IN_FORCE and view.category == PolicyCategory.INDIVIDUAL
    with clerk.read() as session:
        q = session.scalars(select(Quittance)).one()
        assert (q.net, q.fees, q.taxes, q.total) == (240_000, 10_000, 20_000, 270_000)
        assert q.net + q.fees + q.taxes == q.total
        assert session.scalar(select(QuittanceLine.days)) == 365
        kinds = sorted(d.kind for d in session.scalars(select(IssuedDocument)))
        assert kinds == ["card", "contract", "quittance"]
        contract = json.loads(
            session.scalar(select(IssuedDocument.snapshot).where(IssuedDocument.kind == "contract"))
        )
        assert (
            contract["premium"]["total"] == 270_000
            and contract["policy_number"] == "MAL-2026-000001"
        )
        assert len(contract["benefits"]) == 17
    with pytest.raises(Conflict, match="avenant"):
        members.save_person(clerk, _person(pid, "Yao", "Paul"))


def test_five_members_make_a_group_taxed_at_4_percent(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§2: 5 members → group; §5: group tax 4 %. Net 5 × 240 000 = 1 200 000 (no size
    reduction under 50 persons); accessoires 20 000 (500 001–2 000 000);
    taxes 4 % × 1 220 000 = 48 800; TTC 1 268 800."""
    pid = _ready_policy(admin, clerk, ["Bamba", "Coulibaly", "Diabaté", "Ouattara"])
    assert policies.get_policy(clerk, pid).category == PolicyCategory.INDIVIDUAL
    members.save_person(clerk, _person(pid, "Traoré", "Issa"))
    assert policies.get_policy(clerk, pid).category == PolicyCategory.GROUP
    issue.issue_policy(clerk, pid)
    with clerk.read() as session:
        q = session.scalars(select(Quittance)).one()
        assert (q.net, q.fees, q.taxes, q.total) == (1_200_000, 20_000, 48_800, 1_268_800)


def test_issue_refuses_incomplete_draft_and_keeps_it_a_draft(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    inter, adm = reference_data(admin)
    pid = draft_policy(clerk, inter, adm, date(2026, 1, 1))
    with pytest.raises(ValidationFailed) as failed:
        issue.issue_policy(clerk, pid)
    assert set(failed.value.by_field()) == {"persons", "benefits"}
    view = policies.get_policy(clerk, pid)
    assert view.status == PolicyStatus.DRAFT and view.number is None
    with clerk.read() as session:
        assert session.scalars(select(Quittance)).all() == []


def test_numbers_are_sequential_without_gaps(admin: ServiceContext, clerk: ServiceContext) -> None:
    first = _ready_policy(admin, clerk, ["Aké"])
    inter, adm = reference_data_again(admin)
    second = draft_policy(clerk, inter, adm, date(2026, 3, 1), name="Zadi Gnahoré")
    failed_draft = draft_policy(clerk, inter, adm, date(2026, 3, 1), name="Béhi")
    with pytest.raises(ValidationFailed):
        issue.issue_policy(clerk, failed_draft)  # a refused issue takes no number
    (template,) = benefits.list_templates(clerk)
    benefits.copy_template(clerk, second, template.id)
    members.save_person(clerk, _person(second, "Zadi", "Hervé", entry_date=date(2026, 3, 1)))
    numbers = [issue.issue_policy(clerk, pid).policy_number for pid in (first, second)]
    assert numbers == ["MAL-2026-000001", "MAL-2026-000002"]


def reference_data_again(admin: ServiceContext) -> tuple[int, int]:
    from desktop_app.services.administration import reference

    inter = reference.list_intermediaries(admin)[0].id
    adm = reference.list_administrators(admin)[0].id
    assert inter is not None and adm is not None
    return inter, adm
