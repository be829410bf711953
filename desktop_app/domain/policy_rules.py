"""Checks on a policy's dates and terms (domain.md §2): expiry always 31 December, issue
not in the future, instalments before expiry, co-insurance share, cancellation notice.

Each check returns ``FieldError``s naming the form's field, in French; warnings are
returned apart and never block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import format_date, year_end
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import Coinsurance, PaymentTerms, PolicyCategory, policy_category

MAX_NOTICE_DAYS = 365


def expiry_for(effective: date) -> date:
    """The expiry (échéance) of a health policy: 31 December of its effective year, whatever
    the effective date (§2). Computed, never typed."""
    return year_end(effective)


def category_for(member_count: int) -> PolicyCategory:
    """Individual under 5 members, group from 5; dependents do not count (§2)."""
    if member_count < 0:
        raise FieldError("member_count", "Le nombre d'assurés principaux ne peut être négatif.")
    return policy_category(member_count)


def earliest_effective_date(today: date) -> date:
    """A policy may take effect back to 1 January of the previous year: contracts arrive
    from the administrator after the fact, and the January backlog covers December."""
    return date(today.year - 1, 1, 1)


def latest_effective_date(today: date) -> date:
    """At the latest 31 December of next year: a quotation prepared ahead of renewal."""
    return date(today.year + 1, 12, 31)


@dataclass(frozen=True)
class PolicyTerms:
    """The dated terms of a policy as a clerk types them (§2)."""

    effective_date: date | None
    issue_date: date | None = None
    payment_terms: PaymentTerms = PaymentTerms.CASH
    instalment_dates: tuple[date, ...] = ()
    coinsurance: Coinsurance = Coinsurance.NONE
    coinsurance_share: Decimal | None = None  # a fraction: 0.30 for 30 %
    cancellation_notice_days: int | None = 60


@dataclass(frozen=True)
class TermsCheck:
    errors: tuple[FieldError, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)


def check_effective_date(effective: date | None, today: date) -> tuple[list[FieldError], list[str]]:
    if effective is None:
        return [FieldError("effective_date", "La date d'effet est obligatoire.")], []
    low, high = earliest_effective_date(today), latest_effective_date(today)
    if effective < low:
        return [
            FieldError(
                "effective_date", f"La date d'effet ne peut être antérieure au {format_date(low)}."
            )
        ], []
    if effective > high:
        return [
            FieldError(
                "effective_date",
                f"La date d'effet ne peut être postérieure au {format_date(high)}.",
            )
        ], []
    if effective < today:
        return [], [
            f"Date d'effet rétroactive ({format_date(effective)}) : vérifiez qu'aucun sinistre "
            "n'est survenu avant la saisie."
        ]
    return [], []


def check_issue_date(issue: date | None, effective: date | None, today: date) -> list[FieldError]:
    """The issue date (émission) is never in the future; it may precede or follow the
    effective date, but not fall after the policy's expiry."""
    if issue is None:
        return []
    if issue > today:
        return [FieldError("issue_date", "La date d'émission ne peut être dans le futur.")]
    if effective is not None and issue > expiry_for(effective):
        return [
            FieldError(
                "issue_date",
                f"La date d'émission est postérieure à l'échéance "
                f"({format_date(expiry_for(effective))}).",
            )
        ]
    return []


def check_instalments(
    terms: PaymentTerms, instalments: Sequence[date], effective: date | None
) -> list[FieldError]:
    """An instalment plan has at least two dates, in order, the last no later than expiry
    (§2); cash payment has none."""
    if terms == PaymentTerms.CASH:
        if instalments:
            return [FieldError("instalment_dates", "Un paiement comptant n'a pas d'échéancier.")]
        return []
    if len(instalments) < 2:
        return [FieldError("instalment_dates", "Un échéancier compte au moins deux échéances.")]
    if any(b <= a for a, b in zip(instalments, instalments[1:], strict=False)):
        return [
            FieldError("instalment_dates", "Les échéances doivent être dans l'ordre, sans doublon.")
        ]
    if effective is not None and instalments[-1] > expiry_for(effective):
        return [
            FieldError(
                "instalment_dates",
                f"La dernière échéance ({format_date(instalments[-1])}) "
                f"dépasse l'échéance de la police ({format_date(expiry_for(effective))}).",
            )
        ]
    return []


def check_coinsurance(kind: Coinsurance, share: Decimal | None) -> list[FieldError]:
    """A follower's share is required, strictly between 0 and 100 %; a leader may record its
    own share with the same bounds; without co-insurance there is no share (§2)."""
    if kind == Coinsurance.NONE:
        if share is not None:
            return [
                FieldError(
                    "coinsurance_share", "Sans coassurance, la part de coassurance reste vide."
                )
            ]
        return []
    if share is None:
        if kind == Coinsurance.FOLLOWER:
            return [
                FieldError("coinsurance_share", "La part du coassureur suiveur est obligatoire.")
            ]
        return []
    if not share.is_finite() or share <= 0 or share >= 1:
        return [
            FieldError(
                "coinsurance_share",
                "La part de coassurance doit être comprise entre 0 et 100 % (exclus).",
            )
        ]
    return []


def check_notice(days: int | None) -> list[FieldError]:
    if (
        days is None
        or isinstance(days, bool)
        or not isinstance(days, int)
        or not 0 <= days <= MAX_NOTICE_DAYS
    ):
        return [
            FieldError(
                "cancellation_notice_days",
                f"Le préavis de résiliation doit être compris entre 0 et {MAX_NOTICE_DAYS} jours.",
            )
        ]
    return []


def check_terms(terms: PolicyTerms, today: date) -> TermsCheck:
    """Every problem of a policy's dates and terms at once (§2)."""
    errors, warnings = check_effective_date(terms.effective_date, today)
    errors += check_issue_date(terms.issue_date, terms.effective_date, today)
    errors += check_instalments(terms.payment_terms, terms.instalment_dates, terms.effective_date)
    errors += check_coinsurance(terms.coinsurance, terms.coinsurance_share)
    errors += check_notice(terms.cancellation_notice_days)
    return TermsCheck(tuple(errors), tuple(warnings))
