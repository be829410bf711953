"""Prior approval (entente préalable, prise en charge, domain.md §7): which care needs one,
and whether the approval a claim line cites is good enough.

A length of stay is the number of days the hospital certifies or bills (journées). A stay
of one day (day hospital, ambulatory) is not "over 24 hours"; two days or more are. A
hospitalisation line whose length is not given is taken as over 24 hours.

An approval that gives no number of days covers a stay up to the long-stay limit (6 days
in a private facility, 10 in a public one). A longer stay, or any stay longer than the
days an approval agreed, needs the company to agree the extra days: on the same request
(its agreed days raised) or on a fresh one cited by the line. Approval is never a promise
of payment: the line is assessed like any other.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ApprovalState, is_overdue, request_overdue

__all__ = [
    "ApprovalFacts",
    "ApprovalIssue",
    "ApprovalReason",
    "CareFacts",
    "approval_issues",
    "approval_reasons",
    "days_covered",
    "is_overdue",
    "request_overdue",
    "stay_limit",
]

PRIVATE_STAY_LIMIT = 6
PUBLIC_STAY_LIMIT = 10
DEFAULT_ON = frozenset({CareCategory.IMAGING, CareCategory.LABORATORY})
"""Categories that need an approval unless the schedule of benefits says they do not."""


class ApprovalReason(enum.StrEnum):
    HOSPITAL_STAY = "hospital_stay"
    LONG_STAY = "long_stay"
    ABROAD = "abroad"
    SCANNER = "scanner"
    PHYSIOTHERAPY = "physiotherapy"
    DENTAL_PROSTHESIS = "dental_prosthesis"
    IMAGING = "imaging"
    LABORATORY = "laboratory"
    SCHEDULE = "schedule"

    @property
    def label(self) -> str:
        return REASON_LABELS[self]


REASON_LABELS: dict[ApprovalReason, str] = {
    ApprovalReason.HOSPITAL_STAY: "hospitalisation de plus de 24 heures",
    ApprovalReason.LONG_STAY: "séjour de plus de 6 jours (privé) ou 10 jours (public)",
    ApprovalReason.ABROAD: "soins hors de Côte d'Ivoire",
    ApprovalReason.SCANNER: "scanner",
    ApprovalReason.PHYSIOTHERAPY: "kinésithérapie et rééducation",
    ApprovalReason.DENTAL_PROSTHESIS: "prothèses dentaires",
    ApprovalReason.IMAGING: "radiologie",
    ApprovalReason.LABORATORY: "analyses de laboratoire",
    ApprovalReason.SCHEDULE: "exigée par le tableau des garanties",
}


@dataclass(frozen=True)
class CareFacts:
    """What decides whether one line of care needs an approval."""

    category: CareCategory
    stay_days: int | None = None
    public_facility: bool = False
    abroad: bool = False
    scanner: bool = False


def stay_limit(public_facility: bool) -> int:
    """Days of stay an ordinary approval covers: 10 in a public facility, 6 in a private one."""
    return PUBLIC_STAY_LIMIT if public_facility else PRIVATE_STAY_LIMIT


def approval_reasons(
    care: CareFacts, schedule_flag: bool | None = None
) -> tuple[ApprovalReason, ...]:
    """Why this care needs a prior approval; empty when it needs none (§7).

    ``schedule_flag`` is the schedule of benefits' "prior approval" for the category:
    ``None`` when not stated. It can switch off the default for radiology and laboratory,
    or ask for one on any category; it cannot waive what the general conditions require.
    """
    r = ApprovalReason
    reasons: list[ApprovalReason] = []
    stay = care.stay_days
    if (stay is not None and stay > 1) or (
        stay is None and care.category is CareCategory.HOSPITALISATION
    ):
        reasons.append(r.HOSPITAL_STAY)
    if stay is not None and stay > stay_limit(care.public_facility):
        reasons.append(r.LONG_STAY)
    if care.abroad or care.category is CareCategory.ABROAD:
        reasons.append(r.ABROAD)
    if care.scanner:
        reasons.append(r.SCANNER)
    if care.category is CareCategory.PHYSIOTHERAPY:
        reasons.append(r.PHYSIOTHERAPY)
    if care.category is CareCategory.DENTAL_PROSTHESIS:
        reasons.append(r.DENTAL_PROSTHESIS)
    if care.category in DEFAULT_ON and schedule_flag is not False:
        reasons.append(r.IMAGING if care.category is CareCategory.IMAGING else r.LABORATORY)
    if schedule_flag and not reasons:
        reasons.append(r.SCHEDULE)
    return tuple(reasons)


@dataclass(frozen=True)
class ApprovalFacts:
    """A recorded prior-approval request, as the assessment needs it."""

    reference: str
    person_id: int
    state: ApprovalState
    agreed_days: int | None = None  # days of stay agreed, when the decision says
    agreed_amount: int | None = None  # the amount agreed (a partial decision), if any


def days_covered(approval: ApprovalFacts, public_facility: bool) -> int:
    """Days of stay the approval covers: its agreed days, else the ordinary limit."""
    if approval.agreed_days is not None:
        return approval.agreed_days
    return stay_limit(public_facility)


@dataclass(frozen=True)
class ApprovalIssue:
    blocking: bool
    message: str


def approval_issues(
    reasons: Sequence[ApprovalReason],
    reference: str | None,
    approval: ApprovalFacts | None,
    person_id: int,
    care: CareFacts,
) -> list[ApprovalIssue]:
    """What is wrong with the approval a line cites, given why it needs one.

    ``approval`` is the recorded request for ``reference`` (``None`` when the office has no
    record of it, e.g. an administrator's paper approval: a warning, the clerk checks the
    document).
    """
    if not reasons:
        return []
    why = ", ".join(reason.label for reason in reasons)
    if not (reference or "").strip():
        return [
            ApprovalIssue(True, f"Entente préalable obligatoire ({why}) : saisissez sa référence.")
        ]
    ref = reference.strip() if reference else ""
    if approval is None:
        extra = ""
        if care.stay_days is not None and ApprovalReason.LONG_STAY in reasons:
            extra = f" Elle doit couvrir les {care.stay_days} jours du séjour."
        return [
            ApprovalIssue(
                False,
                f"Entente « {ref} » non enregistrée dans l'application : vérifiez la pièce.{extra}",
            )
        ]
    if approval.person_id != person_id:
        return [ApprovalIssue(True, f"L'entente « {ref} » concerne une autre personne.")]
    if approval.state is ApprovalState.ASKED:
        return [
            ApprovalIssue(True, f"L'entente « {ref} » attend encore la décision de la compagnie.")
        ]
    if not approval.state.grants_care:
        return [
            ApprovalIssue(
                True,
                f"L'entente « {ref} » est "
                f"{approval.state.label.lower()} : les soins ne sont pas pris "
                "en charge.",
            )
        ]
    issues: list[ApprovalIssue] = []
    covered = days_covered(approval, care.public_facility)
    if care.stay_days is not None and care.stay_days > covered:
        issues.append(
            ApprovalIssue(
                True,
                f"Séjour de {care.stay_days} jours : l'entente « {ref} » en couvre "
                f"{covered}. La prolongation doit être accordée par la compagnie.",
            )
        )
    return issues
