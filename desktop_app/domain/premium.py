"""A person's annual net premium from the reference tariff, step by step (domain.md §4).

Base from the grid, then the reductions one after the other on the running amount, then
the age surcharge and the medical surcharge, each a percentage of the premium after
reductions (the "prime nette annuelle" of the tariff). Every step is an exact decimal;
the annual net premium is rounded once, at the end, half up to the franc.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, localcontext

from desktop_app.domain.dates import age_on, format_date
from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import CareNetwork, ManagementSystem, PolicyCategory, policy_category
from desktop_app.domain.money import format_fcfa, format_rate, round_fcfa
from desktop_app.domain.tariff import DEFAULT_TARIFF, TariffSettings

ZERO = Decimal(0)


@dataclass(frozen=True)
class PersonTariffFacts:
    """What the tariff needs to know about one insured person (§3, §4)."""

    birth_date: date
    coverage_rate_pct: int
    zone: int
    medical_surcharge_rate: Decimal = ZERO  # on the médecin conseil's advice (§4)
    entry_date: date | None = None  # a person added by endorsement is priced at their entry


@dataclass(frozen=True)
class PolicyTariffFacts:
    """What the tariff needs to know about the policy (§2, §4)."""

    effective_date: date
    care_network: CareNetwork = CareNetwork.ALL
    management_system: ManagementSystem = ManagementSystem.DIRECT_BILLING
    member_count: int = 1  # assurés principaux: decides individual or group (§2)
    person_count: int = 1  # every insured person, members and dependents: the group size (§4)

    @property
    def category(self) -> PolicyCategory:
        return policy_category(self.member_count)


def policy_pricing_key(policy: PolicyTariffFacts, settings: TariffSettings) -> tuple[object, ...]:
    """What a person's premium takes from the policy (§4): when a change of the policy's
    members leaves it equal, no other person's premium moves (the group-size band, and
    whether the policy is a group, are what an entry or an exit can change)."""
    group = policy.category == PolicyCategory.GROUP
    return (
        policy.effective_date,
        policy.care_network,
        policy.management_system,
        group,
        settings.group_size_rate(policy.person_count) if group else None,
    )


class StepKind(enum.StrEnum):
    BASE = "base"
    REDUCTION = "reduction"
    SURCHARGE = "surcharge"


@dataclass(frozen=True)
class PremiumStep:
    """One line of the computation. ``change`` is negative for a reduction; ``applied_to`` is
    the amount the rate was taken of; ``running`` the amount after the step. All exact."""

    kind: StepKind
    label: str
    rate: Decimal
    applied_to: Decimal
    change: Decimal
    running: Decimal

    def line(self) -> str:
        """The step in French, amounts rounded for display only."""
        after = format_fcfa(round_fcfa(self.running))
        if self.kind == StepKind.BASE:
            return f"{self.label} : {after}"
        sign = "−" if self.kind == StepKind.REDUCTION else "+"
        change = format_fcfa(round_fcfa(abs(self.change)))
        return (
            f"{self.label} ({sign}{format_rate(self.rate)} de "
            f"{format_fcfa(round_fcfa(self.applied_to))}) : {sign}{change} → {after}"
        )


@dataclass(frozen=True)
class PremiumBreakdown:
    """How the tariff reached a person's annual net premium (§4)."""

    coverage_rate_pct: int
    zone: int
    tariff_date: date
    age: int
    base: int
    steps: tuple[PremiumStep, ...]
    exact: Decimal
    annual_net_premium: int

    def lines(self) -> list[str]:
        """French lines for the screen; the last one is the premium itself."""
        out = [step.line() for step in self.steps]
        out.append(f"Prime nette annuelle : {format_fcfa(self.annual_net_premium)}")
        return out


def tariff_date(person: PersonTariffFacts, policy: PolicyTariffFacts) -> date:
    """The date that matters for the tariff and the age limits: the policy's effective date,
    or the person's entry date when they join later (an incorporation)."""
    if person.entry_date is not None and person.entry_date > policy.effective_date:
        return person.entry_date
    return policy.effective_date


def compute_annual_premium(
    person: PersonTariffFacts, policy: PolicyTariffFacts, settings: TariffSettings = DEFAULT_TARIFF
) -> PremiumBreakdown:
    """A person's annual net premium by the reference tariff (§4).

    Reductions: public hospitals only, group size (group policies only), classic system,
    each on the running amount. Surcharges: age (by age on the tariff date) and medical,
    each a percentage of the premium after reductions. Rounded once at the end.
    """
    on = tariff_date(person, policy)
    if person.birth_date > on:
        raise FieldError("birth_date", "La date de naissance est postérieure à la date d'effet.")
    rate = person.medical_surcharge_rate
    if not rate.is_finite() or rate < 0 or rate > 1:
        raise FieldError("medical_surcharge_rate", "La surprime médicale est un taux de 0 à 100 %.")
    if policy.person_count < policy.member_count or policy.member_count < 0:
        raise FieldError(
            "person_count",
            "Le nombre de personnes assurées ne peut être inférieur "
            "au nombre d'assurés principaux.",
        )
    age = age_on(person.birth_date, on)
    base = settings.base_premium(person.coverage_rate_pct, person.zone)
    # Wide enough that products of a few rates of six decimals stay exact.
    with localcontext() as context:
        context.prec = 60
        return _apply_steps(person, policy, settings, on, age, base)


def _apply_steps(
    person: PersonTariffFacts,
    policy: PolicyTariffFacts,
    settings: TariffSettings,
    on: date,
    age: int,
    base: int,
) -> PremiumBreakdown:
    running = Decimal(base)
    steps = [
        PremiumStep(
            StepKind.BASE,
            f"Prime de base (option {person.coverage_rate_pct} %, zone {int(person.zone)})",
            ZERO,
            running,
            ZERO,
            running,
        )
    ]

    def reduce(label: str, r: Decimal) -> None:
        nonlocal running
        if r > 0:
            change = -(running * r)
            steps.append(
                PremiumStep(StepKind.REDUCTION, label, r, running, change, running + change)
            )
            running += change

    if policy.care_network == CareNetwork.PUBLIC_ONLY:
        reduce("Réduction réseau public uniquement", settings.public_only_rate)
    if policy.category == PolicyCategory.GROUP:
        # The seed's tariff grants the size reduction to group contracts only (§4, seed 004).
        reduce(
            f"Réduction effectif du groupe, {policy.person_count} personnes",
            settings.group_size_rate(policy.person_count),
        )
    if policy.management_system == ManagementSystem.REIMBURSEMENT:
        reduce("Réduction système classique", settings.classic_system_rate)

    after_reductions = running
    surcharges = (
        (f"Surprime d'âge, {age} ans au {format_date(on)}", settings.age_surcharge_rate(age)),
        ("Surprime médicale", person.medical_surcharge_rate),
    )
    for label, r in surcharges:
        if r > 0:
            change = after_reductions * r
            running += change
            steps.append(
                PremiumStep(StepKind.SURCHARGE, label, r, after_reductions, change, running)
            )

    return PremiumBreakdown(
        person.coverage_rate_pct,
        int(person.zone),
        on,
        age,
        base,
        tuple(steps),
        running,
        round_fcfa(running),
    )


@dataclass(frozen=True)
class PremiumComparison:
    """The computed premium beside one typed by hand (§4, last paragraph)."""

    computed: int
    typed: int | None

    @property
    def difference(self) -> int:
        """Typed minus computed; 0 when nothing was typed."""
        return 0 if self.typed is None else self.typed - self.computed

    @property
    def differs(self) -> bool:
        return self.difference != 0

    @property
    def retained(self) -> int:
        """The premium that will be charged: the typed one when there is one."""
        return self.computed if self.typed is None else self.typed

    def message(self) -> str:
        """French flag for the screen, empty when both agree."""
        if not self.differs:
            return ""
        word = "supérieure" if self.difference > 0 else "inférieure"
        return (
            f"Prime saisie {format_fcfa(self.retained)} {word} de "
            f"{format_fcfa(abs(self.difference))} à la prime du tarif "
            f"({format_fcfa(self.computed)})."
        )


def compare_with_typed(computed: PremiumBreakdown | int, typed: int | None) -> PremiumComparison:
    """Flag a hand-typed premium that differs from the tariff's (§4)."""
    value = computed.annual_net_premium if isinstance(computed, PremiumBreakdown) else computed
    if typed is not None and (not isinstance(typed, int) or isinstance(typed, bool) or typed < 0):
        raise FieldError(
            "annual_net_premium", "La prime saisie doit être un montant entier positif."
        )
    return PremiumComparison(value, typed)
