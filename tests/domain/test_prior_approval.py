"""Prior approval (domain.md §7): which care needs one, stays and extensions, request
states, the 24-hour answer, and the check inside the assessment."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.domain.assessment import Check, Severity, assess
from desktop_app.domain.assessment_facts import BenefitTerms, Consumption, ScheduleFacts
from desktop_app.domain.care import CareCategory as C
from desktop_app.domain.claim_workflow import ApprovalState
from desktop_app.domain.prior_approval import (
    ApprovalFacts,
    ApprovalReason,
    CareFacts,
    approval_reasons,
    days_covered,
    is_overdue,
    request_overdue,
)
from tests.domain.test_assessment import SCHEDULE, TODAY, claim, line

R = ApprovalReason


@pytest.mark.parametrize(
    ("care", "flag", "reasons"),
    [
        (CareFacts(C.CONSULTATION), None, ()),
        (CareFacts(C.PHARMACY), None, ()),
        (CareFacts(C.HOSPITALISATION), None, (R.HOSPITAL_STAY,)),  # length unknown: over 24 h
        (CareFacts(C.HOSPITALISATION, stay_days=1), None, ()),  # one day: not over 24 h
        (CareFacts(C.HOSPITALISATION, stay_days=2), None, (R.HOSPITAL_STAY,)),
        (CareFacts(C.HOSPITALISATION, stay_days=6), None, (R.HOSPITAL_STAY,)),
        (CareFacts(C.HOSPITALISATION, stay_days=7), None, (R.HOSPITAL_STAY, R.LONG_STAY)),
        (
            CareFacts(C.HOSPITALISATION, stay_days=10, public_facility=True),
            None,
            (R.HOSPITAL_STAY,),
        ),
        (
            CareFacts(C.HOSPITALISATION, stay_days=11, public_facility=True),
            None,
            (R.HOSPITAL_STAY, R.LONG_STAY),
        ),
        (CareFacts(C.MATERNITY, stay_days=3), None, (R.HOSPITAL_STAY,)),  # a delivery stay
        (CareFacts(C.PHARMACY, abroad=True), None, (R.ABROAD,)),
        (CareFacts(C.ABROAD), None, (R.ABROAD,)),
        (CareFacts(C.IMAGING, scanner=True), False, (R.SCANNER,)),  # the schedule cannot waive it
        (CareFacts(C.PHYSIOTHERAPY), False, (R.PHYSIOTHERAPY,)),
        (CareFacts(C.DENTAL_PROSTHESIS), False, (R.DENTAL_PROSTHESIS,)),
        (CareFacts(C.IMAGING), None, (R.IMAGING,)),
        (CareFacts(C.LABORATORY), None, (R.LABORATORY,)),
        (CareFacts(C.IMAGING), False, ()),  # switched off by the schedule
        (CareFacts(C.LABORATORY), False, ()),
        (CareFacts(C.LABORATORY), True, (R.LABORATORY,)),
        (CareFacts(C.PHARMACY), True, (R.SCHEDULE,)),  # asked for by the schedule
    ],
)
def test_which_care_needs_an_approval(
    care: CareFacts, flag: bool | None, reasons: tuple[ApprovalReason, ...]
) -> None:
    assert approval_reasons(care, flag) == reasons


def test_days_an_approval_covers() -> None:
    plain = ApprovalFacts("EP-1", 1, ApprovalState.AGREED)
    assert days_covered(plain, public_facility=False) == 6
    assert days_covered(plain, public_facility=True) == 10
    assert days_covered(ApprovalFacts("EP-2", 1, ApprovalState.AGREED, agreed_days=15), False) == 15


def test_overdue_after_24_hours() -> None:
    asked = datetime(2026, 3, 2, 9, 30)
    assert not is_overdue(asked, asked + timedelta(hours=24))
    assert is_overdue(asked, asked + timedelta(hours=24, seconds=1))
    assert request_overdue(ApprovalState.ASKED, asked, asked + timedelta(days=2))
    assert not request_overdue(ApprovalState.AGREED, asked, asked + timedelta(days=2))


# --- inside the assessment ---------------------------------------------------------------


def approval(state: ApprovalState = ApprovalState.AGREED, **kw: object) -> dict[str, ApprovalFacts]:
    return {"EP-1": ApprovalFacts("EP-1", kw.pop("person_id", 1), state, **kw)}  # type: ignore[arg-type]


def run(category: C, approvals: dict[str, ApprovalFacts] | None = None, **changes: object):  # type: ignore[no-untyped-def]
    facts = claim(approvals=approvals or {})
    return assess(facts, [line(category, 100_000, **changes)], Consumption(), SCHEDULE, TODAY)


def found(result) -> list[tuple[Check, Severity]]:  # type: ignore[no-untyped-def]
    return [(f.check, f.severity) for f in result.findings]


def test_missing_approval_blocks() -> None:
    result = run(C.PHYSIOTHERAPY)
    assert found(result) == [(Check.PRIOR_APPROVAL, Severity.BLOCKING)]
    f = result.findings[0]
    assert (f.field, f.suggested_reason) == ("approval_ref", "SANS_ENTENTE")
    assert "kinésithérapie et rééducation" in f.message
    assert result.lines[0].reimbursed == 0


def test_agreed_approval_lets_the_line_be_assessed() -> None:
    result = run(C.PHYSIOTHERAPY, approval(), approval_ref="EP-1")
    assert not result.findings and result.lines[0].reimbursed == 80_000


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (ApprovalState.ASKED, "attend encore la décision"),
        (ApprovalState.REFUSED, "est refusée"),
        (ApprovalState.CANCELLED, "est annulée"),
    ],
)
def test_undecided_or_refused_approval_blocks(state: ApprovalState, words: str) -> None:
    result = run(C.PHYSIOTHERAPY, approval(state), approval_ref="EP-1")
    assert found(result) == [(Check.PRIOR_APPROVAL, Severity.BLOCKING)]
    assert words in result.findings[0].message


def test_approval_of_another_person_blocks() -> None:
    result = run(C.PHYSIOTHERAPY, approval(person_id=2), approval_ref="EP-1")
    assert "autre personne" in result.findings[0].message and result.blocked


def test_unrecorded_approval_is_a_warning() -> None:
    result = run(C.HOSPITALISATION, approval_ref="PEC-123", stay_days=8)
    assert found(result) == [(Check.PRIOR_APPROVAL, Severity.WARNING)]
    assert "couvrir les 8 jours" in result.findings[0].message
    assert result.lines[0].reimbursed == 80_000


def test_long_private_stay_needs_the_extra_days_agreed() -> None:
    short = run(C.HOSPITALISATION, approval(), approval_ref="EP-1", stay_days=6)
    assert not short.findings
    long = run(C.HOSPITALISATION, approval(), approval_ref="EP-1", stay_days=7)
    assert found(long) == [(Check.PRIOR_APPROVAL, Severity.BLOCKING)]
    assert (
        "Séjour de 7 jours" in long.findings[0].message
        and "en couvre 6" in long.findings[0].message
    )
    extended = run(C.HOSPITALISATION, approval(agreed_days=8), approval_ref="EP-1", stay_days=7)
    assert not extended.findings


def test_public_stay_limit_is_ten_days() -> None:
    assert not run(
        C.HOSPITALISATION, approval(), approval_ref="EP-1", stay_days=10, public_facility=True
    ).findings
    assert run(
        C.HOSPITALISATION, approval(), approval_ref="EP-1", stay_days=11, public_facility=True
    ).blocked


def test_stay_beyond_the_agreed_days_blocks_even_below_the_limit() -> None:
    assert run(C.HOSPITALISATION, approval(agreed_days=3), approval_ref="EP-1", stay_days=5).blocked


def test_partial_approval_warns_past_its_amount_once() -> None:
    facts = claim(approvals=approval(ApprovalState.PARTIAL, agreed_amount=150_000))
    lines = [
        line(C.PHYSIOTHERAPY, 100_000, approval_ref="EP-1", prestation_number=str(i))
        for i in range(3)
    ]
    result = assess(facts, lines, Consumption(), SCHEDULE, TODAY)
    assert [(f.check, f.severity, f.line) for f in result.findings] == [
        (Check.PRIOR_APPROVAL, Severity.WARNING, 1)
    ]
    # Approval is not a promise of payment, nor a cap: each line is assessed normally.
    assert [ln.reimbursed for ln in result.lines] == [80_000, 80_000, 80_000]


def test_schedule_flag_switches_radiology_approval_off() -> None:
    assert run(C.IMAGING).blocked
    schedule = ScheduleFacts({C.IMAGING: BenefitTerms(prior_approval=False)})
    facts = claim()
    assert not assess(facts, [line(C.IMAGING, 1_000)], Consumption(), schedule, TODAY).findings
    scanner = assess(facts, [line(C.IMAGING, 1_000, scanner=True)], Consumption(), schedule, TODAY)
    assert scanner.blocked and "scanner" in scanner.findings[0].message


def test_care_abroad_needs_an_approval() -> None:
    assert run(C.PHARMACY, abroad=True).blocked
    assert not run(C.PHARMACY).findings


def test_approval_check_is_lifted_when_nothing_is_payable() -> None:
    result = run(C.PHYSIOTHERAPY, excluded=100_000, exclusion_reason="SANS_ENTENTE")
    assert not result.findings and result.lines[0].member_pays == 100_000


def test_stay_day_count_cannot_be_negative() -> None:
    result = run(C.HOSPITALISATION, approval(), approval_ref="EP-1", stay_days=-1)
    assert [(f.check, f.field) for f in result.findings] == [(Check.AMOUNT, "stay_days")]
