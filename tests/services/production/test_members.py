"""Members, dependents and their premiums on a draft policy (domain.md §3, §4, §5).

Demo grid (domain/tariff.py): option 80 % zone 1 = 240 000; 100 % zone 2 = 420 000.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.kinds import CareNetwork, Gender, Relationship
from desktop_app.domain.roles import Role
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import members, pricing
from tests.conftest import make_user
from tests.services.factories import draft_policy, reference_data


def _member(pid: int, **changes: object) -> members.PersonData:
    base = members.PersonData(
        pid,
        "Koné",
        "Aïcha Mariam",
        date(1990, 4, 2),
        Gender.FEMALE,
        date(2026, 9, 15),
        80,
        1,
        2_000_000,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def policy(admin: ServiceContext, clerk: ServiceContext) -> int:
    inter, adm = reference_data(admin)
    return draft_policy(clerk, inter, adm, date(2026, 9, 15))


def test_dependent_keeps_own_guarantees_and_premium(clerk: ServiceContext, policy: int) -> None:
    """§3: the form proposes the member's values; the dependent's own are kept and priced."""
    member_id, _ = members.save_person(clerk, _member(policy))
    proposal = members.propose_dependent(clerk, member_id)
    assert (proposal.coverage_rate, proposal.zone, proposal.annual_ceiling) == (80, 1, 2_000_000)
    child_id, _ = members.save_person(
        clerk,
        replace(
            proposal,
            first_names="Éloïse",
            birth_date=date(2015, 6, 1),
            coverage_rate=100,
            zone=2,
            annual_ceiling=3_000_000,
        ),
    )
    rows = {r.id: r for r in members.list_policy_persons(clerk, policy)}
    assert (rows[member_id].coverage_rate, rows[member_id].annual_net_premium) == (80, 240_000)
    assert (
        rows[child_id].coverage_rate,
        rows[child_id].zone,
        rows[child_id].annual_net_premium,
    ) == (100, 2, 420_000)
    assert [r.id for r in members.list_policy_persons(clerk, policy)] == [member_id, child_id]
    assert (
        rows[member_id].matricule.startswith("PS")
        and rows[child_id].matricule != rows[member_id].matricule
    )


def test_quittance_preview_prorata_from_15_september(clerk: ServiceContext, policy: int) -> None:
    """§5: net = (240 000 + 420 000) × 108/365 = 195 287.67 → 195 288 (rounded once);
    accessoires 10 000 (band 100 001–500 000); taxes 8 % × 205 288 = 16 423.04 → 16 423;
    TTC 221 711; commission 12 % → 23 435; honoraires 5 % → 9 764."""
    member_id, _ = members.save_person(clerk, _member(policy))
    members.save_person(
        clerk,
        replace(
            members.propose_dependent(clerk, member_id),
            first_names="Éloïse",
            birth_date=date(2015, 6, 1),
            coverage_rate=100,
            zone=2,
        ),
    )
    q = pricing.preview_policy_quittance(clerk, policy)
    assert q is not None
    assert (q.amounts.net, q.amounts.fees, q.amounts.taxes, q.amounts.total) == (
        195_288,
        10_000,
        16_423,
        221_711,
    )
    assert (q.commission, q.management_fee) == (23_435, 9_764)
    assert [line.days for line in q.lines] == [108, 108]


def test_typed_premium_kept_and_flagged(clerk: ServiceContext, policy: int) -> None:
    """§4: the computed premium is shown next to a typed one and the difference flagged."""
    pid, _ = members.save_person(clerk, _member(policy, annual_net_premium=250_000))
    (row,) = members.list_policy_persons(clerk, policy)
    assert (row.annual_net_premium, row.computed_annual_premium, row.premium_differs) == (
        250_000,
        240_000,
        True,
    )
    preview = pricing.preview_person_premium(
        clerk, policy, date(1990, 4, 2), 80, 1, Decimal(0), date(2026, 9, 15), 250_000, adding=False
    )
    assert (
        preview.comparison is not None
        and "supérieure de 10 000" in preview.comparison.message().replace("\u00a0", " ")
    )
    members.save_person(clerk, replace(members.get_person(clerk, pid), annual_net_premium=None))
    (row,) = members.list_policy_persons(clerk, policy)
    assert (row.annual_net_premium, row.premium_differs) == (240_000, False)


def test_public_only_network_halves_the_premium(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§4: care limited to public hospitals: −50 % → 240 000 becomes 120 000."""
    inter, adm = reference_data(admin)
    pid = draft_policy(clerk, inter, adm, date(2026, 1, 1), care_network=CareNetwork.PUBLIC_ONLY)
    members.save_person(clerk, _member(pid, entry_date=date(2026, 1, 1)))
    assert members.list_policy_persons(clerk, pid)[0].annual_net_premium == 120_000


def test_age_limits(admin: ServiceContext, clerk: ServiceContext, policy: int) -> None:
    """§4: no new business over 60; an override needs the right and a reason."""
    too_old = _member(policy, birth_date=date(1965, 1, 10))  # 61 on 15/09/2026
    with pytest.raises(ValidationFailed) as refused:
        members.save_person(clerk, too_old)
    assert "affaire nouvelle" in refused.value.by_field()["birth_date"]
    with pytest.raises(ValidationFailed) as no_right:
        members.save_person(clerk, replace(too_old, age_override_reason="Avis du médecin conseil"))
    assert "droits" in no_right.value.by_field()["age_override_reason"]
    make_user(admin, "medecin", Role.MEDICAL_ADVISER, Role.PRODUCTION)
    doctor = users.login(admin, "medecin", "motdepasse1")
    pid, _ = members.save_person(
        doctor, replace(too_old, age_override_reason="Avis du médecin conseil")
    )
    (row,) = members.list_policy_persons(clerk, policy)
    # 61 years: 240 000 + 25 % age surcharge = 300 000.
    assert row.annual_net_premium == 300_000


def test_bad_person_saves_nothing(clerk: ServiceContext, policy: int) -> None:
    bad = _member(
        policy,
        last_name="",
        first_names="x" * 121,
        birth_date=date(2030, 1, 1),
        cmu_number="12345",
        entry_date=date(2026, 1, 1),
        coverage_rate=75,
        zone=4,
        annual_ceiling=-1,
        annual_net_premium=-5,
        matricule="é!",
        medical_surcharge_rate=Decimal("0.1"),
    )
    with pytest.raises(ValidationFailed) as failed:
        members.save_person(clerk, bad)
    assert set(failed.value.by_field()) == {
        "last_name",
        "first_names",
        "birth_date",
        "cmu_number",
        "entry_date",
        "coverage_rate",
        "zone",
        "annual_ceiling",
        "annual_net_premium",
        "matricule",
        "surcharge_reason",
    }
    members.save_person(clerk, _member(policy, matricule="asc-001"))
    with pytest.raises(ValidationFailed, match="déjà attribué"):
        members.save_person(clerk, _member(policy, matricule="ASC-001", first_names="Autre"))
    with pytest.raises(ValidationFailed) as dependent:
        members.save_person(
            clerk, _member(policy, member_id=999_999, relationship=Relationship.SELF)
        )
    assert set(dependent.value.by_field()) == {"member_id", "relationship"}
    assert len(members.list_policy_persons(clerk, policy)) == 1


def test_generated_matricule_skips_one_typed_by_hand(clerk: ServiceContext, policy: int) -> None:
    """A matricule typed for someone (here the next one the office would generate) is never
    generated again for someone else: the generator skips it."""
    members.save_person(clerk, _member(policy, matricule="PS00000001"))
    other, _ = members.save_person(clerk, _member(policy, first_names="Mariam"))
    assert members.get_person(clerk, other).matricule == "PS00000002"


def _premiums(clerk: ServiceContext, pid: int) -> dict[int, tuple[int, int | None]]:
    from sqlalchemy import select

    from desktop_app.persistence.models import InsuredPerson as P

    with clerk.read() as session:
        return {
            i: (a, c)
            for i, a, c in session.execute(
                select(P.id, P.annual_net_premium, P.computed_annual_premium).where(
                    P.policy_id == pid
                )
            )
        }


def test_saving_one_person_reprices_only_what_the_change_touches(
    clerk: ServiceContext, policy: int
) -> None:
    """Issue 13 (§4): adding or removing a person reprices only them unless the group-size
    band moves; at the 50th person the policy enters the 50–100 band (−10 %) and every
    premium moves at once. After each save the premiums equal a full repricing's, a typed
    premium included. 240 000 at 80 % zone 1, aged 36: 49 persons group, no band: 240 000;
    50 persons: 240 000 × 0.90 = 216 000."""
    from desktop_app.persistence.models import Policy

    typed_id = 0
    for n in range(50):
        person_id, _ = members.save_person(
            clerk,
            _member(
                policy,
                last_name=f"Koné{n:02d}",
                annual_net_premium=250_000 if n == 3 else None,
            ),
        )
        typed_id = person_id if n == 3 else typed_id
        if n in (48, 49, 10):
            stored = _premiums(clerk, policy)
            with clerk.write() as session:
                draft = session.get(Policy, policy)
                assert draft is not None
                pricing.reprice_policy(session, draft, typed={})  # everyone, from scratch
            assert _premiums(clerk, policy) == stored, n
    premiums = _premiums(clerk, policy)
    assert premiums[typed_id] == (250_000, 216_000)  # typed kept, the tariff's moved
    assert {c for i, (_a, c) in premiums.items()} == {216_000}
    assert {a for i, (a, _c) in premiums.items() if i != typed_id} == {216_000}
    # Back to 49: the band goes, every premium returns to 240 000.
    members.remove_person(clerk, next(i for i in premiums if i != typed_id))
    assert {c for _a, c in _premiums(clerk, policy).values()} == {240_000}
