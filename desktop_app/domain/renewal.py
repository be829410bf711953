"""Renewal (renouvellement, domain.md §8, §9, §4): the loss-ratio adjustment clause as an
office setting, the S/P of the year that ends, the row of the table it falls in, the
premium of the new year, and who is carried over.

S/P is computed as an exact fraction: 1 050 000 / 1 400 000 is exactly 75 % (no change),
1 050 001 / 1 400 000 is over 75 % (+15 %). Each row of the table has an upper bound in
percent and says whether the bound belongs to it (« jusqu'à 75 % » includes 75 %;
« moins de 100 % » does not); the last row has no bound.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from desktop_app.domain.age_rules import person_cover_end
from desktop_app.domain.errors import CellError, FieldError, ValidationFailed
from desktop_app.domain.money import round_fcfa

BANDS = "bands"
MIN_RATE, MAX_RATE = Decimal("-1"), Decimal("5")


@dataclass(frozen=True)
class AdjustmentBand:
    """A row of the clause: S/P up to ``up_to`` % (``inclusive``: the bound is in the row;
    ``None``: no bound, the last row) changes the premium by ``rate`` (−0.25 = −25 %)."""

    up_to: Decimal | None
    inclusive: bool
    rate: Decimal

    def holds(self, ratio: Fraction) -> bool:
        if self.up_to is None:
            return True
        bound = Fraction(self.up_to) / 100
        return ratio <= bound if self.inclusive else ratio < bound


def _pct(value: Decimal) -> str:
    text = f"{value.normalize():f}".replace(".", ",")
    return f"{text} %"


def _signed(rate: Decimal) -> str:
    if rate == 0:
        return "aucune"
    text = _pct(rate * 100)
    return text if rate < 0 else f"+{text}"


@dataclass(frozen=True)
class AdjustmentTable:
    """The clause d'ajustement (§9): rows by increasing S/P, the last without a bound."""

    bands: tuple[AdjustmentBand, ...]

    def row_for(self, ratio: Fraction) -> int:
        for i, band in enumerate(self.bands):
            if band.holds(ratio):
                return i
        return len(self.bands) - 1

    def label(self, row: int) -> str:
        """« over 50 %, up to 75 % » in French, for the report and the document."""
        band = self.bands[row]
        previous = self.bands[row - 1] if row > 0 else None
        low = ""
        if previous is not None and previous.up_to is not None:
            low = (
                f"au-delà de {_pct(previous.up_to)}"
                if previous.inclusive
                else f"à partir de {_pct(previous.up_to)}"
            )
        if band.up_to is None:
            high = ""
        else:
            high = (
                f"jusqu'à {_pct(band.up_to)}" if band.inclusive else f"moins de {_pct(band.up_to)}"
            )
        span = ", ".join(x for x in (low, high) if x) or "toute valeur"
        return f"S/P {span} : {_signed(band.rate)}"

    def describe(self) -> list[str]:
        return [self.label(i) for i in range(len(self.bands))]

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.bands:
            return [FieldError(BANDS, "Le barème d'ajustement doit compter au moins une ligne.")]
        previous: Decimal | None = None
        for i, band in enumerate(self.bands):
            last = i == len(self.bands) - 1
            if band.up_to is None and not last:
                errors.append(
                    CellError(
                        BANDS, "Seule la dernière ligne est sans borne.", row=i, column="up_to"
                    )
                )
            elif band.up_to is not None and last:
                errors.append(
                    CellError(
                        BANDS,
                        "La dernière ligne n'a pas de borne : elle couvre tous les S/P au-delà.",
                        row=i,
                        column="up_to",
                    )
                )
            elif band.up_to is not None:
                if band.up_to <= 0 or band.up_to > 1000:
                    errors.append(
                        CellError(
                            BANDS, "La borne est un S/P entre 0 et 1 000 %.", row=i, column="up_to"
                        )
                    )
                elif previous is not None and band.up_to <= previous:
                    errors.append(
                        CellError(
                            BANDS,
                            "Les bornes doivent croître d'une ligne à la suivante.",
                            row=i,
                            column="up_to",
                        )
                    )
                previous = band.up_to
            if not MIN_RATE <= band.rate <= MAX_RATE:
                errors.append(
                    CellError(
                        BANDS,
                        "L'ajustement est compris entre −100 % et +500 %.",
                        row=i,
                        column="rate",
                    )
                )
        return errors

    def check(self) -> None:
        errors = self.validate()
        if errors:
            raise ValidationFailed(errors)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            BANDS: [
                {
                    "up_to": None if b.up_to is None else str(b.up_to),
                    "inclusive": b.inclusive,
                    "rate": str(b.rate),
                }
                for b in self.bands
            ],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdjustmentTable:
        rows = data.get(BANDS)
        if not isinstance(rows, Sequence):
            raise ValidationFailed([FieldError(BANDS, "Le barème d'ajustement est illisible.")])
        bands = []
        try:
            for row in rows:
                up_to = row.get("up_to")
                bands.append(
                    AdjustmentBand(
                        None if up_to is None else Decimal(str(up_to)),
                        bool(row.get("inclusive", True)),
                        Decimal(str(row["rate"])),
                    )
                )
        except (AttributeError, KeyError, InvalidOperation, TypeError):
            raise ValidationFailed(
                [FieldError(BANDS, "Le barème d'ajustement est illisible.")]
            ) from None
        table = cls(tuple(bands))
        table.check()
        return table


def _band(up_to: str | None, inclusive: bool, rate: str) -> AdjustmentBand:
    return AdjustmentBand(None if up_to is None else Decimal(up_to), inclusive, Decimal(rate))


DEFAULT_ADJUSTMENT = AdjustmentTable(
    (
        _band("20", True, "-0.25"),
        _band("40", True, "-0.15"),
        _band("50", True, "-0.10"),
        _band("75", True, "0"),
        _band("100", False, "0.15"),
        _band("115", False, "0.30"),
        _band("130", False, "0.50"),
        _band("150", True, "0.75"),
        _band(None, True, "1"),
    )
)
"""The table of domain.md §9."""


@dataclass(frozen=True)
class LossRatio:
    """S and P of the 12 months before expiry (§9): S = claims paid plus known outstanding
    claims for the policy's persons; P = net premiums earned for the year."""

    paid: int
    outstanding: int
    earned: int

    @property
    def claims(self) -> int:
        return self.paid + self.outstanding

    @property
    def ratio(self) -> Fraction | None:
        """S/P, exact; ``None`` when no premium was earned (no ratio to read)."""
        if self.earned <= 0:
            return None
        return Fraction(self.claims, self.earned)

    @property
    def percent_label(self) -> str:
        ratio = self.ratio
        if ratio is None:
            return "—"
        value = Decimal(ratio.numerator * 100) / Decimal(ratio.denominator)
        return f"{value.quantize(Decimal('0.01'))} %".replace(".", ",")


@dataclass(frozen=True)
class Adjustment:
    """The premium change of the new year: the table's, or another one typed with a reason."""

    loss_ratio: LossRatio
    row: int | None  # the table's row; None when there is no ratio
    table_rate: Decimal
    rate: Decimal
    band_label: str
    reason: str = ""

    @property
    def changed(self) -> bool:
        """The rate applied differs from the table's (it needs a right and a reason)."""
        return self.rate != self.table_rate


def adjustment(loss_ratio: LossRatio, table: AdjustmentTable) -> Adjustment:
    """The row of the table the S/P falls in and its premium change (§9). Without earned
    premium there is no ratio: no change, and the report says why."""
    ratio = loss_ratio.ratio
    if ratio is None:
        return Adjustment(
            loss_ratio, None, Decimal(0), Decimal(0), "Aucune prime acquise : pas d'ajustement"
        )
    row = table.row_for(ratio)
    rate = table.bands[row].rate
    return Adjustment(loss_ratio, row, rate, rate, table.label(row))


def override(found: Adjustment, rate: Decimal, reason: str) -> Adjustment:
    """Another change than the table's, with its reason (checked by the caller's right)."""
    clean = " ".join(reason.split())
    if not clean:
        raise ValidationFailed(
            [FieldError("reason", "Indiquez le motif du changement d'ajustement.")]
        )
    if len(clean) > 500:
        raise ValidationFailed(
            [FieldError("reason", "Le motif est trop long (au plus 500 caractères).")]
        )
    if not MIN_RATE <= rate <= MAX_RATE:
        raise ValidationFailed(
            [FieldError("rate", "L'ajustement est compris entre −100 % et +500 %.")]
        )
    return Adjustment(found.loss_ratio, found.row, found.table_rate, rate, found.band_label, clean)


def renewed_premium(current: int, tariff_before: int, tariff_after: int, rate: Decimal) -> int:
    """The person's annual net premium of the new year (§9, §4): their current premium,
    moved as the tariff moves from their age of last year to their age on 1 January (the
    same tariff read at both ages: only the age counts), then changed by the clause;
    rounded once to the franc. 240 000 at 55 then 56 (+15 % surcharge), S/P 0 % (−25 %):
    240 000 × 276 000 / 240 000 × 0.75 = 207 000. A premium typed by hand moves the same
    way: the negotiated price follows the age bands and the loss ratio."""
    factor = Decimal(tariff_after) / Decimal(tariff_before) if tariff_before > 0 else Decimal(1)
    return round_fcfa(Decimal(current) * factor * (1 + rate))


def carried_over(birth: date, member_birth: date | None, year: int, *, max_age: int = 65) -> bool:
    """Whether a person is in the renewal for ``year`` (§4): cover ends on the 31 December
    that follows the 65th birthday, and a dependent's with their member's. Born 15/03/1962:
    65 on 15/03/2027, covered to 31/12/2027 → renewed for 2027, absent from 2028. An
    override of the age limits given at entry was for that entry: it does not carry a
    person past this limit (an authorised user may add them again by endorsement)."""
    return person_cover_end(birth, member_birth, max_age) > date(year, 1, 1)
