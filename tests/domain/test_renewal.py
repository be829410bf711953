"""Renewal (domain.md §9, §4): the S/P of the year that ends, the row of the adjustment
clause it falls in, the premium of the new year and who is carried over. Figures of issue 8
by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import CellError, ValidationFailed
from desktop_app.domain.renewal import (
    DEFAULT_ADJUSTMENT,
    AdjustmentBand,
    AdjustmentTable,
    LossRatio,
    adjustment,
    carried_over,
    override,
    renewed_premium,
)


def _rate(paid: int, outstanding: int, earned: int) -> Decimal:
    return adjustment(LossRatio(paid, outstanding, earned), DEFAULT_ADJUSTMENT).rate


def test_issue_figures_75_percent_exactly_changes_nothing() -> None:
    """S = 900 000 paid + 150 000 outstanding = 1 050 000; P = 1 400 000: S/P = 75 %
    exactly, row « over 50 %, up to 75 % »: no change."""
    found = adjustment(LossRatio(900_000, 150_000, 1_400_000), DEFAULT_ADJUSTMENT)
    assert found.loss_ratio.claims == 1_050_000
    assert found.loss_ratio.percent_label == "75,00 %"
    assert (found.row, found.rate) == (3, Decimal(0))
    assert found.band_label == "S/P au-delà de 50 %, jusqu'à 75 % : aucune"


def test_issue_figures_one_franc_over_75_percent_is_plus_15() -> None:
    """S = 1 050 001, P = 1 400 000: S/P = 75.00007 % > 75 % → +15 %."""
    found = adjustment(LossRatio(900_001, 150_000, 1_400_000), DEFAULT_ADJUSTMENT)
    assert (found.row, found.rate) == (4, Decimal("0.15"))
    assert found.band_label == "S/P au-delà de 75 %, moins de 100 % : +15 %"


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        (0, "-0.25"),
        (200_000, "-0.25"),  # 20 % is « up to 20 % »
        (200_001, "-0.15"),
        (400_000, "-0.15"),
        (500_000, "-0.10"),  # 50 % up to 50 %
        (500_001, "0"),
        (999_999, "0.15"),
        (1_000_000, "0.30"),  # 100 % starts « 100 %, under 115 % »
        (1_149_999, "0.30"),
        (1_150_000, "0.50"),
        (1_300_000, "0.75"),  # 130 % starts « 130 %, up to 150 % »
        (1_500_000, "0.75"),  # 150 % is up to 150 %
        (1_500_001, "1"),
        (9_000_000, "1"),
    ],
)
def test_each_bound_of_the_table(claims: int, expected: str) -> None:
    """§9 on P = 1 000 000: S/P is S / 10 000 in percent."""
    assert _rate(claims, 0, 1_000_000) == Decimal(expected)


def test_no_earned_premium_no_ratio_no_change() -> None:
    found = adjustment(LossRatio(50_000, 0, 0), DEFAULT_ADJUSTMENT)
    assert (found.row, found.rate, found.loss_ratio.percent_label) == (None, Decimal(0), "—")


def test_a_changed_adjustment_needs_a_reason() -> None:
    found = adjustment(LossRatio(900_001, 150_000, 1_400_000), DEFAULT_ADJUSTMENT)
    with pytest.raises(ValidationFailed) as failed:
        override(found, Decimal("0.05"), "   ")
    assert failed.value.errors[0].field == "reason"
    with pytest.raises(ValidationFailed):
        override(found, Decimal("-2"), "Geste commercial")
    kept = override(found, Decimal("0.05"), "Geste commercial  accordé")
    assert kept.changed and (kept.table_rate, kept.rate) == (Decimal("0.15"), Decimal("0.05"))
    assert kept.reason == "Geste commercial accordé"


def test_new_premium_follows_the_age_then_the_clause() -> None:
    """§4 + §9: 240 000 at 55, 276 000 at 56 (+15 %), S/P 0 % (−25 %): 207 000. Same
    age band: only the clause, 200 000 at +15 % → 230 000; 210 001 at −25 % → 157 500.75
    → 157 501. A typed 350 000 moves the same: × 276/240 × 1.15 = 462 875."""
    assert renewed_premium(240_000, 240_000, 276_000, Decimal("-0.25")) == 207_000
    assert renewed_premium(200_000, 240_000, 240_000, Decimal("0.15")) == 230_000
    assert renewed_premium(210_001, 240_000, 240_000, Decimal("-0.25")) == 157_501
    assert renewed_premium(350_000, 240_000, 276_000, Decimal("0.15")) == 462_875
    assert renewed_premium(240_000, 0, 0, Decimal(0)) == 240_000


def test_born_15_march_1962_renewed_for_2027_absent_from_2028() -> None:
    """§4: 65 on 15/03/2027; covered to 31/12/2027."""
    born = date(1962, 3, 15)
    assert carried_over(born, None, 2027)
    assert not carried_over(born, None, 2028)
    # A dependent leaves with their member, whatever their own age.
    assert not carried_over(date(2010, 5, 5), born, 2028)


def test_the_table_is_checked_as_a_setting() -> None:
    assert DEFAULT_ADJUSTMENT.validate() == []
    bands = list(DEFAULT_ADJUSTMENT.bands)
    bands[2] = replace(bands[2], up_to=Decimal("30"))  # below the row before (40)
    bands[5] = replace(bands[5], rate=Decimal("6"))
    errors = AdjustmentTable(tuple(bands)).validate()
    assert [(e.row, e.column) for e in errors if isinstance(e, CellError)] == [
        (2, "up_to"),
        (5, "rate"),
    ]
    no_last = AdjustmentTable(DEFAULT_ADJUSTMENT.bands[:-1])
    assert no_last.validate()[0].message.startswith("La dernière ligne n'a pas de borne")
    middle_open = AdjustmentTable((AdjustmentBand(None, True, Decimal(0)),) * 2)
    assert middle_open.validate()[0].message == "Seule la dernière ligne est sans borne."


def test_the_table_survives_its_storage() -> None:
    assert AdjustmentTable.from_dict(DEFAULT_ADJUSTMENT.to_dict()) == DEFAULT_ADJUSTMENT
    with pytest.raises(ValidationFailed):
        AdjustmentTable.from_dict({"bands": [{"up_to": "x", "rate": "0"}]})
    assert DEFAULT_ADJUSTMENT.describe()[0] == "S/P jusqu'à 20 % : -25 %"


def test_a_signed_percent_is_read_with_its_sign() -> None:
    from desktop_app.domain.errors import FieldError
    from desktop_app.domain.money import parse_signed_rate

    assert parse_signed_rate("-25", "rate") == Decimal("-0.25")
    assert parse_signed_rate("+15 %", "rate") == Decimal("0.15")
    assert parse_signed_rate("−12,5", "rate") == Decimal("-0.125")
    for bad in ("", "abc", "-101", "NaN"):
        with pytest.raises(FieldError):
            parse_signed_rate(bad, "rate")
    assert parse_signed_rate("450", "rate", maximum=Decimal(500)) == Decimal("4.5")
