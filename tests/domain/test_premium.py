"""Annual net premium by the reference tariff (domain.md §4), with numbers worked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import CareNetwork, ManagementSystem
from desktop_app.domain.money import NBSP
from desktop_app.domain.premium import (
    PersonTariffFacts,
    PolicyTariffFacts,
    StepKind,
    compare_with_typed,
    compute_annual_premium,
)
from desktop_app.domain.tariff import DEMO_GRID, TariffSettings

# Option 80 % zone 1 at 200 000, 90 % zone 1 at 333 333: round figures to work by hand.
SETTINGS = TariffSettings(grid={**DEMO_GRID, (80, 1): 200_000, (90, 1): 333_333})
EFFECT = date(2026, 1, 1)
YOUNG = date(1990, 6, 15)  # 35 on the effective date: no age surcharge


def person(
    birth: date = YOUNG,
    rate: int = 80,
    zone: int = 1,
    medical: str = "0",
    entry: date | None = None,
) -> PersonTariffFacts:
    return PersonTariffFacts(birth, rate, zone, Decimal(medical), entry)


def policy(
    network: CareNetwork = CareNetwork.ALL,
    system: ManagementSystem = ManagementSystem.DIRECT_BILLING,
    members: int = 1,
    persons: int = 1,
) -> PolicyTariffFacts:
    return PolicyTariffFacts(EFFECT, network, system, members, persons)


def premium(p: PersonTariffFacts, pol: PolicyTariffFacts) -> int:
    return compute_annual_premium(p, pol, SETTINGS).annual_net_premium


def test_base_premium_alone() -> None:
    """§4: no reduction, no surcharge: the grid's 200 000."""
    b = compute_annual_premium(person(), policy(), SETTINGS)
    assert (b.base, b.annual_net_premium, b.age) == (200_000, 200_000, 35)
    assert [s.kind for s in b.steps] == [StepKind.BASE]


def test_public_only_alone() -> None:
    """§4: care limited to public hospitals, 50 %: 200 000 → 100 000."""
    assert premium(person(), policy(network=CareNetwork.PUBLIC_ONLY)) == 100_000


def test_group_size_alone() -> None:
    """§4: group of 120 persons (10 members), 20 %: 200 000 → 160 000."""
    assert premium(person(), policy(members=10, persons=120)) == 160_000


def test_group_size_band_boundary() -> None:
    """§4: 49 persons none, 50 persons 10 %: 200 000 → 180 000."""
    assert premium(person(), policy(members=10, persons=49)) == 200_000
    assert premium(person(), policy(members=10, persons=50)) == 180_000


def test_no_group_size_reduction_on_an_individual_policy() -> None:
    """§4 + seed 004: the size reduction is for group contracts; 4 members and 60 persons
    is an individual policy and pays the full 200 000."""
    assert premium(person(), policy(members=4, persons=60)) == 200_000


def test_classic_system_alone() -> None:
    """§4: classic system (not tiers payant), 5 %: 200 000 → 190 000."""
    assert premium(person(), policy(system=ManagementSystem.REIMBURSEMENT)) == 190_000


def test_reductions_one_after_the_other() -> None:
    """§4: 200 000 → public only 100 000 → group of 120: 80 000 → classic: 76 000
    (not 200 000 × (1 − 0.75) = 50 000)."""
    b = compute_annual_premium(
        person(),
        policy(CareNetwork.PUBLIC_ONLY, ManagementSystem.REIMBURSEMENT, members=10, persons=120),
        SETTINGS,
    )
    assert [(s.kind, s.rate, s.applied_to, s.running) for s in b.steps] == [
        (StepKind.BASE, Decimal(0), Decimal(200_000), Decimal(200_000)),
        (StepKind.REDUCTION, Decimal("0.50"), Decimal(200_000), Decimal(100_000)),
        (StepKind.REDUCTION, Decimal("0.20"), Decimal(100_000), Decimal(80_000)),
        (StepKind.REDUCTION, Decimal("0.05"), Decimal(80_000), Decimal(76_000)),
    ]
    assert b.annual_net_premium == 76_000


@pytest.mark.parametrize(
    ("birth", "age", "expected"),
    [
        (date(1970, 1, 2), 55, 200_000),  # turns 56 the next day: no surcharge
        (date(1970, 1, 1), 56, 230_000),  # 56th birthday on the effective date: +15 %
        (date(1965, 1, 2), 60, 230_000),
        (date(1965, 1, 1), 61, 250_000),  # 61st birthday on the effective date: +25 %
        (date(1961, 1, 2), 64, 250_000),
        (date(1961, 1, 1), 65, 250_000),
        (date(1960, 1, 1), 66, 250_000),  # only on an override (age_rules); priced like 61–65
    ],
)
def test_age_surcharge_at_band_boundaries(birth: date, age: int, expected: int) -> None:
    """§4: age on the effective date 01/01/2026; ≤55 none, 56–60 +15 %, 61–65 +25 %."""
    b = compute_annual_premium(person(birth), policy(), SETTINGS)
    assert (b.age, b.annual_net_premium) == (age, expected)


def test_surcharges_are_percentages_of_the_premium_after_reductions() -> None:
    """§4: 76 000 after reductions; age 58 +15 % = 11 400; medical 10 % = 7 600 (of 76 000,
    not of 87 400): 76 000 + 11 400 + 7 600 = 95 000."""
    b = compute_annual_premium(
        person(date(1968, 1, 1), medical="0.10"),
        policy(CareNetwork.PUBLIC_ONLY, ManagementSystem.REIMBURSEMENT, 10, 120),
        SETTINGS,
    )
    age_step, medical_step = b.steps[-2:]
    assert (age_step.applied_to, age_step.change, age_step.running) == tuple(
        map(Decimal, (76_000, 11_400, 87_400))
    )
    assert (medical_step.applied_to, medical_step.change, medical_step.running) == tuple(
        map(Decimal, (76_000, 7_600, 95_000))
    )
    assert b.annual_net_premium == 95_000


def test_medical_surcharge_alone_on_a_young_person() -> None:
    """§4: up to 55 no age surcharge, a medical one is still possible: 200 000 × 1.25."""
    assert premium(person(medical="0.25"), policy()) == 250_000


def test_rounded_once_at_the_end() -> None:
    """§4 + preamble: 333 333 → public only 166 666.5 → classic 158 333.175 → age 58
    +15 % of it = 23 749.97625 → 182 083.15125 → 182 083. Rounding at each step would give
    166 667 → 158 334 (158 333.65) → +23 750 → 182 084."""
    b = compute_annual_premium(
        person(date(1968, 1, 1), rate=90),
        policy(CareNetwork.PUBLIC_ONLY, ManagementSystem.REIMBURSEMENT),
        SETTINGS,
    )
    assert b.exact == Decimal("182083.15125")
    assert b.annual_net_premium == 182_083


def test_dependent_with_other_rate_and_zone_is_priced_apart() -> None:
    """§3: a dependent keeps their own guarantees. Member 80 % zone 1: 240 000; spouse
    100 % zone 3: 600 000 (demo grid), on the same policy."""
    settings = TariffSettings()
    pol = policy()
    member = compute_annual_premium(person(rate=80, zone=1), pol, settings)
    spouse = compute_annual_premium(person(date(1992, 3, 3), rate=100, zone=3), pol, settings)
    assert (member.annual_net_premium, spouse.annual_net_premium) == (240_000, 600_000)


def test_person_joining_later_is_priced_on_their_entry_date() -> None:
    """§4/§8: the age that matters is the one on the person's own effective date: born
    15/06/1970, 55 on 01/01/2026 but 56 when entering on 01/07/2026: +15 %."""
    b = compute_annual_premium(
        person(date(1970, 6, 15), entry=date(2026, 7, 1)), policy(), SETTINGS
    )
    assert (b.tariff_date, b.age, b.annual_net_premium) == (date(2026, 7, 1), 56, 230_000)


def test_lines_in_french() -> None:
    """The breakdown renders as French lines for the screen, amounts grouped the French way."""
    b = compute_annual_premium(
        person(date(1968, 1, 1)),
        policy(CareNetwork.PUBLIC_ONLY, ManagementSystem.REIMBURSEMENT, 10, 120),
        SETTINGS,
    )
    lines = [line.replace(NBSP, " ") for line in b.lines()]
    assert lines == [
        "Prime de base (option 80 %, zone 1) : 200 000 FCFA",
        "Réduction réseau public uniquement (−50 % de 200 000 FCFA) : −100 000 FCFA → 100 000 FCFA",
        "Réduction effectif du groupe, 120 personnes (−20 % de 100 000 FCFA) : −20 000 FCFA → 80 000 FCFA",
        "Réduction système classique (−5 % de 80 000 FCFA) : −4 000 FCFA → 76 000 FCFA",
        "Surprime d'âge, 58 ans au 01/01/2026 (+15 % de 76 000 FCFA) : +11 400 FCFA → 87 400 FCFA",
        "Prime nette annuelle : 87 400 FCFA",
    ]


def test_bad_facts_are_refused_with_their_field() -> None:
    with pytest.raises(FieldError) as e:
        compute_annual_premium(person(date(2027, 1, 1)), policy(), SETTINGS)
    assert e.value.field == "birth_date"
    with pytest.raises(FieldError) as e:
        compute_annual_premium(person(medical="1.5"), policy(), SETTINGS)
    assert e.value.field == "medical_surcharge_rate"
    with pytest.raises(FieldError) as e:
        compute_annual_premium(person(rate=85), policy(), SETTINGS)
    assert e.value.field == "coverage_rate"


def test_typed_premium_equal_to_the_tariff_is_not_flagged() -> None:
    """§4 last paragraph: nothing typed, or the same amount: no flag."""
    assert not compare_with_typed(76_000, None).differs
    same = compare_with_typed(76_000, 76_000)
    assert (same.differs, same.message(), same.retained) == (False, "", 76_000)


def test_typed_premium_different_from_the_tariff_is_flagged() -> None:
    """§4: the clerk sees both, the difference is flagged: typed 75 000 vs 76 000 → −1 000."""
    b = compute_annual_premium(
        person(), policy(CareNetwork.PUBLIC_ONLY, ManagementSystem.REIMBURSEMENT, 10, 120), SETTINGS
    )
    c = compare_with_typed(b, 75_000)
    assert (c.computed, c.typed, c.difference, c.differs, c.retained) == (
        76_000,
        75_000,
        -1_000,
        True,
        75_000,
    )
    assert c.message().replace(NBSP, " ") == (
        "Prime saisie 75 000 FCFA inférieure de 1 000 FCFA à la prime du tarif (76 000 FCFA)."
    )
    assert "supérieure" in compare_with_typed(76_000, 80_000).message()
    with pytest.raises(FieldError):
        compare_with_typed(76_000, -1)
