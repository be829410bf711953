"""Tariff settings (domain.md §4, §5): defaults, look-ups at band boundaries, checks, storage."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.domain.errors import CellError, FieldError, ValidationFailed
from desktop_app.domain.kinds import COVERAGE_RATES, PolicyCategory, Zone
from desktop_app.domain.tariff import (
    DEFAULT_TARIFF,
    DEMO_GRID,
    FeeBand,
    FeeKind,
    FeeScale,
    RateBand,
    TariffSettings,
)


def fields(settings: TariffSettings) -> set[str | tuple[str, int, str]]:
    """Where each refusal points: a field's name, or a table's (name, row, column)."""
    return {
        (e.field, e.row, e.column) if isinstance(e, CellError) else e.field
        for e in settings.validate()
    }


ROW = {rate: i for i, rate in enumerate(COVERAGE_RATES)}  # the grid's row of each option


def test_defaults_are_valid_and_follow_domain_md() -> None:
    """§4 defaults: public only 50 %, classic 5 %, limits 60/65; §5 taxes 8 % / 4 %."""
    s = DEFAULT_TARIFF
    assert s.validate() == []
    assert s.public_only_rate == Decimal("0.50")
    assert s.classic_system_rate == Decimal("0.05")
    assert (s.new_business_max_age, s.cover_max_age) == (60, 65)
    assert s.tax_rate(PolicyCategory.INDIVIDUAL) == Decimal("0.08")
    assert s.tax_rate(PolicyCategory.GROUP) == Decimal("0.04")


def test_demo_grid_is_dearer_for_more_cover_and_wider_zones() -> None:
    """§4 grid: every option × zone priced; 100 % and zone 3 cost the most."""
    for rate in (100, 90, 80, 70, 60):
        assert DEMO_GRID[(rate, 1)] < DEMO_GRID[(rate, 2)] < DEMO_GRID[(rate, 3)]
    for zone in (1, 2, 3):
        column = [DEMO_GRID[(rate, zone)] for rate in (100, 90, 80, 70, 60)]
        assert column == sorted(column, reverse=True)
    assert DEFAULT_TARIFF.base_premium(80, Zone.CI) == 240_000
    assert DEFAULT_TARIFF.base_premium(100, 3) == 600_000


def test_base_premium_refuses_unknown_option_or_zone() -> None:
    """§3: rates are 100/90/80/70/60 %, zones 1–3; the error names the field."""
    with pytest.raises(FieldError) as e:
        DEFAULT_TARIFF.base_premium(75, 1)
    assert e.value.field == "coverage_rate"
    with pytest.raises(FieldError) as e:
        DEFAULT_TARIFF.base_premium(80, 4)
    assert e.value.field == "zone"


@pytest.mark.parametrize(
    ("persons", "rate"),
    [
        (1, "0"),
        (49, "0"),
        (50, "0.10"),
        (100, "0.10"),
        (101, "0.20"),
        (500, "0.20"),
        (501, "0.25"),
        (1000, "0.25"),
        (1001, "0.30"),
        (25_000, "0.30"),
    ],
)
def test_group_size_bands_at_their_boundaries(persons: int, rate: str) -> None:
    """§4: 50–100: 10 %; 101–500: 20 %; 501–1000: 25 %; over 1000: 30 %; under 50: none."""
    assert DEFAULT_TARIFF.group_size_rate(persons) == Decimal(rate)


@pytest.mark.parametrize(
    ("age", "rate"),
    [
        (30, "0"),
        (55, "0"),
        (56, "0.15"),
        (60, "0.15"),
        (61, "0.25"),
        (65, "0.25"),
        (67, "0.25"),
    ],
)
def test_age_surcharge_bands_at_their_boundaries(age: int, rate: str) -> None:
    """§4: up to 55 none, 56–60 +15 %, 61–65 +25 %; beyond 65 (override) the last band's rate."""
    assert DEFAULT_TARIFF.age_surcharge_rate(age) == Decimal(rate)


def test_tax_rate_switches_at_five_members() -> None:
    """§2/§5: 4 members → individual 8 %; 5 members → group 4 %."""
    assert DEFAULT_TARIFF.tax_rate_for_members(4) == Decimal("0.08")
    assert DEFAULT_TARIFF.tax_rate_for_members(5) == Decimal("0.04")


def test_fee_scales_by_band_and_kind() -> None:
    """§5: accessoires by premium band, new business and endorsements apart (defaults in docs)."""
    new = DEFAULT_TARIFF.fee_scale(FeeKind.NEW_BUSINESS)
    end = DEFAULT_TARIFF.fee_scale(FeeKind.ENDORSEMENT)
    assert [new.fee_for(n) for n in (0, 100_000, 100_001, 500_000, 2_000_001, 10_000_001)] == [
        5_000,
        5_000,
        10_000,
        10_000,
        35_000,
        50_000,
    ]
    assert [end.fee_for(n) for n in (50_000, 100_001, 600_000, 3_000_000)] == [
        2_000,
        3_000,
        5_000,
        10_000,
    ]
    assert new.fee_for(-150_000) == 10_000  # the band is read on the amount, whatever its sign


def test_validate_names_each_bad_field() -> None:
    """Settings checks: negative amount, missing cell, overlapping and unsorted bands, rate > 100 %."""
    grid = dict(DEMO_GRID)
    grid[(80, 1)] = -5
    del grid[(60, 3)]
    bad = TariffSettings(
        grid=grid,
        classic_system_rate=Decimal("1.5"),
        group_size_bands=(RateBand(50, 100, Decimal("0.1")), RateBand(90, 200, Decimal("0.2"))),
        age_surcharge_bands=(RateBand(61, 65, Decimal("0.25")), RateBand(56, 60, Decimal("0.15"))),
        individual_tax_rate=Decimal("-0.01"),
    )
    assert fields(bad) == {
        ("grid", ROW[80], "1"),
        ("grid", ROW[60], "3"),
        "classic_system_rate",
        ("group_size_bands", 1, ""),
        ("age_surcharge_bands", 1, ""),
        "individual_tax_rate",
    }
    with pytest.raises(ValidationFailed) as e:
        bad.check()
    assert "100 %" in e.value.by_field()["classic_system_rate"]


def test_validate_open_band_must_be_last_and_band_in_order() -> None:
    bands = (RateBand(50, None, Decimal("0.1")), RateBand(200, 300, Decimal("0.2")))
    assert fields(TariffSettings(group_size_bands=bands)) == {("group_size_bands", 1, "")}
    assert fields(TariffSettings(group_size_bands=(RateBand(100, 50, Decimal("0.1")),))) == {
        ("group_size_bands", 0, "")
    }


def test_validate_fee_scale_without_gap_or_overlap() -> None:
    gap = FeeScale((FeeBand(0, 100_000, 5_000), FeeBand(100_002, None, 10_000)))
    overlap = FeeScale((FeeBand(0, 100_000, 5_000), FeeBand(90_000, None, 10_000)))
    closed = FeeScale((FeeBand(0, 100_000, 5_000),))
    negative = FeeScale((FeeBand(0, None, -1),))
    assert fields(TariffSettings(new_business_fees=gap)) == {("new_business_fees", 1, "")}
    assert fields(TariffSettings(endorsement_fees=overlap)) == {("endorsement_fees", 1, "")}
    assert fields(TariffSettings(new_business_fees=closed)) == {"new_business_fees"}
    assert fields(TariffSettings(new_business_fees=negative)) == {("new_business_fees", 0, "")}
    assert fields(TariffSettings(new_business_fees=FeeScale(()))) == {"new_business_fees"}


def test_validate_age_limits() -> None:
    assert fields(TariffSettings(new_business_max_age=70)) == {"new_business_max_age"}


def test_round_trip_through_json() -> None:
    """Stored as JSON: amounts ints, rates strings; reading it back gives the same settings."""
    data = DEFAULT_TARIFF.to_dict()
    assert data["grid"]["80"]["1"] == 240_000
    assert data["public_only_rate"] == "0.50"
    assert data["group_size_bands"][-1] == {"low": 1001, "high": None, "rate": "0.30"}
    assert data["fees"]["endorsement"][0] == {"low": 0, "high": 100_000, "fee": 2_000}
    again = TariffSettings.from_dict(json.loads(json.dumps(data)))
    assert again == DEFAULT_TARIFF
    assert again.age_surcharge_rate(58) == Decimal("0.15")


def test_from_dict_refuses_floats_and_garbage() -> None:
    """A rate read through a float is no longer exact: refused, like unreadable values."""
    data = DEFAULT_TARIFF.to_dict()
    data["classic_system_rate"] = 0.05
    data["grid"]["80"]["1"] = "beaucoup"
    with pytest.raises(ValidationFailed) as e:
        TariffSettings.from_dict(data)
    assert set(e.value.by_field()) == {"classic_system_rate", "grid.80.1"}


def test_from_dict_runs_the_checks() -> None:
    data = DEFAULT_TARIFF.to_dict()
    data["tax_rates"]["group"] = "1.2"
    with pytest.raises(ValidationFailed) as e:
        TariffSettings.from_dict(data)
    assert set(e.value.by_field()) == {"group_tax_rate"}


def test_grid_is_read_only() -> None:
    with pytest.raises(TypeError):
        DEFAULT_TARIFF.grid[(80, 1)] = 1  # type: ignore[index]
