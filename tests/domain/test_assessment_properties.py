"""Properties of the assessment (domain.md §10.2) over thousands of random décomptes:
nothing negative, nothing above the base or any ceiling, the year's totals never above the
ceilings across many claims, and every line's amounts add up to what was claimed."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.assessment import Assessment, Cap, assess
from desktop_app.domain.assessment_facts import (
    BenefitTerms,
    CareKey,
    ClaimFacts,
    Consumption,
    GuaranteeIncrease,
    LineInput,
    PersonFacts,
    PolicyFacts,
    ScheduleFacts,
    care_key,
)
from desktop_app.domain.care import CareCategory as C
from desktop_app.domain.care import Condition
from desktop_app.domain.kinds import PolicyCategory, PolicyStatus

RUNS = settings(
    max_examples=2000, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
"""Deterministic: the same examples on every run. Each example is a seed from which a whole
year of claims is built with ``random.Random`` (drawing each field through Hypothesis
costs about 0.2 ms a draw here: 2 000 years of 30 lines would take minutes). A failure
prints its seed, which rebuilds the same year."""

YEAR_START = date(2026, 1, 1)
RECEIVED = date(2026, 9, 30)
TODAY = date(2026, 10, 1)
# Mostly categories without prior approval, so that most lines reach the caps; the others
# bring blocked lines into the mix.
CATEGORIES = [
    C.CONSULTATION,
    C.PHARMACY,
    C.SPECIALIST,
    C.CHECKUP,
    C.OPTICAL,
    C.DENTAL_CARE,
    C.MATERNITY,
    C.TRANSPORT,
    C.SURGERY,
    C.MOTHER_STAY,
]
RATES = [Decimal(r) / 100 for r in (100, 90, 80, 70, 60)]
seeds = st.integers(0, 2**64 - 1)


def _maybe(rng: random.Random, high: int) -> int | None:
    return None if rng.random() < 0.4 else rng.randint(0, high)


def _rate(rng: random.Random) -> Decimal:
    return rng.choice(RATES) if rng.random() < 0.8 else Decimal(rng.randint(0, 1000)) / 1000


def schedule_of(rng: random.Random) -> ScheduleFacts:
    benefits = {}
    for category in rng.sample(CATEGORIES, rng.randint(1, len(CATEGORIES))):
        benefits[category] = BenefitTerms(
            covered=rng.random() < 0.95,
            rate=_rate(rng) if rng.random() < 0.3 else None,
            per_act_ceiling=_maybe(rng, 150_000),
            annual_ceiling=_maybe(rng, 400_000),
            waiting_days=None if rng.random() < 0.7 else rng.randint(0, 60),
        )
    if rng.random() < 0.1:
        benefits[C.PHYSIOTHERAPY] = BenefitTerms()  # needs an approval nobody gives
    return ScheduleFacts(benefits, _maybe(rng, 3_000_000))


def claim_of(rng: random.Random) -> ClaimFacts:
    increases: tuple[GuaranteeIncrease, ...] = ()
    if rng.random() < 0.2:
        increases = (
            GuaranteeIncrease(
                YEAR_START + timedelta(days=rng.randint(0, 200)), _rate(rng), _maybe(rng, 1_000_000)
            ),
        )
    person = PersonFacts(
        1,
        YEAR_START + timedelta(days=rng.randint(0, 120)),
        _rate(rng),
        annual_ceiling=_maybe(rng, 2_000_000),
        increases=increases,
    )
    policy = PolicyFacts(
        rng.choice(list(PolicyCategory)), PolicyStatus.IN_FORCE, YEAR_START, date(2026, 12, 31)
    )
    return ClaimFacts(person, policy, rng.choice(list(Condition)), RECEIVED)


def line_of(rng: random.Random, number: int, earlier: list[LineInput]) -> LineInput:
    """A line whose amounts are valid; now and then a copy of an earlier one (a duplicate)."""
    if earlier and rng.random() < 0.05:
        return rng.choice(earlier)
    claimed = rng.randint(1, 300_000)
    cmu = rng.randint(0, claimed) if rng.random() < 0.3 else 0
    excluded = rng.randint(0, claimed - cmu) if rng.random() < 0.3 else 0
    simplified = rng.random() < 0.3
    category = rng.choice(CATEGORIES + [C.PHYSIOTHERAPY])
    return LineInput(
        YEAR_START + timedelta(days=rng.randint(0, (RECEIVED - YEAR_START).days)),
        category,
        claimed,
        cmu,
        excluded,
        exclusion_reason="EXTRA" if excluded else None,
        prestation_number=None if simplified else f"P{number}",
        acts=rng.randint(1, 3) if simplified else 1,
    )


def year_of(rng: random.Random) -> list[list[LineInput]]:
    lines: list[LineInput] = []
    year = []
    for _ in range(rng.randint(1, 8)):
        claim_lines = []
        for _ in range(rng.randint(1, 6)):
            claim_lines.append(line_of(rng, len(lines), lines))
            lines.append(claim_lines[-1])
        year.append(claim_lines)
    return year


def overall_ceiling(facts: ClaimFacts, schedule: ScheduleFacts) -> int | None:
    known = [
        c for c in (facts.person.annual_ceiling, schedule.overall_annual_ceiling) if c is not None
    ]
    return min(known) if known else None


def check_lines(result: Assessment) -> None:
    for ln in result.lines:
        assert ln.reimbursed >= 0
        assert ln.reimbursed <= max(ln.base, 0)
        assert ln.reimbursed <= ln.at_rate
        for limit in (ln.per_act_limit, ln.category_left, ln.overall_left):
            assert limit is None or ln.reimbursed <= limit
        assert ln.member_pays + ln.reimbursed + ln.cmu_share == ln.claimed
        if ln.blocked:
            assert ln.reimbursed == 0 and ln.cap is Cap.NONE
        cap_value = {
            Cap.RATE: ln.at_rate,
            Cap.PER_ACT: ln.per_act_limit,
            Cap.CATEGORY_ANNUAL: ln.category_left,
            Cap.OVERALL_ANNUAL: ln.overall_left,
        }
        if ln.cap is Cap.NONE and not ln.blocked:
            assert ln.reimbursed == max(ln.base, 0)
        elif ln.cap is not Cap.NONE:
            assert ln.reimbursed == cap_value[ln.cap]
            assert ln.reimbursed < ln.base


@RUNS
@given(seeds)
def test_year_of_claims_never_beyond_the_ceilings(seed: int) -> None:
    rng = random.Random(seed)
    facts, schedule, year = claim_of(rng), schedule_of(rng), year_of(rng)
    consumed, earlier = Consumption(), frozenset[CareKey]()
    total = 0
    for lines in year:
        result = assess(replace(facts, other_care=earlier), lines, consumed, schedule, TODAY)
        earlier |= {care_key(1, ln) for ln in lines}
        check_lines(result)
        assert result.consumed_before == consumed
        assert result.consumed_after.overall == consumed.overall + result.reimbursed
        consumed = result.consumed_after
        total += result.reimbursed
        for ln in result.lines:
            assert ln.member_pays >= 0  # valid amounts: the member never gets money back
        ceiling = overall_ceiling(facts, schedule)  # an increase only lowers it for a while
        assert ceiling is None or consumed.overall <= ceiling
        for category, t in schedule.benefits.items():
            assert t.annual_ceiling is None or consumed.of(category) <= t.annual_ceiling
        assert sum(consumed.by_category.values()) == consumed.overall
    assert consumed.overall == total


@RUNS
@given(seeds)
def test_one_decompte_or_many_claims_reimburse_the_same(seed: int) -> None:
    """A line sees what earlier lines took, whether they were in its décompte or in an
    earlier claim of the year."""
    rng = random.Random(seed)
    facts, schedule, year = claim_of(rng), schedule_of(rng), year_of(rng)
    lines = [ln for claim_lines in year for ln in claim_lines]
    together = assess(facts, lines, Consumption(), schedule, TODAY)
    consumed, apart, earlier = Consumption(), [], frozenset[CareKey]()
    for ln in lines:  # each line its own claim file, later ones knowing the earlier care
        result = assess(replace(facts, other_care=earlier), [ln], consumed, schedule, TODAY)
        consumed = result.consumed_after
        earlier |= {care_key(facts.person.person_id, ln)}
        apart.append(result.lines[0].reimbursed)
    assert [ln.reimbursed for ln in together.lines] == apart
    assert together.consumed_after == consumed


@RUNS
@given(seeds)
def test_any_typed_amounts_still_add_up(seed: int) -> None:
    """Whatever the clerk typed, even refused amounts and dates, every line adds up and
    nothing is negative; a line with a blocking finding pays nothing."""
    rng = random.Random(seed)
    facts, schedule = claim_of(rng), schedule_of(rng)
    earlier = rng.randint(0, 3_000_000)

    def amount() -> int:
        return rng.choice([0, -1, rng.randint(-1_000, 300_000), rng.randint(1, 300_000)])

    lines = [
        LineInput(
            YEAR_START + timedelta(days=rng.randint(-10, 300)),
            rng.choice(list(C)),
            amount(),
            amount(),
            amount(),
            exclusion_reason="EXTRA" if i % 2 else None,
            prestation_number=str(i),
            stay_days=rng.choice([None, -1, 0, 1, 5, 12]),
            acts=rng.randint(0, 3),
        )
        for i in range(rng.randint(1, 6))
    ]
    result = assess(facts, lines, Consumption(earlier, {C.PHARMACY: earlier}), schedule, TODAY)
    check_lines(result)
    blocked_lines = {f.line for f in result.errors}
    for ln in result.lines:
        assert ln.blocked is (ln.index in blocked_lines)
    if any(
        ln.claimed <= 0
        or ln.cmu_share < 0
        or ln.excluded < 0
        or ln.cmu_share + ln.excluded > ln.claimed
        for ln in result.lines
    ):
        assert result.blocked
