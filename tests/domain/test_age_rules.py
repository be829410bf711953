"""Age limits of subscription and cover (domain.md §4 "Age limits")."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.age_rules import (
    check_age,
    cover_end_for_age,
    last_covered_day_for_age,
    person_cover_end,
    policy_end_for_age,
)
from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import PolicyCategory
from desktop_app.domain.tariff import TariffSettings

JAN_1 = date(2026, 1, 1)


def test_cover_end_at_65_example_of_the_brief() -> None:
    """§4: born 10/03/1961 → 65 on 10/03/2026 → last covered day 31/12/2026; the first day
    no longer covered is 01/01/2027 (dates.py convention)."""
    birth = date(1961, 3, 10)
    assert last_covered_day_for_age(birth) == date(2026, 12, 31)
    assert cover_end_for_age(birth) == date(2027, 1, 1)


def test_cover_end_birthday_on_31_december_and_29_february() -> None:
    """§4 "the 31 December that follows": a birthday on 31 December is still covered that
    day (nearest expiry, seed 004); born 29/02/1960, 65 in 2025."""
    assert last_covered_day_for_age(date(1960, 12, 31)) == date(2025, 12, 31)
    assert last_covered_day_for_age(date(1960, 2, 29)) == date(2025, 12, 31)


def test_new_business_at_60_accepted_at_61_refused() -> None:
    """§4: no new business over 60. On 01/01/2026: born 02/01/1965 is 60, born 01/01/1965
    is 61 (birthday that very day)."""
    ok = check_age(date(1965, 1, 2), JAN_1, new_business=True)
    assert (ok.age, ok.accepted, ok.messages) == (60, True, ())
    refused = check_age(date(1965, 1, 1), JAN_1, new_business=True)
    assert (refused.age, refused.accepted, refused.field) == (61, False, "birth_date")
    assert refused.messages == (
        "Pas d'affaire nouvelle au-delà de 60 ans : l'assuré a 61 ans au 01/01/2026.",
    )
    with pytest.raises(FieldError) as e:
        refused.raise_if_refused()
    assert e.value.field == "birth_date"


def test_over_60_not_new_business_is_kept() -> None:
    """§4: the 60 limit is for new business only; a person already covered renews at 61."""
    d = check_age(date(1965, 1, 1), JAN_1, new_business=False)
    assert (d.age, d.accepted, d.cover_end) == (61, True, date(2031, 1, 1))


def test_65th_birthday_in_the_year_is_covered_to_31_december() -> None:
    """§4: renewing on 01/01/2026 a person born 01/01/1961 (65 that day): covered, with a
    note that the cover ends on 31/12/2026."""
    d = check_age(date(1961, 1, 1), JAN_1, new_business=False)
    assert (d.age, d.accepted, d.cover_end) == (65, True, date(2027, 1, 1))
    assert d.messages == ("L'assuré atteint 65 ans en 2026 : sa garantie prend fin le 31/12/2026.",)


def test_65_reached_the_year_before_is_no_longer_covered() -> None:
    """§4: born 02/01/1960 turned 65 on 02/01/2025: cover ended 31/12/2025; on 01/01/2026,
    still 65, the person is not renewed without an override."""
    d = check_age(date(1960, 1, 2), JAN_1, new_business=False)
    assert (d.age, d.accepted, d.field) == (65, False, "birth_date")
    assert "31/12/2025" in d.messages[0]


def test_65_and_66_on_a_mid_year_date() -> None:
    """§4 "over 65 not insurable": on 01/07/2026, born 01/07/1961 is 65 (birthday that day,
    covered to 31/12/2026), born 01/07/1960 is 66: refused."""
    on = date(2026, 7, 1)
    assert check_age(date(1961, 7, 1), on, new_business=False).accepted
    d = check_age(date(1960, 7, 1), on, new_business=False)
    assert (d.age, d.accepted) == (66, False)
    assert d.messages[0].startswith("L'assuré a 66 ans au 01/07/2026 : au-delà de 65 ans")


def test_override_needs_a_reason() -> None:
    """§4: over 65 only on an authorised override WITH a reason; an empty or blank reason
    is refused and the error names the reason's field."""
    for blank in ("", "   "):
        d = check_age(
            date(1960, 1, 1), JAN_1, new_business=False, override=True, override_reason=blank
        )
        assert (d.accepted, d.field) == (False, "age_override_reason")
        with pytest.raises(FieldError) as e:
            d.raise_if_refused()
        assert e.value.field == "age_override_reason"


def test_override_with_reason_accepts() -> None:
    d = check_age(
        date(1960, 1, 1),
        JAN_1,
        new_business=False,
        override=True,
        override_reason="  Accord de la direction technique  ",
    )
    assert (d.age, d.accepted, d.override_used) == (66, True, True)
    assert d.messages == ("Accepté sur dérogation d'âge : Accord de la direction technique",)


def test_override_also_lifts_the_new_business_limit() -> None:
    """Decision (docs/rules-production.md): the one age override lifts the 60 limit too."""
    d = check_age(
        date(1965, 1, 1),
        JAN_1,
        new_business=True,
        override=True,
        override_reason="Dossier médical vu",
    )
    assert (d.accepted, d.override_used) == (True, True)


def test_override_not_needed_is_not_used() -> None:
    d = check_age(date(1990, 1, 1), JAN_1, new_business=True, override=True, override_reason="x")
    assert (d.accepted, d.override_used) == (True, False)


def test_birth_after_effective_date_refused() -> None:
    d = check_age(date(2026, 2, 1), JAN_1, new_business=True)
    assert (d.accepted, d.field) == (False, "birth_date")


def test_limits_come_from_the_settings() -> None:
    """§4: the limits are settings; with a new-business limit of 55, 56 is refused."""
    settings = TariffSettings(new_business_max_age=55)
    assert not check_age(date(1970, 1, 1), JAN_1, new_business=True, settings=settings).accepted


def test_dependent_cover_ends_with_their_member() -> None:
    """Decision: a dependent is covered only through their member. Member born 10/03/1961
    (ends 01/01/2027), spouse born 1970 (own end 2036): ends 01/01/2027 too."""
    assert person_cover_end(date(1970, 5, 5), date(1961, 3, 10)) == date(2027, 1, 1)
    assert person_cover_end(date(1970, 5, 5)) == date(2036, 1, 1)


def test_individual_policy_ends_when_its_member_reaches_65() -> None:
    """§4: an individual policy whose member reaches 65 ends on the 31 December after the
    birthday; with two members, when the last of them does; a group does not end for age."""
    assert policy_end_for_age(PolicyCategory.INDIVIDUAL, [date(1961, 3, 10)]) == date(2027, 1, 1)
    assert policy_end_for_age(
        PolicyCategory.INDIVIDUAL, [date(1961, 3, 10), date(1963, 8, 1)]
    ) == date(2029, 1, 1)
    assert policy_end_for_age(PolicyCategory.GROUP, [date(1961, 3, 10)] * 5) is None
    assert policy_end_for_age(PolicyCategory.INDIVIDUAL, []) is None
