"""Claim assessment (domain.md §10.2) with hand-worked numbers: each cap alone, consumption,
CMU share and exclusions, every check, duplicates, NSAA, the study's optical example."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.assessment import Assessment, Cap, Check, Severity, assess
from desktop_app.domain.assessment_facts import (
    BenefitTerms,
    ClaimFacts,
    Consumption,
    DuplicateConfirmation,
    LineInput,
    PersonFacts,
    PolicyFacts,
    ScheduleFacts,
    TermFacts,
    care_key,
)
from desktop_app.domain.benefits import STANDARD_SCHEDULE
from desktop_app.domain.care import CareCategory as C
from desktop_app.domain.care import Condition
from desktop_app.domain.dates import Period
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.kinds import PolicyCategory, PolicyStatus
from desktop_app.domain.roles import Role

TODAY = date(2026, 10, 1)
RECEIVED = date(2026, 9, 30)
CARE = date(2026, 9, 1)

SCHEDULE = ScheduleFacts(
    {
        C.CONSULTATION: BenefitTerms(per_act_ceiling=25_000),
        C.PHARMACY: BenefitTerms(),
        C.SPECIALIST: BenefitTerms(rate=Decimal("0.9")),
        C.OPTICAL: BenefitTerms(annual_ceiling=50_000),
        C.DENTAL_CARE: BenefitTerms(annual_ceiling=150_000),
        C.DENTAL_PROSTHESIS: BenefitTerms(annual_ceiling=200_000),
        C.MATERNITY: BenefitTerms(annual_ceiling=300_000),
        C.HOSPITALISATION: BenefitTerms(annual_ceiling=2_000_000),
        C.PHYSIOTHERAPY: BenefitTerms(),
        C.IMAGING: BenefitTerms(),
        C.LABORATORY: BenefitTerms(),
        C.CHECKUP: BenefitTerms(rate=Decimal(1)),
    },
    overall_annual_ceiling=5_000_000,
)


def person(**changes: object) -> PersonFacts:
    base = PersonFacts(
        person_id=1,
        entry_date=date(2026, 1, 1),
        coverage_rate=Decimal("0.8"),
        annual_ceiling=5_000_000,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def policy(**changes: object) -> PolicyFacts:
    base = PolicyFacts(
        PolicyCategory.INDIVIDUAL, PolicyStatus.IN_FORCE, date(2026, 1, 1), date(2026, 12, 31)
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def claim(**changes: object) -> ClaimFacts:
    base = ClaimFacts(person(), policy(), Condition.ACCIDENT, RECEIVED)
    return replace(base, **changes)  # type: ignore[arg-type]


def line(category: C = C.PHARMACY, claimed: int = 10_000, **changes: object) -> LineInput:
    return replace(LineInput(CARE, category, claimed), **changes)  # type: ignore[arg-type]


def one(
    ln: LineInput,
    facts: ClaimFacts | None = None,
    consumed: Consumption | None = None,
    schedule: ScheduleFacts = SCHEDULE,
) -> Assessment:
    return assess(facts or claim(), [ln], consumed or Consumption(), schedule, TODAY)


def checks(result: Assessment) -> set[tuple[Check, Severity]]:
    return {(f.check, f.severity) for f in result.findings}


# --- the study's example and each cap biting alone -------------------------------------


def test_optical_example_from_the_study() -> None:
    """Rate 80 %, optical capped at 50 000 a year, 75 000 claimed: 60 000 at rate, 50 000
    reimbursed although the overall ceiling is 5 000 000 (§10.2)."""
    result = one(line(C.OPTICAL, 75_000))
    [ln] = result.lines
    assert (ln.base, ln.at_rate, ln.reimbursed, ln.member_pays) == (75_000, 60_000, 50_000, 25_000)
    assert ln.cap is Cap.CATEGORY_ANNUAL
    assert ln.overall_left == 5_000_000
    assert not result.findings


def test_optical_example_with_the_standard_schedule() -> None:
    result = one(line(C.OPTICAL, 75_000), schedule=ScheduleFacts.from_schedule(STANDARD_SCHEDULE))
    assert (result.lines[0].reimbursed, result.lines[0].cap) == (50_000, Cap.CATEGORY_ANNUAL)


def test_rate_alone() -> None:
    [ln] = one(line(C.PHARMACY, 12_345)).lines
    assert (ln.at_rate, ln.reimbursed, ln.member_pays, ln.cap) == (9_876, 9_876, 2_469, Cap.RATE)


def test_rate_rounds_half_up_once() -> None:
    # Specialist at the schedule's 90 %: 10 005 × 0,9 = 9 004,5 → 9 005.
    [ln] = one(line(C.SPECIALIST, 10_005)).lines
    assert (ln.rate, ln.at_rate, ln.reimbursed, ln.member_pays) == (
        Decimal("0.9"),
        9_005,
        9_005,
        1_000,
    )


def test_schedule_rate_of_100_percent_means_no_cap() -> None:
    [ln] = one(line(C.CHECKUP, 30_000)).lines
    assert (ln.reimbursed, ln.member_pays, ln.cap) == (30_000, 0, Cap.NONE)


def test_per_act_ceiling_alone() -> None:
    [ln] = one(line(C.CONSULTATION, 40_000)).lines  # 80 % = 32 000 > 25 000
    assert (ln.at_rate, ln.per_act_limit, ln.reimbursed, ln.member_pays) == (
        32_000,
        25_000,
        25_000,
        15_000,
    )
    assert ln.cap is Cap.PER_ACT


def test_simplified_line_multiplies_the_per_act_ceiling() -> None:
    # Three consultations totalling 90 000: 72 000 at rate, under 3 × 25 000.
    [ln] = one(line(C.CONSULTATION, 90_000, acts=3)).lines
    assert (ln.per_act_limit, ln.reimbursed, ln.cap) == (75_000, 72_000, Cap.RATE)


def test_category_ceiling_consumed_by_earlier_claims() -> None:
    earlier = Consumption(30_000, {C.OPTICAL: 30_000})
    [ln] = one(line(C.OPTICAL, 40_000), consumed=earlier).lines  # 32 000 at rate, 20 000 left
    assert (ln.category_left, ln.reimbursed, ln.member_pays, ln.cap) == (
        20_000,
        20_000,
        20_000,
        Cap.CATEGORY_ANNUAL,
    )


def test_overall_ceiling_alone() -> None:
    facts = claim(person=person(annual_ceiling=100_000))
    [ln] = one(line(C.PHARMACY, 50_000), facts, Consumption(90_000, {C.PHARMACY: 90_000})).lines
    assert (ln.overall_left, ln.reimbursed, ln.member_pays, ln.cap) == (
        10_000,
        10_000,
        40_000,
        Cap.OVERALL_ANNUAL,
    )


def test_schedule_overall_ceiling_below_the_persons() -> None:
    schedule = replace(SCHEDULE, overall_annual_ceiling=20_000)
    [ln] = one(line(C.PHARMACY, 50_000), schedule=schedule).lines
    assert (ln.reimbursed, ln.cap) == (20_000, Cap.OVERALL_ANNUAL)


def test_no_overall_ceiling_at_all() -> None:
    schedule = replace(SCHEDULE, overall_annual_ceiling=None)
    [ln] = one(
        line(C.PHARMACY, 50_000), claim(person=person(annual_ceiling=None)), schedule=schedule
    ).lines
    assert (ln.overall_left, ln.reimbursed) == (None, 40_000)


def test_exhausted_ceilings_reimburse_nothing() -> None:
    earlier = Consumption(200_000, {C.OPTICAL: 60_000})  # consumed beyond the ceiling
    [ln] = one(line(C.OPTICAL, 10_000), consumed=earlier).lines
    assert (ln.category_left, ln.reimbursed, ln.member_pays, ln.cap) == (
        0,
        0,
        10_000,
        Cap.CATEGORY_ANNUAL,
    )


def test_lines_of_one_decompte_consume_in_order() -> None:
    lines = [
        line(C.OPTICAL, 40_000),
        line(C.OPTICAL, 40_000, prestation_number="2"),
        line(C.PHARMACY, 10_000),
    ]
    result = assess(claim(), lines, Consumption(1_000, {C.PHARMACY: 1_000}), SCHEDULE, TODAY)
    first, second, third = result.lines
    assert (first.reimbursed, first.cap) == (32_000, Cap.RATE)
    assert (second.category_left, second.reimbursed, second.cap) == (
        18_000,
        18_000,
        Cap.CATEGORY_ANNUAL,
    )
    assert third.overall_left == 5_000_000 - 1_000 - 50_000
    assert result.consumed_after == Consumption(59_000, {C.PHARMACY: 9_000, C.OPTICAL: 50_000})
    assert (result.claimed, result.reimbursed, result.member_pays) == (90_000, 58_000, 32_000)


def test_cmu_share_and_exclusions() -> None:
    ln_in = line(
        C.PHARMACY, 20_000, cmu_share=5_000, excluded=3_000, exclusion_reason="MED_COURANT"
    )
    result = one(ln_in)
    [ln] = result.lines
    # base 20 000 − 5 000 − 3 000 = 12 000; 80 % = 9 600; member pays 20 000 − 5 000 − 9 600.
    assert (ln.base, ln.at_rate, ln.reimbursed, ln.member_pays) == (12_000, 9_600, 9_600, 5_400)
    assert (result.cmu_share, result.excluded) == (5_000, 3_000)
    assert not result.findings


# --- cover ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "care", "covered"),
    [
        (claim(person=person(entry_date=date(2026, 3, 1))), date(2026, 2, 28), False),
        (claim(person=person(entry_date=date(2026, 3, 1))), date(2026, 3, 1), True),
        (claim(person=person(exit_date=date(2026, 6, 1))), date(2026, 5, 31), True),
        (claim(person=person(exit_date=date(2026, 6, 1))), date(2026, 6, 1), False),
        (
            claim(person=person(suspensions=(Period(date(2026, 4, 1), date(2026, 5, 1)),))),
            date(2026, 4, 30),
            False,
        ),
        (
            claim(person=person(suspensions=(Period(date(2026, 4, 1), date(2026, 5, 1)),))),
            date(2026, 5, 1),
            True,
        ),
        (claim(policy=policy(status=PolicyStatus.DRAFT)), CARE, False),
        (
            claim(policy=policy(status=PolicyStatus.CANCELLED, end_date=date(2026, 7, 1))),
            date(2026, 6, 30),
            True,
        ),
        (
            claim(policy=policy(status=PolicyStatus.CANCELLED, end_date=date(2026, 7, 1))),
            date(2026, 7, 1),
            False,
        ),
        (claim(policy=policy(status=PolicyStatus.CANCELLED)), CARE, False),
        (claim(policy=policy(status=PolicyStatus.EXPIRED)), CARE, True),  # assessed after 31/12
        (
            claim(policy=policy(suspensions=(Period(date(2026, 8, 1), date(2026, 9, 2)),))),
            CARE,
            False,
        ),
        (claim(policy=policy(effective_date=date(2026, 2, 1))), date(2026, 1, 31), False),
        (claim(reception_date=date(2027, 1, 3)), date(2027, 1, 1), False),  # another policy year
    ],
)
def test_cover_on_the_date_of_care(facts: ClaimFacts, care: date, covered: bool) -> None:
    result = assess(facts, [line(care_date=care)], Consumption(), SCHEDULE, date(2027, 1, 5))
    [ln] = result.lines
    if covered:
        assert not result.findings and ln.reimbursed == 8_000
    else:
        assert checks(result) == {(Check.COVER, Severity.BLOCKING)}
        f = result.findings[0]
        assert (f.line, f.field, f.suggested_reason) == (0, "care_date", "NON_COUVERT")
        assert f.message.startswith("Ligne 1 : ")
        assert (ln.blocked, ln.reimbursed, ln.member_pays, ln.cap) == (True, 0, 10_000, Cap.NONE)


def test_a_blocked_line_takes_nothing_from_the_ceilings() -> None:
    lines = [line(C.OPTICAL, 40_000, care_date=date(2027, 1, 1)), line(C.OPTICAL, 40_000)]
    result = assess(claim(), lines, Consumption(), SCHEDULE, date(2027, 1, 5))
    assert [ln.reimbursed for ln in result.lines] == [0, 32_000]
    assert result.lines[1].category_left == 50_000


def test_category_missing_or_not_covered() -> None:
    result = one(line(C.EVACUATION, 10_000))
    assert checks(result) == {(Check.CATEGORY, Severity.BLOCKING)}
    schedule = ScheduleFacts({C.PHARMACY: BenefitTerms(covered=False)})
    result = one(line(C.PHARMACY), schedule=schedule)
    assert checks(result) == {(Check.CATEGORY, Severity.BLOCKING)}
    assert result.lines[0].reimbursed == 0
    # Not covered at all: the waiting period is not mentioned on top.
    waiting = claim(condition=Condition.COMMON_ILLNESS, person=person(entry_date=date(2026, 8, 1)))
    assert checks(one(line(C.EVACUATION), waiting)) == {(Check.CATEGORY, Severity.BLOCKING)}
    assert checks(one(line(C.PHARMACY), waiting)) == {(Check.WAITING_PERIOD, Severity.BLOCKING)}


def test_fully_excluded_refused_line_settles_the_check() -> None:
    """A line in a waiting period is refused by excluding all of it with the code."""
    facts = claim(condition=Condition.COMMON_ILLNESS, person=person(entry_date=date(2026, 8, 1)))
    result = one(line(C.PHARMACY, 10_000), facts)
    assert checks(result) == {(Check.WAITING_PERIOD, Severity.BLOCKING)}
    assert result.findings[0].suggested_reason == "CARENCE"
    settled = one(line(C.PHARMACY, 10_000, excluded=10_000, exclusion_reason="CARENCE"), facts)
    assert not settled.findings
    [ln] = settled.lines
    assert (ln.base, ln.reimbursed, ln.member_pays, ln.blocked) == (0, 0, 10_000, False)


def test_cmu_paying_everything_needs_no_cover_check() -> None:
    result = one(line(C.EVACUATION, 10_000, cmu_share=10_000))
    assert not result.findings
    assert (result.lines[0].reimbursed, result.lines[0].member_pays) == (0, 0)


# --- amounts, dates, exclusion reasons ---------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"claimed": 0}, "claimed"),
        ({"claimed": -5}, "claimed"),
        ({"claimed": Decimal("100.5")}, "claimed"),
        ({"cmu_share": -1}, "cmu_share"),
        ({"excluded": -1, "exclusion_reason": "EXTRA"}, "excluded"),
        ({"cmu_share": 6_000, "excluded": 5_000, "exclusion_reason": "EXTRA"}, "excluded"),
        ({"cmu_share": 10_001}, "cmu_share"),
        ({"acts": 0}, "acts"),
    ],
)
def test_amounts_must_be_whole_and_positive(changes: dict[str, object], field: str) -> None:
    result = one(replace(line(C.PHARMACY, 10_000), **changes))  # type: ignore[arg-type]
    amount = [f for f in result.findings if f.check is Check.AMOUNT]
    assert [f.field for f in amount] == [field]
    assert amount[0].blocking and result.lines[0].reimbursed == 0


def test_cmu_share_plus_excluded_may_equal_claimed() -> None:
    result = one(
        line(C.PHARMACY, 10_000, cmu_share=4_000, excluded=6_000, exclusion_reason="EXTRA")
    )
    assert not result.findings


def test_date_of_care_in_the_future_or_after_reception() -> None:
    future = one(line(care_date=date(2026, 10, 2)), claim(reception_date=TODAY))
    assert [(f.check, f.field) for f in future.findings] == [(Check.DATE, "care_date")]
    assert "futur" in future.findings[0].message
    late = one(line(care_date=TODAY))
    assert [(f.check, f.field) for f in late.findings] == [(Check.DATE, "care_date")]
    assert "postérieure à la réception du dossier (30/09/2026)" in late.findings[0].message
    assert not one(line(care_date=RECEIVED)).findings


def test_excluded_amount_requires_a_reason_code() -> None:
    result = one(line(excluded=1_000))
    assert [(f.check, f.field) for f in result.findings] == [
        (Check.EXCLUSION_REASON, "exclusion_reason")
    ]
    coded = assess(
        claim(),
        [line(excluded=1_000, exclusion_reason="NOPE")],
        Consumption(),
        SCHEDULE,
        TODAY,
        reason_codes={"EXTRA"},
    )
    assert "Motif d'exclusion inconnu" in coded.findings[0].message
    ok = assess(
        claim(),
        [line(excluded=1_000, exclusion_reason="EXTRA")],
        Consumption(),
        SCHEDULE,
        TODAY,
        reason_codes={"EXTRA"},
    )
    assert not ok.findings and ok.lines[0].reimbursed == 7_200


# --- duplicates --------------------------------------------------------------------------


def test_duplicate_in_another_decompte_blocks() -> None:
    ln = line(prestation_number="P-77")
    facts = claim(other_care=frozenset({care_key(1, ln)}))
    result = one(ln, facts)
    assert checks(result) == {(Check.DUPLICATE, Severity.BLOCKING)}
    assert result.findings[0].field == "prestation_number"
    assert result.lines[0].reimbursed == 0


def test_duplicate_needs_all_four_to_match() -> None:
    ln = line(prestation_number="P-77")
    facts = claim(other_care=frozenset({care_key(1, ln)}))
    for other in (
        replace(ln, claimed=10_001),
        replace(ln, care_date=date(2026, 9, 2)),
        replace(ln, prestation_number="P-78"),
    ):
        assert not one(other, facts).findings
    assert not one(ln, replace(facts, person=person(person_id=2))).findings
    assert one(replace(ln, prestation_number=" p-77 "), facts).findings  # same number typed loosely


def test_duplicate_confirmed_by_an_authorised_user_is_a_warning() -> None:
    ln = line(prestation_number="P-77")
    facts = claim(other_care=frozenset({care_key(1, ln)}))
    ok = one(
        replace(
            ln, duplicate_confirmation=DuplicateConfirmation("kone", frozenset({Role.SIGNATORY}))
        ),
        facts,
    )
    assert checks(ok) == {(Check.DUPLICATE, Severity.WARNING)}
    assert "confirmé par kone" in ok.findings[0].message
    assert ok.lines[0].reimbursed == 8_000
    refused = one(
        replace(ln, duplicate_confirmation=DuplicateConfirmation("yao", frozenset({Role.CLAIMS}))),
        facts,
    )
    assert checks(refused) == {(Check.DUPLICATE, Severity.BLOCKING)}
    assert "yao n'a pas le droit" in refused.findings[0].message


def test_duplicate_within_the_same_decompte() -> None:
    result = assess(
        claim(),
        [line(prestation_number="9"), line(prestation_number="9")],
        Consumption(),
        SCHEDULE,
        TODAY,
    )
    assert [f.line for f in result.findings] == [1]
    assert [ln.reimbursed for ln in result.lines] == [8_000, 0]


def test_simplified_lines_match_on_category_date_and_total() -> None:
    total = line(C.PHARMACY, 45_000)  # no prestation number: one line per category
    facts = claim(other_care=frozenset({care_key(1, total)}))
    result = one(total, facts)
    assert checks(result) == {(Check.DUPLICATE, Severity.BLOCKING)}
    assert "totaux" in result.findings[0].message
    assert not one(replace(total, category=C.CONSULTATION), facts).findings


# --- NSAA ------------------------------------------------------------------------------

NSAA_SCHEDULE = ScheduleFacts(
    {
        c: BenefitTerms(annual_ceiling=10_000, prior_approval=False)
        for c in (C.PHARMACY, C.CONSULTATION, C.LABORATORY, C.OPTICAL, C.CHECKUP)
    }
)


def test_nsaa_warning_when_a_fourth_ceiling_is_reached() -> None:
    earlier = Consumption(
        30_000, {C.PHARMACY: 10_000, C.CONSULTATION: 10_000, C.LABORATORY: 10_000}
    )
    result = assess(
        claim(), [line(C.CHECKUP, 5_000), line(C.OPTICAL, 20_000)], earlier, NSAA_SCHEDULE, TODAY
    )
    assert [(f.check, f.severity, f.line) for f in result.findings] == [
        (Check.NSAA, Severity.WARNING, 1)
    ]
    assert "4 catégories" in result.findings[0].message
    assert set(result.ceilings_reached) == {"PHAR", "CONS", "LABO", "OPTI"}
    assert not result.blocked


def test_three_ceilings_reached_is_no_warning() -> None:
    earlier = Consumption(20_000, {C.PHARMACY: 10_000, C.CONSULTATION: 10_000})
    result = assess(claim(), [line(C.OPTICAL, 20_000)], earlier, NSAA_SCHEDULE, TODAY)
    assert not result.findings and len(result.ceilings_reached) == 3


def test_nsaa_already_over_before_this_decompte() -> None:
    earlier = Consumption(
        40_000, dict.fromkeys((C.PHARMACY, C.CONSULTATION, C.LABORATORY, C.OPTICAL), 10_000)
    )
    result = assess(claim(), [line(C.CHECKUP, 1_000)], earlier, NSAA_SCHEDULE, TODAY)
    assert [(f.check, f.line) for f in result.findings] == [(Check.NSAA, None)]


# --- the whole décompte ---------------------------------------------------------------


def test_blocked_decompte_refuses_validation_naming_line_and_field() -> None:
    result = assess(
        claim(), [line(), line(claimed=0, prestation_number="2")], Consumption(), SCHEDULE, TODAY
    )
    assert result.blocked and len(result.errors) == 1 and not result.warnings
    assert result.findings_for(1) == result.errors
    with pytest.raises(ValidationFailed) as caught:
        result.raise_if_blocked()
    assert caught.value.by_cell() == {
        ("lines", 1, "claimed"): "Ligne 2 : Le montant réclamé doit être supérieur à zéro."
    }
    assert [ln.reimbursed for ln in result.lines] == [8_000, 0]
    assess(claim(), [line()], Consumption(), SCHEDULE, TODAY).raise_if_blocked()


def test_every_finding_message_is_french_and_names_its_line() -> None:
    result = assess(
        claim(condition=Condition.CHRONIC),
        [
            line(C.PHYSIOTHERAPY),
            line(C.OPTICAL, claimed=0),
            line(excluded=1),
        ],
        Consumption(),
        SCHEDULE,
        TODAY,
    )
    assert {f.line for f in result.findings} == {0, 1, 2}
    for f in result.findings:
        assert f.message.startswith(f"Ligne {f.line + 1} : ")  # type: ignore[operator]


def test_default_exclusion_reasons_fit_the_table_and_settle_refusals() -> None:
    from desktop_app.domain import exclusions

    codes = [r.code for r in exclusions.DEFAULT_EXCLUSION_REASONS]
    assert len(codes) == len(set(codes)) and all(len(c) <= 12 for c in codes)  # String(12)
    for code in (
        exclusions.WAITING_PERIOD,
        exclusions.NOT_COVERED,
        exclusions.NO_APPROVAL,
        exclusions.DUPLICATE,
    ):
        assert exclusions.default_label(code)
    assert exclusions.default_label("AUTRE") is None
    result = assess(
        claim(),
        [line(excluded=1_000, exclusion_reason="MONTURE")],
        Consumption(),
        SCHEDULE,
        TODAY,
        reason_codes=codes,
    )
    assert not result.findings


def test_each_line_at_the_guarantees_in_force_on_its_date() -> None:
    """§8, issue 8: the person's rate went from 80 % to 60 % on 01/09/2026 (a change of
    guarantees by endorsement). 10 000 of pharmacy on 20/08: 8 000; on 10/09: 6 000."""
    terms = (
        TermFacts(date(2026, 1, 1), date(2026, 9, 1), Decimal("0.8"), 5_000_000),
        TermFacts(date(2026, 9, 1), None, Decimal("0.6"), 5_000_000),
    )
    facts = claim(person=person(coverage_rate=Decimal("0.6"), terms=terms))
    result = assess(
        facts,
        [
            line(care_date=date(2026, 8, 20)),
            line(care_date=date(2026, 9, 10), prestation_number="B"),
        ],
        Consumption(),
        SCHEDULE,
        date(2026, 11, 21),
    )
    assert [ln.reimbursed for ln in result.lines] == [8_000, 6_000]
