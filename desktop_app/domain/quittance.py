"""Quittance arithmetic (domain.md §5): prorata temporis, accessoires, taxes, commission
and management fee, with ``net + fees + taxes == total`` guaranteed by construction.

The study's DELASS printed 100 000 + 20 000 + 5 000 = 120 000: here such amounts cannot
even be built. A refund (ristourne) is the same computation with negative amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from desktop_app.domain.dates import days_covered, days_in_year, format_date, prorata
from desktop_app.domain.errors import DomainError, FieldError
from desktop_app.domain.money import format_fcfa, round_fcfa
from desktop_app.domain.tariff import FeeKind, FeeScale, TariffSettings


class QuittanceIdentityError(DomainError, ValueError):
    """Amounts that break ``net + fees + taxes == total``: a bug, never a clerk's input."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class QuittanceAmounts:
    """The four amounts of a quittance. Building one whose total is not exactly
    ``net + fees + taxes`` raises: the identity holds for every instance (§5)."""

    net: int
    fees: int
    taxes: int
    total: int

    def __post_init__(self) -> None:
        parts = (self.net, self.fees, self.taxes, self.total)
        if not all(_is_int(p) for p in parts):
            raise QuittanceIdentityError(
                "Les montants d'une quittance sont des nombres entiers de francs."
            )
        if self.net + self.fees + self.taxes != self.total:
            raise QuittanceIdentityError(
                f"Quittance incohérente : {format_fcfa(self.net)} + {format_fcfa(self.fees)} + "
                f"{format_fcfa(self.taxes)} ≠ {format_fcfa(self.total)}."
            )
        # A quittance charges or refunds: its amounts never pull in opposite directions.
        if not (all(p >= 0 for p in parts) or all(p <= 0 for p in parts)):
            raise QuittanceIdentityError(
                "Les montants d'une quittance sont tous positifs "
                "(prime) ou tous négatifs (ristourne)."
            )

    @classmethod
    def of(cls, net: int, fees: int, taxes: int) -> QuittanceAmounts:
        """The only way code should build amounts: the total is computed, never given."""
        return cls(net, fees, taxes, net + fees + taxes)

    @property
    def is_refund(self) -> bool:
        return self.total < 0

    def negated(self) -> QuittanceAmounts:
        """The counter-quittance that cancels this one (§5: cancelled, never edited)."""
        return QuittanceAmounts(-self.net, -self.fees, -self.taxes, -self.total)

    def lines(self) -> list[str]:
        """French lines as printed on the quittance."""
        return [
            f"Prime nette : {format_fcfa(self.net)}",
            f"Accessoires : {format_fcfa(self.fees)}",
            f"Taxes : {format_fcfa(self.taxes)}",
            f"Prime TTC : {format_fcfa(self.total)}",
        ]


class PremiumLine(NamedTuple):
    """One person's premium to bill: annual amount, first day covered, first day not
    covered (``None``: to 31 December). A negative annual amount is a decrease."""

    annual_premium: int
    start: date
    stop: date | None = None


@dataclass(frozen=True)
class ProratedLine:
    """A person's prorated premium. ``exact`` feeds the net; ``display`` is rounded for the
    screen only, so the displayed lines may differ from the net by a franc or two."""

    annual_premium: int
    start: date
    stop: date
    days: int
    year_days: int

    @property
    def fraction(self) -> Fraction:
        """The prorated premium as an exact fraction of francs."""
        return Fraction(self.annual_premium * self.days, self.year_days)

    @property
    def exact(self) -> Decimal:
        return Decimal(self.annual_premium * self.days) / Decimal(self.year_days)

    @property
    def display(self) -> int:
        return round_fraction(self.fraction)

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.stop.toordinal() - 1)

    def line(self) -> str:
        return (
            f"{format_fcfa(self.annual_premium)} × {self.days}/{self.year_days} "
            f"(du {format_date(self.start)} au {format_date(self.last_day)}) = {format_fcfa(self.display)}"
        )


@dataclass(frozen=True)
class QuittanceComputation:
    """Everything a quittance shows, before it gets its number (§5)."""

    lines: tuple[ProratedLine, ...]
    exact_net: Decimal
    amounts: QuittanceAmounts
    tax_rate: Decimal
    commission_rate: Decimal
    commission: int
    management_fee_rate: Decimal
    management_fee: int

    @property
    def is_refund(self) -> bool:
        return self.amounts.is_refund


def round_fraction(value: Fraction) -> int:
    """Half up to the franc, ties away from zero like ``money.round_fcfa``, so a refund is
    exactly the opposite of the same charge."""
    magnitude = (abs(value.numerator) * 2 + value.denominator) // (2 * value.denominator)
    return magnitude if value >= 0 else -magnitude


def prorated_premium(annual: int, start: date, stop: date | None = None) -> Decimal:
    """``annual × days covered ÷ days in the year`` (§5), multiplied before dividing so the
    one division is the only inexact step. Entry on 15 September of a common year: 108/365
    of the annual premium (365 000 → exactly 108 000)."""
    if not _is_int(annual):
        raise FieldError("annual_net_premium", "La prime annuelle est un nombre entier de francs.")
    prorata(start, stop)  # the period must stay inside one policy year
    end = stop if stop is not None else date(start.year + 1, 1, 1)
    return Decimal(annual * days_covered(start, end)) / Decimal(days_in_year(start.year))


def _check_rate(rate: Decimal, field: str, label: str) -> None:
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0 or rate > 1:
        raise FieldError(field, f"{label} est un taux de 0 à 100 %.")


def build_quittance(
    person_lines: Sequence[PremiumLine],
    fees_scale: FeeScale | None,
    tax_rate: Decimal,
    commission_rate: Decimal = Decimal(0),
    management_fee_rate: Decimal = Decimal(0),
    is_refund: bool = False,
) -> QuittanceComputation:
    """Compute a quittance's amounts (§5).

    net   = the exact sum over persons of annual × prorata, rounded once;
    fees  = the accessoires scale read on the net when the net is a charge, none on a refund;
    taxes = tax rate × (net + fees), rounded; total = net + fees + taxes;
    commission and management fee = their rate × net, each rounded.
    ``is_refund`` turns every line into a refund (ristourne): the same computation, negative.
    """
    if not person_lines:
        raise FieldError("persons", "Aucune personne à facturer sur cette quittance.")
    _check_rate(tax_rate, "tax_rate", "Le taux de taxe")
    _check_rate(commission_rate, "commission_rate", "Le taux de commission")
    _check_rate(management_fee_rate, "management_fee_rate", "Le taux d'honoraires de gestion")
    sign = -1 if is_refund else 1
    lines = []
    for annual, start, stop in person_lines:
        if not _is_int(annual):
            raise FieldError(
                "annual_net_premium", "La prime annuelle est un nombre entier de francs."
            )
        prorata(start, stop)  # the period must stay inside one policy year
        end = stop if stop is not None else date(start.year + 1, 1, 1)
        lines.append(
            ProratedLine(
                sign * annual, start, end, days_covered(start, end), days_in_year(start.year)
            )
        )
    # Rounded once on the exact sum (a Fraction: 1/3 + 1/6 is a tie, and a decimal sum of
    # thirds and sixths would miss it): the net is the nearest franc to the true premium
    # whatever the number of persons, where rounding each person drifts by up to ½ franc each.
    exact_sum = sum((line.fraction for line in lines), Fraction(0))
    net = round_fraction(exact_sum)
    exact_net = Decimal(exact_sum.numerator) / Decimal(exact_sum.denominator)
    fees = fees_scale.fee_for(net) if fees_scale is not None and net > 0 else 0
    taxes = round_fcfa(tax_rate * (net + fees))
    amounts = QuittanceAmounts.of(net, fees, taxes)
    return QuittanceComputation(
        tuple(lines),
        exact_net,
        amounts,
        tax_rate,
        commission_rate,
        round_fcfa(commission_rate * net),
        management_fee_rate,
        round_fcfa(management_fee_rate * net),
    )


def build_policy_quittance(
    person_lines: Sequence[PremiumLine],
    *,
    member_count: int,
    kind: FeeKind,
    settings: TariffSettings,
    commission_rate: Decimal = Decimal(0),
    management_fee_rate: Decimal = Decimal(0),
    is_refund: bool = False,
) -> QuittanceComputation:
    """``build_quittance`` with the tax rate from the policy's category (its member count)
    and the accessoires scale for the kind of act, both from the settings (§2, §5)."""
    return build_quittance(
        person_lines,
        settings.fee_scale(kind),
        settings.tax_rate_for_members(member_count),
        commission_rate,
        management_fee_rate,
        is_refund,
    )
