"""Quittance arithmetic (domain.md §5): prorata, accessoires, taxes, identity, refunds."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import FieldError
from desktop_app.domain.money import NBSP
from desktop_app.domain.quittance import (
    PremiumLine,
    QuittanceAmounts,
    QuittanceIdentityError,
    build_policy_quittance,
    build_quittance,
    prorated_premium,
    round_fraction,
)
from desktop_app.domain.tariff import DEFAULT_TARIFF, FeeKind

NEW_FEES = DEFAULT_TARIFF.new_business_fees
END_FEES = DEFAULT_TARIFF.endorsement_fees
SEPT_15 = date(2026, 9, 15)


# -- the identity ---------------------------------------------------------------------------


def test_delass_bug_cannot_be_built() -> None:
    """§5: DELASS printed 100 000 + 20 000 + 5 000 = 120 000. Such amounts cannot exist."""
    with pytest.raises(QuittanceIdentityError):
        QuittanceAmounts(net=100_000, fees=20_000, taxes=5_000, total=120_000)


def test_delass_example_right_total_is_125_000() -> None:
    """§5: prime nette + accessoires + taxes = prime TTC: 100 000 + 20 000 + 5 000 = 125 000."""
    amounts = QuittanceAmounts.of(100_000, 20_000, 5_000)
    assert amounts.total == 125_000
    assert [line.replace(NBSP, " ") for line in amounts.lines()] == [
        "Prime nette : 100 000 FCFA",
        "Accessoires : 20 000 FCFA",
        "Taxes : 5 000 FCFA",
        "Prime TTC : 125 000 FCFA",
    ]


def test_amounts_must_be_whole_francs_of_one_sign() -> None:
    with pytest.raises(QuittanceIdentityError):
        QuittanceAmounts(Decimal("100.5"), 0, 0, Decimal("100.5"))  # type: ignore[arg-type]
    with pytest.raises(QuittanceIdentityError):
        QuittanceAmounts.of(-1_000, 500, -40)  # a refund charging fees


def test_counter_quittance_negates_everything() -> None:
    """§5: a quittance is cancelled by a counter-quittance, never edited."""
    amounts = QuittanceAmounts.of(108_000, 10_000, 9_440)
    assert amounts.negated() == QuittanceAmounts(-108_000, -10_000, -9_440, -127_440)
    assert amounts.negated().is_refund and not amounts.is_refund


# -- prorata --------------------------------------------------------------------------------


def test_prorata_entry_on_15_september() -> None:
    """Preamble/§5: entering 15/09/2026 covers 108 days of 365: 365 000 → exactly 108 000."""
    assert prorated_premium(365_000, SEPT_15) == Decimal(108_000)
    assert prorated_premium(100_000, SEPT_15) == Decimal(10_800_000) / Decimal(365)


def test_prorata_in_a_leap_year() -> None:
    """§5: days ÷ days in THAT year: 15/09/2028 → 108/366; 01/03/2028 → 306/366."""
    assert prorated_premium(366_000, date(2028, 9, 15)) == Decimal(108_000)
    assert prorated_premium(366_000, date(2028, 3, 1)) == Decimal(306_000)


def test_prorata_full_year_and_exit_date() -> None:
    """§5: from 01/01 the whole premium; exit on 01/07/2026 (first day not covered): 181 days."""
    assert prorated_premium(240_000, date(2026, 1, 1)) == Decimal(240_000)
    assert prorated_premium(365_000, date(2026, 1, 1), date(2026, 7, 1)) == Decimal(181_000)


def test_prorata_refuses_periods_across_years_or_backwards() -> None:
    with pytest.raises(FieldError):
        prorated_premium(100_000, date(2026, 12, 1), date(2027, 2, 1))
    with pytest.raises(FieldError):
        prorated_premium(100_000, date(2026, 6, 1), date(2026, 5, 1))


# -- building quittances ------------------------------------------------------------------


def test_new_business_quittance_worked_by_hand() -> None:
    """§5: 365 000 from 15/09/2026 → net 108 000; accessoires (100 001–500 000) 10 000;
    taxes 8 % × 118 000 = 9 440; total 127 440; commission 10 % = 10 800; fee 5 % = 5 400."""
    q = build_quittance(
        [PremiumLine(365_000, SEPT_15)], NEW_FEES, Decimal("0.08"), Decimal("0.10"), Decimal("0.05")
    )
    assert q.amounts == QuittanceAmounts(108_000, 10_000, 9_440, 127_440)
    assert (q.commission, q.management_fee) == (10_800, 5_400)
    assert (q.lines[0].days, q.lines[0].year_days, q.lines[0].last_day) == (
        108,
        365,
        date(2026, 12, 31),
    )
    assert (
        q.lines[0].line().replace(NBSP, " ")
        == "365 000 FCFA × 108/365 (du 15/09/2026 au 31/12/2026) = 108 000 FCFA"
    )


def test_net_is_the_sum_rounded_once() -> None:
    """§5 + preamble: three persons at 115 000 from 15/09/2026: each 12 420 000/365 =
    34 027.397… (shown 34 027); the net is 37 260 000/365 = 102 082.19… → 102 082, one franc
    more than the sum of the rounded lines (102 081)."""
    q = build_quittance([PremiumLine(115_000, SEPT_15)] * 3, None, Decimal("0.08"))
    assert [line.display for line in q.lines] == [34_027] * 3
    assert q.amounts.net == 102_082
    assert q.exact_net == Decimal(37_260_000) / Decimal(365)


def test_net_rounds_half_up() -> None:
    """Preamble: 183 a year for one day of 2028 (366 days) is exactly 0.5 franc → 1;
    the refund of it → −1 (ties away from zero: a refund mirrors the charge)."""
    assert (
        build_quittance(
            [PremiumLine(183, date(2028, 5, 1), date(2028, 5, 2))], None, Decimal(0)
        ).amounts.net
        == 1
    )
    refund = build_quittance(
        [PremiumLine(183, date(2028, 5, 1), date(2028, 5, 2))], None, Decimal(0), is_refund=True
    )
    assert refund.amounts.net == -1
    assert (
        round_fraction(Fraction(5, 2)),
        round_fraction(Fraction(-5, 2)),
        round_fraction(Fraction(24, 10)),
    ) == (3, -3, 2)


def test_taxes_round_half_up() -> None:
    """§5: 36 500 a year, one day of 2026 → 100; tax 0.5 % × 100 = 0.5 → 1; refund → −1."""
    line = [PremiumLine(36_500, date(2026, 3, 1), date(2026, 3, 2))]
    assert build_quittance(line, None, Decimal("0.005")).amounts == QuittanceAmounts(100, 0, 1, 101)
    assert build_quittance(
        line, None, Decimal("0.005"), is_refund=True
    ).amounts == QuittanceAmounts(-100, 0, -1, -101)


def test_dependent_priced_apart_on_one_quittance() -> None:
    """§3/§5: member 240 000 and spouse 600 000, both from 01/01/2026: net 840 000;
    accessoires (500 001–2 000 000) 20 000; taxes 8 % × 860 000 = 68 800; total 928 800."""
    q = build_quittance(
        [PremiumLine(240_000, date(2026, 1, 1)), PremiumLine(600_000, date(2026, 1, 1))],
        NEW_FEES,
        Decimal("0.08"),
    )
    assert q.amounts == QuittanceAmounts(840_000, 20_000, 68_800, 928_800)


def test_category_switch_at_five_members_changes_the_tax() -> None:
    """§2/§5: the same 108 000 + 10 000: 4 members (individual) 8 % → 9 440, total 127 440;
    5 members (group) 4 % → 4 720, total 122 720."""
    lines = [PremiumLine(365_000, SEPT_15)]
    four = build_policy_quittance(
        lines, member_count=4, kind=FeeKind.NEW_BUSINESS, settings=DEFAULT_TARIFF
    )
    five = build_policy_quittance(
        lines, member_count=5, kind=FeeKind.NEW_BUSINESS, settings=DEFAULT_TARIFF
    )
    assert (four.tax_rate, four.amounts.taxes, four.amounts.total) == (
        Decimal("0.08"),
        9_440,
        127_440,
    )
    assert (five.tax_rate, five.amounts.taxes, five.amounts.total) == (
        Decimal("0.04"),
        4_720,
        122_720,
    )


def test_endorsement_takes_the_endorsement_scale() -> None:
    """§5/§8: incorporation of 365 000 from 15/09/2026: 108 000, accessoires of an
    endorsement 3 000; taxes 8 % × 111 000 = 8 880; total 119 880."""
    q = build_policy_quittance(
        [PremiumLine(365_000, SEPT_15)],
        member_count=1,
        kind=FeeKind.ENDORSEMENT,
        settings=DEFAULT_TARIFF,
    )
    assert q.amounts == QuittanceAmounts(108_000, 3_000, 8_880, 119_880)


def test_refund_is_negative_without_fees() -> None:
    """§5/§8: removal on 01/10/2026 of 365 000: 92 unused days → −92 000; no accessoires on a
    refund; taxes 8 % × −92 000 = −7 360; total −99 360; commission 10 % → −9 200."""
    q = build_quittance(
        [PremiumLine(365_000, date(2026, 10, 1))],
        NEW_FEES,
        Decimal("0.08"),
        Decimal("0.10"),
        is_refund=True,
    )
    assert q.amounts == QuittanceAmounts(-92_000, 0, -7_360, -99_360)
    assert (q.is_refund, q.commission) == (True, -9_200)


def test_regularisation_mixes_additions_and_removals_each_with_its_date() -> None:
    """§8: one endorsement: +365 000 from 15/09 (108 000) and −365 000 from 01/10 (−92 000):
    net 16 000; endorsement accessoires 2 000; taxes 8 % × 18 000 = 1 440; total 19 440."""
    q = build_quittance(
        [PremiumLine(365_000, SEPT_15), PremiumLine(-365_000, date(2026, 10, 1))],
        END_FEES,
        Decimal("0.08"),
    )
    assert q.amounts == QuittanceAmounts(16_000, 2_000, 1_440, 19_440)


def test_bad_input_refused() -> None:
    with pytest.raises(FieldError) as e:
        build_quittance([], NEW_FEES, Decimal("0.08"))
    assert e.value.field == "persons"
    with pytest.raises(FieldError) as e:
        build_quittance([PremiumLine(1_000, SEPT_15)], NEW_FEES, Decimal("1.08"))
    assert e.value.field == "tax_rate"
    with pytest.raises(FieldError) as e:
        build_quittance([PremiumLine(1_000, SEPT_15)], NEW_FEES, Decimal("0.08"), Decimal("-0.1"))
    assert e.value.field == "commission_rate"


# -- properties over many random inputs ---------------------------------------------------


@st.composite
def premium_lines(draw: st.DrawFn) -> list[PremiumLine]:
    year = draw(st.sampled_from([2026, 2027, 2028]))
    first, last = date(year, 1, 1), date(year + 1, 1, 1)
    out = []
    for _ in range(draw(st.integers(1, 8))):
        start = first + timedelta(days=draw(st.integers(0, 364)))
        stop = start + timedelta(days=draw(st.integers(0, (last - start).days)))
        annual = draw(st.integers(0, 20_000_000))
        out.append(PremiumLine(annual, start, stop))
    return out


RATES = st.sampled_from([Decimal(r) for r in ("0", "0.04", "0.08", "0.145", "0.005", "0.1999")])


@given(premium_lines(), RATES, RATES, st.booleans(), st.booleans())
def test_identity_always_holds(
    lines: list[PremiumLine], tax: Decimal, commission: Decimal, with_fees: bool, refund: bool
) -> None:
    """§5: net + fees + taxes == total for every input, all whole francs, one sign, and the
    net within ½ franc of the exact sum of the prorated premiums."""
    q = build_quittance(
        lines, NEW_FEES if with_fees else None, tax, commission, Decimal("0.05"), refund
    )
    a = q.amounts
    assert all(
        type(x) is int for x in (a.net, a.fees, a.taxes, a.total, q.commission, q.management_fee)
    )
    assert a.net + a.fees + a.taxes == a.total
    exact = sum(
        (Fraction(ln.annual_premium * (ln.stop - ln.start).days, ln.year_days) for ln in q.lines),
        Fraction(0),
    )
    assert abs(a.net - exact) <= Fraction(1, 2)
    if refund:
        assert a.fees == 0 and a.total <= 0
    else:
        assert a.total >= 0


@given(premium_lines(), RATES)
def test_refund_mirrors_the_charge(lines: list[PremiumLine], tax: Decimal) -> None:
    """§5: a refund is computed the same way: without accessoires it is exactly the charge
    negated, so a full ristourne cancels the quittance to the franc."""
    charge = build_quittance(lines, None, tax, Decimal("0.1"), Decimal("0.05"))
    refund = build_quittance(lines, None, tax, Decimal("0.1"), Decimal("0.05"), is_refund=True)
    assert refund.amounts == charge.amounts.negated()
    assert (refund.commission, refund.management_fee) == (
        -charge.commission,
        -charge.management_fee,
    )
