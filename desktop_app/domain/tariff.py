"""Reference tariff settings (domain.md §4, §5): grid, reductions, age surcharges, age
limits, tax rates and accessoires scales, with their checks and a JSON-friendly form.

Every value here is a setting an authorised user edits; ``DEFAULT_TARIFF`` holds the
defaults of domain.md and a demo grid. Rates are fractions (``Decimal("0.15")`` = 15 %).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from types import MappingProxyType
from typing import Any

from desktop_app.domain.errors import CellError, FieldError, ValidationFailed
from desktop_app.domain.kinds import COVERAGE_RATES, PolicyCategory, Zone, policy_category
from desktop_app.domain.money import format_fcfa

ZONES = tuple(int(z) for z in Zone)
SETTINGS_VERSION = 1


class FeeKind(enum.StrEnum):
    """Which accessoires scale a quittance takes (§5). A renewal opens a new policy year
    and takes the new-business scale."""

    NEW_BUSINESS = "new_business"
    ENDORSEMENT = "endorsement"


@dataclass(frozen=True)
class RateBand:
    """A rate for the whole numbers ``low`` to ``high`` inclusive; ``high=None``: no upper bound."""

    low: int
    high: int | None
    rate: Decimal

    def contains(self, value: int) -> bool:
        return self.low <= value and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class FeeBand:
    """The accessoires ``fee`` for a net premium from ``low`` to ``high`` FCFA inclusive."""

    low: int
    high: int | None
    fee: int

    def contains(self, value: int) -> bool:
        return self.low <= value and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class FeeScale:
    """Accessoires (coût de police) by band of the quittance's net premium (§5)."""

    bands: tuple[FeeBand, ...]

    def fee_for(self, net: int) -> int:
        """The fee for a net premium; the band is read on the absolute amount."""
        amount = abs(net)
        for band in self.bands:
            if band.contains(amount):
                return band.fee
        raise FieldError(
            "fees", f"Aucune tranche du barème des accessoires ne couvre {format_fcfa(amount)}."
        )

    def describe(self) -> list[str]:
        """French lines for the settings screen: ``"De 0 à 100 000 FCFA : 5 000 FCFA"``."""
        out = []
        for b in self.bands:
            span = (
                f"De {format_fcfa(b.low, False)} à {format_fcfa(b.high)}"
                if b.high is not None
                else f"Au-delà de {format_fcfa(b.low - 1)}"
            )
            out.append(f"{span} : {format_fcfa(b.fee)}")
        return out


DEMO_GRID: Mapping[tuple[int, int], int] = {
    # Option (coverage rate %) × zone: annual base premium per person, FCFA. Zone 2 costs
    # 40 % more than zone 1, zone 3 twice zone 1; each 10 points of cover cost 30 000 in zone 1.
    (100, 1): 300_000,
    (100, 2): 420_000,
    (100, 3): 600_000,
    (90, 1): 270_000,
    (90, 2): 378_000,
    (90, 3): 540_000,
    (80, 1): 240_000,
    (80, 2): 336_000,
    (80, 3): 480_000,
    (70, 1): 210_000,
    (70, 2): 294_000,
    (70, 3): 420_000,
    (60, 1): 180_000,
    (60, 2): 252_000,
    (60, 3): 360_000,
}

DEFAULT_NEW_BUSINESS_FEES = FeeScale(
    (
        FeeBand(0, 100_000, 5_000),
        FeeBand(100_001, 500_000, 10_000),
        FeeBand(500_001, 2_000_000, 20_000),
        FeeBand(2_000_001, 10_000_000, 35_000),
        FeeBand(10_000_001, None, 50_000),
    )
)

DEFAULT_ENDORSEMENT_FEES = FeeScale(
    (
        FeeBand(0, 100_000, 2_000),
        FeeBand(100_001, 500_000, 3_000),
        FeeBand(500_001, 2_000_000, 5_000),
        FeeBand(2_000_001, None, 10_000),
    )
)


@dataclass(frozen=True)
class TariffSettings:
    """The reference tariff (§4) and the premium-side settings of §5."""

    grid: Mapping[tuple[int, int], int] = field(default_factory=lambda: dict(DEMO_GRID))
    public_only_rate: Decimal = Decimal("0.50")
    group_size_bands: tuple[RateBand, ...] = (
        RateBand(50, 100, Decimal("0.10")),
        RateBand(101, 500, Decimal("0.20")),
        RateBand(501, 1000, Decimal("0.25")),
        RateBand(1001, None, Decimal("0.30")),
    )
    classic_system_rate: Decimal = Decimal("0.05")
    age_surcharge_bands: tuple[RateBand, ...] = (
        RateBand(56, 60, Decimal("0.15")),
        RateBand(61, 65, Decimal("0.25")),
    )
    new_business_max_age: int = 60
    cover_max_age: int = 65
    individual_tax_rate: Decimal = Decimal("0.08")
    group_tax_rate: Decimal = Decimal("0.04")
    new_business_fees: FeeScale = DEFAULT_NEW_BUSINESS_FEES
    endorsement_fees: FeeScale = DEFAULT_ENDORSEMENT_FEES

    def __post_init__(self) -> None:
        # A read-only copy: nobody changes a tariff behind the settings screen's back.
        object.__setattr__(self, "grid", MappingProxyType(dict(self.grid)))

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.grid.items())))

    # -- look-ups -------------------------------------------------------------------------

    def base_premium(self, coverage_rate_pct: int, zone: int) -> int:
        """Base annual premium per person for an option × zone (§4 grid)."""
        if coverage_rate_pct not in COVERAGE_RATES:
            raise FieldError("coverage_rate", "Le taux de couverture est 100, 90, 80, 70 ou 60 %.")
        if zone not in ZONES:
            raise FieldError("zone", "La zone est 1, 2 ou 3.")
        try:
            return self.grid[(int(coverage_rate_pct), int(zone))]
        except KeyError:
            raise FieldError(
                "coverage_rate",
                f"Le tarif ne prévoit pas l'option {coverage_rate_pct} % en zone {int(zone)}.",
            ) from None

    def group_size_rate(self, person_count: int) -> Decimal:
        """Reduction for the size of the group, by number of insured persons (§4)."""
        return _band_rate(self.group_size_bands, person_count)

    def age_surcharge_rate(self, age: int) -> Decimal:
        """Surcharge for the age on the effective date (§4). Beyond the last band (a person
        over 65 kept on an authorised override) the last band's rate applies: an older
        person is never priced below a younger one."""
        for band in self.age_surcharge_bands:
            if band.contains(age):
                return band.rate
        closed = [b for b in self.age_surcharge_bands if b.high is not None]
        if closed:
            top = max(closed, key=lambda b: b.high or 0)
            if top.high is not None and age > top.high:
                return top.rate
        return Decimal(0)

    def tax_rate(self, category: PolicyCategory) -> Decimal:
        """Tax rate by policy category (§5)."""
        return self.group_tax_rate if category == PolicyCategory.GROUP else self.individual_tax_rate

    def tax_rate_for_members(self, member_count: int) -> Decimal:
        """Tax rate from the number of members: the category decides it (§2, §5)."""
        return self.tax_rate(policy_category(member_count))

    def fee_scale(self, kind: FeeKind) -> FeeScale:
        return self.new_business_fees if kind == FeeKind.NEW_BUSINESS else self.endorsement_fees

    # -- checks ---------------------------------------------------------------------------

    def validate(self) -> list[FieldError]:
        """Every problem of these settings, each naming its field, in French."""
        errors: list[FieldError] = []
        for rate in COVERAGE_RATES:
            for zone in ZONES:
                amount = self.grid.get((rate, zone))
                if amount is None:
                    errors.append(
                        grid_cell(
                            rate, zone, f"Prime de base manquante : option {rate} %, zone {zone}."
                        )
                    )
                elif not _is_int(amount) or amount <= 0:
                    errors.append(
                        grid_cell(
                            rate,
                            zone,
                            f"La prime de base (option {rate} %, zone {zone}) "
                            "doit être un montant entier positif.",
                        )
                    )
        for rate, zone in self.grid:
            if rate not in COVERAGE_RATES or zone not in ZONES:
                errors.append(
                    FieldError("grid", f"Case de tarif inconnue : option {rate} %, zone {zone}.")
                )
        for name, label in (
            ("public_only_rate", "La réduction réseau public"),
            ("classic_system_rate", "La réduction système classique"),
            ("individual_tax_rate", "Le taux de taxe des polices individuelles"),
            ("group_tax_rate", "Le taux de taxe des polices groupe"),
        ):
            errors.extend(_check_rate(getattr(self, name), name, label))
        errors.extend(_check_bands(self.group_size_bands, "group_size_bands", "personnes"))
        errors.extend(_check_bands(self.age_surcharge_bands, "age_surcharge_bands", "ans"))
        if not 0 < self.new_business_max_age <= self.cover_max_age <= 120:
            errors.append(
                FieldError(
                    "new_business_max_age",
                    "L'âge limite de souscription doit être positif et ne pas dépasser "
                    "l'âge limite de garantie (au plus 120 ans).",
                )
            )
        errors.extend(_check_fees(self.new_business_fees, "new_business_fees"))
        errors.extend(_check_fees(self.endorsement_fees, "endorsement_fees"))
        return errors

    def check(self) -> None:
        """Raise ``ValidationFailed`` with every problem, if any."""
        errors = self.validate()
        if errors:
            raise ValidationFailed(errors)

    # -- storage --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-friendly dict: amounts as ints, rates as strings (``"0.15"``)."""
        grid: dict[str, dict[str, int]] = {}
        for (rate, zone), amount in sorted(self.grid.items(), key=lambda kv: (-kv[0][0], kv[0][1])):
            grid.setdefault(str(rate), {})[str(zone)] = amount
        return {
            "version": SETTINGS_VERSION,
            "grid": grid,
            "public_only_rate": str(self.public_only_rate),
            "group_size_bands": [_band_dict(b) for b in self.group_size_bands],
            "classic_system_rate": str(self.classic_system_rate),
            "age_surcharge_bands": [_band_dict(b) for b in self.age_surcharge_bands],
            "new_business_max_age": self.new_business_max_age,
            "cover_max_age": self.cover_max_age,
            "tax_rates": {
                "individual": str(self.individual_tax_rate),
                "group": str(self.group_tax_rate),
            },
            "fees": {
                FeeKind.NEW_BUSINESS.value: [_fee_dict(b) for b in self.new_business_fees.bands],
                FeeKind.ENDORSEMENT.value: [_fee_dict(b) for b in self.endorsement_fees.bands],
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TariffSettings:
        """Read what ``to_dict`` wrote; raise ``ValidationFailed`` if malformed or invalid."""
        reader = _Reader()
        grid: dict[tuple[int, int], int] = {}
        raw_grid = data.get("grid")
        if not isinstance(raw_grid, Mapping):
            reader.fail("grid", "La grille de tarif est manquante.")
            raw_grid = {}
        for rate_key, zones in raw_grid.items():
            if not isinstance(zones, Mapping):
                reader.fail("grid", f"Grille illisible pour l'option {rate_key} %.")
                continue
            for zone_key, amount in zones.items():
                key = f"grid.{rate_key}.{zone_key}"
                r, z = reader.integer(rate_key, key), reader.integer(zone_key, key)
                grid[(r, z)] = reader.integer(amount, key)
        taxes = data.get("tax_rates") if isinstance(data.get("tax_rates"), Mapping) else {}
        fees = data.get("fees") if isinstance(data.get("fees"), Mapping) else {}
        assert isinstance(taxes, Mapping) and isinstance(fees, Mapping)
        settings = cls(
            grid=grid,
            public_only_rate=reader.rate(data.get("public_only_rate"), "public_only_rate"),
            group_size_bands=reader.bands(data.get("group_size_bands"), "group_size_bands"),
            classic_system_rate=reader.rate(data.get("classic_system_rate"), "classic_system_rate"),
            age_surcharge_bands=reader.bands(
                data.get("age_surcharge_bands"), "age_surcharge_bands"
            ),
            new_business_max_age=reader.integer(
                data.get("new_business_max_age"), "new_business_max_age"
            ),
            cover_max_age=reader.integer(data.get("cover_max_age"), "cover_max_age"),
            individual_tax_rate=reader.rate(taxes.get("individual"), "individual_tax_rate"),
            group_tax_rate=reader.rate(taxes.get("group"), "group_tax_rate"),
            new_business_fees=reader.fees(
                fees.get(FeeKind.NEW_BUSINESS.value), "new_business_fees"
            ),
            endorsement_fees=reader.fees(fees.get(FeeKind.ENDORSEMENT.value), "endorsement_fees"),
        )
        if reader.errors:
            raise ValidationFailed(reader.errors)
        settings.check()
        return settings


DEFAULT_TARIFF = TariffSettings()


# -- helpers ------------------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _band_rate(bands: Sequence[RateBand], value: int) -> Decimal:
    for band in bands:
        if band.contains(value):
            return band.rate
    return Decimal(0)


def _check_rate(rate: object, name: str, label: str) -> list[FieldError]:
    if not isinstance(rate, Decimal) or not rate.is_finite() or rate < 0:
        return [FieldError(name, f"{label} doit être un pourcentage positif.")]
    if rate > 1:
        return [FieldError(name, f"{label} ne peut pas dépasser 100 %.")]
    return []


def grid_cell(rate: int, zone: int, message: str) -> CellError:
    """A refused cell of the grid: its row is the option's place in ``COVERAGE_RATES``
    (100 % first), its column the zone (``"1"``)."""
    return CellError("grid", message, row=COVERAGE_RATES.index(rate), column=str(zone))


def _check_bands(bands: Sequence[RateBand], name: str, unit: str) -> list[FieldError]:
    """Each refusal names its band: ``CellError(name, …, row=i)`` (the whole band)."""
    errors: list[FieldError] = []
    previous: RateBand | None = None
    for i, band in enumerate(bands):
        cell = partial(CellError, name, row=i)  # a refusal of this band

        if (
            not _is_int(band.low)
            or band.low < 0
            or (band.high is not None and not _is_int(band.high))
        ):
            errors.append(
                cell(f"Les bornes d'une tranche sont des nombres entiers positifs ({unit}).")
            )
            continue
        if band.high is not None and band.high < band.low:
            errors.append(cell(f"Tranche {band.low}–{band.high} {unit} : la fin précède le début."))
        errors.extend(
            cell(e.message)
            for e in _check_rate(band.rate, name, f"Le taux de la tranche {band.low} {unit}")
        )
        if previous is not None:
            if previous.high is None:
                errors.append(cell("Seule la dernière tranche peut être sans limite supérieure."))
            elif band.low <= previous.high:
                errors.append(
                    cell(
                        f"Les tranches se chevauchent ou ne sont pas dans l'ordre "
                        f"(à {band.low} {unit})."
                    )
                )
        previous = band
    return errors


def _check_fees(scale: FeeScale, name: str) -> list[FieldError]:
    """A fee scale covers every premium from 0 without gap or overlap, the last band open."""
    errors: list[FieldError] = []
    if not scale.bands:
        return [FieldError(name, "Le barème des accessoires est vide.")]
    expected = 0
    for i, band in enumerate(scale.bands):
        cell = partial(CellError, name, row=i)  # a refusal of this band

        if not _is_int(band.fee) or band.fee < 0:
            errors.append(cell("Les accessoires sont un montant entier positif ou nul."))
        if band.low != expected:
            errors.append(
                cell(
                    f"La tranche doit commencer à {format_fcfa(expected)} "
                    "(ni trou ni chevauchement, dans l'ordre)."
                )
            )
        if band.high is None:
            if i != len(scale.bands) - 1:
                errors.append(cell("Seule la dernière tranche peut être sans limite supérieure."))
            break
        if band.high < band.low:
            errors.append(cell("La fin de la tranche précède son début."))
        expected = band.high + 1
    else:
        errors.append(
            FieldError(name, "La dernière tranche du barème doit être sans limite supérieure.")
        )
    return errors


def _band_dict(band: RateBand) -> dict[str, Any]:
    return {"low": band.low, "high": band.high, "rate": str(band.rate)}


def _fee_dict(band: FeeBand) -> dict[str, Any]:
    return {"low": band.low, "high": band.high, "fee": band.fee}


class _Reader:
    """Reads loosely typed JSON values, collecting every problem instead of stopping."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, name: str, message: str) -> None:
        self.errors.append(FieldError(name, message))

    def integer(self, value: object, name: str) -> int:
        if _is_int(value):
            return value  # type: ignore[return-value]
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        self.fail(name, "Nombre entier attendu.")
        return 0

    def optional_int(self, value: object, name: str) -> int | None:
        return None if value is None else self.integer(value, name)

    def rate(self, value: object, name: str) -> Decimal:
        # Floats are refused: a rate read through a float is no longer exact.
        if isinstance(value, str | int) and not isinstance(value, bool):
            try:
                return Decimal(str(value).strip())
            except InvalidOperation:
                pass
        self.fail(
            name, 'Taux illisible : attendu un nombre décimal écrit en texte, par exemple "0.15".'
        )
        return Decimal(0)

    def _items(self, value: object, name: str) -> list[Mapping[str, Any]]:
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.fail(name, "Liste de tranches illisible.")
            return []
        return value

    def bands(self, value: object, name: str) -> tuple[RateBand, ...]:
        return tuple(
            RateBand(
                self.integer(v.get("low"), f"{name}[{i}]"),
                self.optional_int(v.get("high"), f"{name}[{i}]"),
                self.rate(v.get("rate"), f"{name}[{i}]"),
            )
            for i, v in enumerate(self._items(value, name))
        )

    def fees(self, value: object, name: str) -> FeeScale:
        return FeeScale(
            tuple(
                FeeBand(
                    self.integer(v.get("low"), f"{name}[{i}]"),
                    self.optional_int(v.get("high"), f"{name}[{i}]"),
                    self.integer(v.get("fee"), f"{name}[{i}]"),
                )
                for i, v in enumerate(self._items(value, name))
            )
        )
