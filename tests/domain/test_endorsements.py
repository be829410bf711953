"""Endorsements (domain.md §8, §5): the worked figures of issue 8, by hand, and the
checks of a movement. Individual policy (taxes 8 %), default endorsement accessoires scale
(0–100 000: 2 000; 100 001–500 000: 3 000)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.dates import Period
from desktop_app.domain.endorsements import (
    MOVEMENTS,
    EndorsementKind,
    Movement,
    MovementKind,
    PersonCover,
    check_movements,
    endorsement_quittance,
)
from desktop_app.domain.errors import CellError
from desktop_app.domain.tariff import DEFAULT_TARIFF

M = MovementKind
EFFECTIVE, EXPIRY = date(2026, 1, 1), date(2026, 12, 31)


def _quittance(*movements: Movement, members: int = 1):  # type: ignore[no-untyped-def]
    result = endorsement_quittance(movements, member_count=members, settings=DEFAULT_TARIFF)
    assert result is not None
    return result


def test_incorporation_from_1_july() -> None:
    """240 000 a year from 01/07/2026: 184 days of 365 → 120 986.30 → 120 986; accessoires
    3 000 (band 100 001–500 000); taxes 8 % × 123 986 = 9 918.88 → 9 919; TTC 133 905."""
    billed, q = _quittance(
        Movement(M.ADDITION, 0, None, "Yao Paul", date(2026, 7, 1), annual_after=240_000)
    )
    assert (q.lines[0].days, q.lines[0].year_days) == (184, 365)
    assert (q.amounts.net, q.amounts.fees, q.amounts.taxes, q.amounts.total) == (
        120_986,
        3_000,
        9_919,
        133_905,
    )
    assert len(billed) == 1


def test_removal_with_refund() -> None:
    """180 000 a year, first uncovered day 01/10/2026, refund allowed: 92 days → 45 369.86
    → −45 370; no accessoires on a credit note; taxes 8 % × −45 370 = −3 629.6 → −3 630;
    total −49 000."""
    _, q = _quittance(
        Movement(M.REMOVAL, 0, 7, "Koné Awa", date(2026, 10, 1), annual_before=180_000)
    )
    assert q.lines[0].days == 92
    assert (q.amounts.net, q.amounts.fees, q.amounts.taxes, q.amounts.total) == (
        -45_370,
        0,
        -3_630,
        -49_000,
    )
    assert q.is_refund


def test_removal_without_refund_bills_nothing() -> None:
    assert (
        endorsement_quittance(
            [
                Movement(
                    M.REMOVAL,
                    0,
                    7,
                    "Koné Awa",
                    date(2026, 10, 1),
                    annual_before=180_000,
                    refund=False,
                )
            ],
            member_count=1,
            settings=DEFAULT_TARIFF,
        )
        is None
    )


def test_regularisation_each_movement_at_its_own_date() -> None:
    """Two persons at 120 000: C enters 01/05/2026 (245 days, +80 547.95), D leaves
    01/11/2026 (61 days, −20 054.79): one quittance, net 60 493.15 → 60 493 (rounded once
    on the sum); accessoires 2 000; taxes 8 % × 62 493 = 4 999.44 → 4 999; TTC 67 492."""
    _, q = _quittance(
        Movement(M.ADDITION, 0, None, "C", date(2026, 5, 1), annual_after=120_000),
        Movement(M.REMOVAL, 1, 12, "D", date(2026, 11, 1), annual_before=120_000),
    )
    assert [line.days for line in q.lines] == [245, 61]
    assert (q.amounts.net, q.amounts.fees, q.amounts.taxes, q.amounts.total) == (
        60_493,
        2_000,
        4_999,
        67_492,
    )


def test_cover_change_bills_the_difference_and_a_suspension_nothing() -> None:
    """From 150 000 to 200 000 on 01/09/2026: +50 000 × 122/365 = 16 712.33 → 16 712."""
    _, q = _quittance(
        Movement(
            M.COVER_CHANGE,
            0,
            3,
            "Bamba",
            date(2026, 9, 1),
            annual_before=150_000,
            annual_after=200_000,
        )
    )
    assert q.amounts.net == 16_712
    assert (
        endorsement_quittance(
            [Movement(M.SUSPENSION, 0, None, "Police", date(2026, 9, 1))],
            member_count=1,
            settings=DEFAULT_TARIFF,
        )
        is None
    )


PERSONS = {
    1: PersonCover("Kouassi", date(2026, 1, 1)),
    2: PersonCover("Traoré", date(2026, 3, 1), stop=date(2026, 6, 1)),
    3: PersonCover(
        "Bamba", date(2026, 1, 1), suspensions=(Period(date(2026, 4, 1), date(2026, 5, 1)),)
    ),
}


def _refusals(kind: EndorsementKind, *movements: Movement) -> list[CellError]:
    errors = check_movements(kind, movements, effective=EFFECTIVE, expiry=EXPIRY, persons=PERSONS)
    assert all(isinstance(e, CellError) and e.field == MOVEMENTS for e in errors)
    return errors  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("kind", "movement", "words"),
    [
        (
            EndorsementKind.ADDITION,
            Movement(M.ADDITION, 0, None, "X", date(2025, 12, 31)),
            "précède la date d'effet",
        ),
        (
            EndorsementKind.ADDITION,
            Movement(M.ADDITION, 0, None, "X", date(2027, 1, 1)),
            "sort de l'année",
        ),
        (
            EndorsementKind.REMOVAL,
            Movement(M.REMOVAL, 0, 2, "Traoré", date(2026, 7, 1)),
            "pas de sortie possible",
        ),
        (
            EndorsementKind.REMOVAL,
            Movement(M.REMOVAL, 0, 1, "Kouassi", date(2026, 1, 1)),
            "pas de sortie possible",
        ),
        (
            EndorsementKind.COVER_CHANGE,
            Movement(M.COVER_CHANGE, 0, 2, "Traoré", date(2026, 8, 1)),
            "n'est pas couvert",
        ),
        (
            EndorsementKind.SUSPENSION,
            Movement(M.SUSPENSION, 0, 3, "Bamba", date(2026, 4, 15)),
            "Une suspension court déjà",
        ),
        (
            EndorsementKind.REINSTATEMENT,
            Movement(M.REINSTATEMENT, 0, 1, "Kouassi", date(2026, 4, 15)),
            "rien à remettre",
        ),
        (
            EndorsementKind.REMOVAL,
            Movement(M.ADDITION, 0, None, "X", date(2026, 4, 15)),
            "ne porte pas",
        ),
    ],
)
def test_a_movement_is_refused_on_its_row(
    kind: EndorsementKind, movement: Movement, words: str
) -> None:
    (error,) = _refusals(kind, movement)
    assert words in error.message and error.row == 0


def test_two_movements_of_one_person_on_one_date_are_refused() -> None:
    errors = _refusals(
        EndorsementKind.COVER_CHANGE,
        Movement(M.COVER_CHANGE, 0, 1, "Kouassi", date(2026, 6, 1)),
        Movement(M.COVER_CHANGE, 1, 1, "Kouassi", date(2026, 6, 1)),
    )
    assert [e.row for e in errors] == [1] and "même date" in errors[0].message


def test_a_good_regularisation_passes_and_a_cancelled_policy_takes_nothing_after_its_end() -> None:
    good = (
        Movement(M.ADDITION, 0, None, "C", date(2026, 5, 1)),
        Movement(M.REMOVAL, 1, 1, "Kouassi", date(2026, 11, 1)),
    )
    assert _refusals(EndorsementKind.REGULARISATION, *good) == []
    after_end = check_movements(
        EndorsementKind.ADDITION,
        good[:1],
        effective=EFFECTIVE,
        expiry=EXPIRY,
        persons=PERSONS,
        end_date=date(2026, 4, 1),
    )
    assert "résiliée" in after_end[0].message
