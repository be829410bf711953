"""Schedule of benefits (domain.md §2, §7): the standard template, rates, checks."""

from __future__ import annotations

import pytest

from desktop_app.domain.benefits import (
    STANDARD_SCHEDULE,
    BenefitLine,
    BenefitSchedule,
    standard_schedule,
)
from desktop_app.domain.care import CareCategory as C
from desktop_app.domain.errors import CellError, ValidationFailed


def fields(schedule: BenefitSchedule) -> set[str | tuple[str, C, str]]:
    """Where each refusal points: a field's name, or (table, category of the row, column)."""
    return {
        (e.field, list(C)[e.row], e.column) if isinstance(e, CellError) else e.field
        for e in schedule.validate()
    }


def test_standard_template_is_valid_and_complete() -> None:
    """§7: every care category appears once in "Formule standard", overall ceiling 5 000 000."""
    s = STANDARD_SCHEDULE
    assert s.validate() == []
    assert [line.category for line in s.lines] == list(C)
    assert (s.name, s.overall_annual_ceiling) == ("Formule standard", 5_000_000)


def test_standard_template_prior_approvals() -> None:
    """§7: prior approval for hospitalisation, physiotherapy, dental prostheses, care abroad
    and, by default, radiology and laboratory; not for consultations or pharmacy."""
    needing = {c for c in C if STANDARD_SCHEDULE.requires_prior_approval(c)}
    assert {
        C.HOSPITALISATION,
        C.PHYSIOTHERAPY,
        C.DENTAL_PROSTHESIS,
        C.ABROAD,
        C.IMAGING,
        C.LABORATORY,
    } <= needing
    assert C.CONSULTATION not in needing and C.PHARMACY not in needing


def test_standard_template_optical_ceiling_of_the_study() -> None:
    """§10.2 example: optical capped at 50 000 a year."""
    assert STANDARD_SCHEDULE.line(C.OPTICAL).annual_ceiling == 50_000


def test_rate_for_uses_the_line_rate_or_the_person_rate() -> None:
    """§2: the rate of a category "if it differs from the person's rate"; else the person's."""
    s = STANDARD_SCHEDULE.with_line(
        BenefitLine(C.HOSPITALISATION, rate_pct=100, prior_approval=True)
    )
    assert s.rate_for(80, C.OPTICAL) == 80
    assert s.rate_for(80, C.HOSPITALISATION) == 100
    assert s.rate_for(60, C.HOSPITALISATION) == 100


def test_uncovered_or_missing_category_has_no_rate() -> None:
    """§2: a category may be not covered; one absent from the schedule is not covered either."""
    s = STANDARD_SCHEDULE.with_line(BenefitLine(C.EVACUATION, covered=False))
    assert s.rate_for(80, C.EVACUATION) is None
    assert not s.is_covered(C.EVACUATION)
    assert not s.requires_prior_approval(C.EVACUATION)
    partial = BenefitSchedule((BenefitLine(C.PHARMACY),))
    assert partial.rate_for(90, C.OPTICAL) is None
    assert partial.rate_for(90, C.PHARMACY) == 90


def test_with_line_replaces_and_keeps_the_order() -> None:
    s = STANDARD_SCHEDULE.with_line(BenefitLine(C.OPTICAL, annual_ceiling=75_000))
    assert s.line(C.OPTICAL).annual_ceiling == 75_000
    assert [line.category for line in s.lines] == list(C)
    assert STANDARD_SCHEDULE.line(C.OPTICAL).annual_ceiling == 50_000  # the template is untouched


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (BenefitLine(C.OPTICAL, rate_pct=75), "rate_pct"),
        (BenefitLine(C.OPTICAL, annual_ceiling=0), "annual_ceiling"),
        (BenefitLine(C.OPTICAL, per_act_ceiling=-5), "per_act_ceiling"),
        (
            BenefitLine(C.OPTICAL, per_act_ceiling=60_000, annual_ceiling=50_000),
            "per_act_ceiling",
        ),
        (BenefitLine(C.OPTICAL, waiting_days=-1), "waiting_days"),
        (BenefitLine(C.OPTICAL, waiting_days=800), "waiting_days"),
    ],
)
def test_line_checks_name_the_field(line: BenefitLine, field: str) -> None:
    """§2 checks: rate in 100/90/80/70/60 or empty; ceilings positive whole francs;
    per act ≤ annual; waiting period 0–730 days or empty."""
    assert fields(STANDARD_SCHEDULE.with_line(line)) == {("lines", C.OPTICAL, field)}


def test_per_act_equal_to_annual_is_fine() -> None:
    assert BenefitLine(C.OPTICAL, per_act_ceiling=50_000, annual_ceiling=50_000).validate() == []


def test_schedule_checks() -> None:
    dup = BenefitSchedule((BenefitLine(C.OPTICAL), BenefitLine(C.OPTICAL)), 1_000_000)
    assert fields(dup) == {("lines", C.OPTICAL, "category")}
    zero = BenefitSchedule((BenefitLine(C.OPTICAL),), 0)
    assert fields(zero) == {"overall_annual_ceiling"}
    with pytest.raises(ValidationFailed):
        zero.check()


def test_round_trip_as_dict() -> None:
    assert BenefitSchedule.from_dict(STANDARD_SCHEDULE.to_dict()) == standard_schedule()
