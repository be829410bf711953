"""Age limits of subscription and cover (domain.md §4 "Age limits", seed 004 §g).

No new business over 60; at 65 the cover runs to the 31 December that follows the 65th
birthday, then ends; beyond that a person is insurable only on an authorised override
with a reason. Ages are whole years completed on the date that matters (dates.age_on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.dates import age_on, format_date
from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import PolicyCategory
from desktop_app.domain.tariff import DEFAULT_TARIFF, TariffSettings

BIRTH_FIELD = "birth_date"
OVERRIDE_FIELD = "age_override_reason"


def last_covered_day_for_age(birth: date, max_age: int = 65) -> date:
    """The last day a person is covered because of age: the 31 December of the year of
    their ``max_age``-th birthday (§4). Born 10/03/1961 → 31/12/2026."""
    return date(birth.year + max_age, 12, 31)


def cover_end_for_age(birth: date, max_age: int = 65) -> date:
    """The first day no longer covered because of age (dates.py convention): the 1 January
    after the year of the ``max_age``-th birthday. Born 10/03/1961 → 01/01/2027."""
    return date(birth.year + max_age + 1, 1, 1)


def person_cover_end(birth: date, member_birth: date | None = None, max_age: int = 65) -> date:
    """First day a person is no longer covered because of age. A dependent is covered only
    through their member, so a dependent's cover also ends when their member's does."""
    own = cover_end_for_age(birth, max_age)
    if member_birth is None:
        return own
    return min(own, cover_end_for_age(member_birth, max_age))


def policy_end_for_age(
    category: PolicyCategory, member_births: Sequence[date], max_age: int = 65
) -> date | None:
    """For an individual policy, the first day the policy no longer runs because its
    members reached the age limit: when the last of them does (a one-member policy ends
    with its member's cover, §4). A group policy does not end for age: only each person's
    cover does. ``None`` when there is no member or the policy is a group."""
    if category != PolicyCategory.INDIVIDUAL or not member_births:
        return None
    return max(cover_end_for_age(b, max_age) for b in member_births)


@dataclass(frozen=True)
class AgeDecision:
    """Whether a person may be insured on a date, and why not (§4). ``messages`` are French:
    the refusal when ``accepted`` is false, otherwise notes for the clerk."""

    age: int
    on: date
    accepted: bool
    override_used: bool
    cover_end: date
    messages: tuple[str, ...]
    field: str = BIRTH_FIELD

    def raise_if_refused(self) -> None:
        """Raise a ``FieldError`` naming the field when the person is refused."""
        if not self.accepted:
            raise FieldError(self.field, " ".join(self.messages))


def check_age(
    birth: date,
    on: date,
    *,
    new_business: bool,
    override: bool = False,
    override_reason: str = "",
    settings: TariffSettings = DEFAULT_TARIFF,
) -> AgeDecision:
    """Decide whether a person born ``birth`` may be insured from ``on`` (§4).

    ``new_business``: the person joins (a new policy or an incorporation), as opposed to a
    renewal or a person already covered. ``override``: an authorised user lifts the age
    limits; the reason is then required. Checking who may override is the service's job.
    """
    max_age, new_max = settings.cover_max_age, settings.new_business_max_age
    if birth > on:
        return AgeDecision(
            0,
            on,
            False,
            False,
            cover_end_for_age(birth, max_age),
            ("La date de naissance est postérieure à la date d'effet.",),
        )
    age = age_on(birth, on)
    end = cover_end_for_age(birth, max_age)
    when = format_date(on)
    refusals: list[str] = []
    if on >= end:
        if age > max_age:
            refusals.append(
                f"L'assuré a {age} ans au {when} : au-delà de {max_age} ans, il n'est "
                "assurable que sur dérogation motivée d'un utilisateur habilité."
            )
        else:
            refusals.append(
                f"L'assuré a atteint {max_age} ans en {birth.year + max_age} : sa garantie a "
                f"pris fin le {format_date(last_covered_day_for_age(birth, max_age))}. "
                "Il n'est assurable que sur dérogation motivée d'un utilisateur habilité."
            )
    elif new_business and age > new_max:
        refusals.append(
            f"Pas d'affaire nouvelle au-delà de {new_max} ans : l'assuré a {age} ans au {when}."
        )
    if refusals:
        if not override:
            return AgeDecision(age, on, False, False, end, tuple(refusals))
        if not override_reason.strip():
            return AgeDecision(
                age,
                on,
                False,
                False,
                end,
                ("La dérogation d'âge doit être motivée : saisissez la raison.",),
                OVERRIDE_FIELD,
            )
        note = f"Accepté sur dérogation d'âge : {override_reason.strip()}"
        return AgeDecision(age, on, True, True, end, (note,))
    notes: list[str] = []
    if end.year == on.year + 1:
        notes.append(
            f"L'assuré atteint {max_age} ans en {birth.year + max_age} : sa garantie prend fin "
            f"le {format_date(last_covered_day_for_age(birth, max_age))}."
        )
    return AgeDecision(age, on, True, False, end, tuple(notes))
