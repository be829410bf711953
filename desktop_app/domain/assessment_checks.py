"""The checks of a claim assessment (décompte, domain.md §10.2), each a typed finding that
names the line and field, with a French message for the clerk.

Two kinds: checks of what was typed (amounts, dates, exclusion reason), which always
apply; and checks of whether the line may be paid (cover, category, waiting period, prior
approval, duplicate), which concern only a line with something left to pay.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain import exclusions
from desktop_app.domain.assessment_facts import (
    CareKey,
    ClaimFacts,
    LineInput,
    ScheduleFacts,
    care_key,
    line_cell,
)
from desktop_app.domain.care import CareCategory
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.prior_approval import CareFacts, approval_issues, approval_reasons
from desktop_app.domain.roles import Permission, permissions_of
from desktop_app.domain.waiting_periods import covered_from


class Severity(enum.StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


class Check(enum.StrEnum):
    COVER = "cover"
    CATEGORY = "category"
    WAITING_PERIOD = "waiting_period"
    PRIOR_APPROVAL = "prior_approval"
    AMOUNT = "amount"
    DATE = "date"
    EXCLUSION_REASON = "exclusion_reason"
    DUPLICATE = "duplicate"
    NSAA = "nsaa"


@dataclass(frozen=True)
class Finding:
    """One check's result. ``line`` is the 0-based index of the line (``None``: the whole
    décompte); ``field`` a ``LineInput`` field; ``suggested_reason`` the exclusion code that
    settles the line if the refusal stands."""

    check: Check
    severity: Severity
    line: int | None
    field: str
    message: str
    suggested_reason: str | None = None

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCKING

    def as_field_error(self) -> FieldError:
        """The refusal as a form shows it: a line's finding names its cell of ``lines``."""
        if self.line is None:
            return FieldError(self.field, self.message)
        return line_cell(self.line, self.field, self.message)


def entry_findings(
    claim: ClaimFacts, line: LineInput, i: int, today: date, reason_codes: Collection[str] | None
) -> list[Finding]:
    """Checks of what was typed: amounts, dates, exclusion reason. Never lifted."""
    out: list[Finding] = []
    n = f"Ligne {i + 1} : "

    def block(check: Check, field: str, message: str) -> None:
        out.append(Finding(check, Severity.BLOCKING, i, field, n + message))

    names = {
        "claimed": "Le montant réclamé",
        "cmu_share": "La part CMU",
        "excluded": "Le montant exclu",
    }
    values = {"claimed": line.claimed, "cmu_share": line.cmu_share, "excluded": line.excluded}
    for field, value in values.items():
        if whole(value) is None:
            block(Check.AMOUNT, field, f"{names[field]} doit être un nombre entier de francs.")
        elif value < 0:
            block(Check.AMOUNT, field, f"{names[field]} ne peut pas être négatif.")
    if not any(f.field == "claimed" for f in out) and line.claimed == 0:
        block(Check.AMOUNT, "claimed", "Le montant réclamé doit être supérieur à zéro.")
    if not out and line.cmu_share + line.excluded > line.claimed:
        block(
            Check.AMOUNT,
            "excluded" if line.excluded else "cmu_share",
            f"La part CMU et le montant exclu ({format_fcfa(line.cmu_share + line.excluded)}) "
            f"dépassent le montant réclamé ({format_fcfa(line.claimed)}).",
        )
    if line.acts < 1:
        block(Check.AMOUNT, "acts", "Le nombre d'actes doit être d'au moins 1.")
    if line.stay_days is not None and line.stay_days < 0:
        block(Check.AMOUNT, "stay_days", "La durée du séjour ne peut pas être négative.")
    if line.care_date > today:
        block(
            Check.DATE,
            "care_date",
            f"La date des soins ({format_date(line.care_date)}) est dans le futur.",
        )
    elif line.care_date > claim.reception_date:
        block(
            Check.DATE,
            "care_date",
            f"La date des soins ({format_date(line.care_date)}) est postérieure à la réception "
            f"du dossier ({format_date(claim.reception_date)}).",
        )
    reason = (line.exclusion_reason or "").strip()
    if (whole(line.excluded) or 0) > 0 and not reason:
        block(
            Check.EXCLUSION_REASON, "exclusion_reason", "Indiquez le motif de l'exclusion (code)."
        )
    elif reason and reason_codes is not None and reason not in reason_codes:
        block(
            Check.EXCLUSION_REASON, "exclusion_reason", f"Motif d'exclusion inconnu : « {reason} »."
        )
    return out


def payable_findings(
    claim: ClaimFacts,
    line: LineInput,
    i: int,
    schedule: ScheduleFacts,
    waiting: Mapping[CareCategory, int | None],
    seen: set[CareKey],
) -> list[Finding]:
    """Checks of whether the line may be paid at all: cover, category, waiting period,
    prior approval, duplicate (§10.2). Each suggests the exclusion code that settles it."""
    out: list[Finding] = []
    n = f"Ligne {i + 1} : "

    def block(check: Check, field: str, message: str, code: str) -> None:
        out.append(Finding(check, Severity.BLOCKING, i, field, n + message, code))

    problem = cover_problem(claim, line.care_date)
    if problem:
        block(Check.COVER, "care_date", problem, exclusions.NOT_COVERED)
    terms = schedule.terms(line.category)
    label = line.category.label
    if terms is None or not terms.covered:
        problem = problem or "category"
        block(
            Check.CATEGORY,
            "category",
            f"La catégorie « {label} » n'est pas couverte par le tableau des garanties.",
            exclusions.NOT_COVERED,
        )
    start = claim.person.waiting_start
    first = covered_from(start, claim.condition, line.category, claim.policy.category, waiting)
    if line.care_date < first and not problem:  # a line not covered at all: no need to say more
        block(
            Check.WAITING_PERIOD,
            "care_date",
            f"Délai de carence en cours ({claim.condition.label.lower()}, {label.lower()}) : "
            f"soins couverts à partir du {format_date(first)} (entrée le {format_date(start)}).",
            exclusions.WAITING_PERIOD,
        )
    for inc in claim.person.increases:
        if line.category in inc.added_categories:
            first = covered_from(
                inc.start, claim.condition, line.category, claim.policy.category, waiting
            )
            if line.care_date < first:
                block(
                    Check.WAITING_PERIOD,
                    "category",
                    f"Garantie « {label} » ajoutée le {format_date(inc.start)} : couverte à "
                    f"partir du {format_date(first)}.",
                    exclusions.WAITING_PERIOD,
                )
    care = CareFacts(line.category, line.stay_days, line.public_facility, line.abroad, line.scanner)
    reasons = approval_reasons(care, terms.prior_approval if terms else None)
    ref = (line.approval_ref or "").strip()
    for issue in approval_issues(
        reasons, ref, claim.approvals.get(ref), claim.person.person_id, care
    ):
        out.append(
            Finding(
                Check.PRIOR_APPROVAL,
                Severity.BLOCKING if issue.blocking else Severity.WARNING,
                i,
                "approval_ref",
                n + issue.message,
                exclusions.NO_APPROVAL if issue.blocking else None,
            )
        )
    if care_key(claim.person.person_id, line) in seen:
        out.append(_duplicate(line, i))
    return out


def _duplicate(line: LineInput, i: int) -> Finding:
    n = f"Ligne {i + 1} : "
    what = (
        "Ces soins (même personne, date, n° de prestation et montant)"
        if not line.is_simplified
        else "Ces totaux (même personne, date, catégorie et montant)"
    )
    confirmation = line.duplicate_confirmation
    if confirmation is None:
        return Finding(
            Check.DUPLICATE,
            Severity.BLOCKING,
            i,
            "prestation_number",
            f"{n}{what} figurent déjà dans un autre décompte. Un utilisateur habilité "
            "doit confirmer qu'il ne s'agit pas d'un doublon.",
            exclusions.DUPLICATE,
        )
    if Permission.CONFIRM_DUPLICATE not in permissions_of(confirmation.roles):
        return Finding(
            Check.DUPLICATE,
            Severity.BLOCKING,
            i,
            "prestation_number",
            f"{n}L'utilisateur {confirmation.user} n'a pas le droit de confirmer un doublon.",
            exclusions.DUPLICATE,
        )
    return Finding(
        Check.DUPLICATE,
        Severity.WARNING,
        i,
        "prestation_number",
        f"{n}Doublon possible, confirmé par {confirmation.user}.",
    )


def approval_amount_findings(
    claim: ClaimFacts, line: LineInput, i: int, base: int, bases: dict[str, int]
) -> list[Finding]:
    """Warn once when the lines citing an approval go past the amount it agreed."""
    ref = (line.approval_ref or "").strip()
    approval = claim.approvals.get(ref) if ref else None
    if approval is None or approval.agreed_amount is None:
        return []
    before = bases.get(ref, 0)
    bases[ref] = before + max(base, 0)
    if before <= approval.agreed_amount < bases[ref]:
        return [
            Finding(
                Check.PRIOR_APPROVAL,
                Severity.WARNING,
                i,
                "approval_ref",
                f"Ligne {i + 1} : Les soins dépassent le montant accordé par l'entente "
                f"« {ref} » ({format_fcfa(approval.agreed_amount)}) : à vérifier.",
            )
        ]
    return []


def cover_problem(claim: ClaimFacts, day: date) -> str | None:
    """Why the person is not covered on ``day`` (§10.2), or ``None`` when covered."""
    policy, person = claim.policy, claim.person
    if policy.status is PolicyStatus.DRAFT:
        return "La police n'est pas encore émise."
    if day < policy.effective_date:
        return f"Soins du {format_date(day)} antérieurs à la date d'effet de la police ({format_date(policy.effective_date)})."
    if day > policy.expiry_date:
        return (
            f"Soins du {format_date(day)} après l'échéance de la police ({format_date(policy.expiry_date)}) : "
            "ils relèvent d'une autre année de police."
        )
    if policy.end_date is not None and day >= policy.end_date:
        return f"Police résiliée à compter du {format_date(policy.end_date)}."
    if policy.status is PolicyStatus.CANCELLED and policy.end_date is None:
        return "La police est résiliée."
    for period in policy.suspensions:
        if period.contains(day):
            return f"Police suspendue du {format_date(period.start)} au {_last_day(period.stop)}."
    if day < person.entry_date:
        return f"La personne n'est couverte qu'à partir du {format_date(person.entry_date)}."
    if person.exit_date is not None and day >= person.exit_date:
        return f"La personne est retirée du contrat depuis le {format_date(person.exit_date)}."
    for period in person.suspensions:
        if period.contains(day):
            return (
                f"Garanties de la personne suspendues du {format_date(period.start)} "
                f"au {_last_day(period.stop)}."
            )
    return None


def _last_day(stop: date) -> str:
    return format_date(stop - timedelta(days=1))


def whole(value: object) -> int | None:
    """The amount if it is a whole number of francs (``bool`` is not), else ``None``."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None
