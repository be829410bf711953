"""The renewal calendar (domain.md §14): for each policy, touchpoints at 120, 90, 60, 30
and 14 days before its expiry, each with its checklist (after the broker playbook of the
study, adapted to the insurer's office), the client's decision and the date of its written
confirmation. The dates are computed from the expiry; only what the clerk records is
stored."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

OFFSETS: tuple[int, ...] = (120, 90, 60, 30, 14)


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: str


@dataclass(frozen=True)
class TouchpointKind:
    offset: int  # days before expiry
    title: str
    items: tuple[ChecklistItem, ...]

    def item_codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items)


TOUCHPOINTS: dict[int, TouchpointKind] = {
    120: TouchpointKind(
        120,
        "Bilan pré-renouvellement",
        (
            ChecklistItem("expiry_confirmed", "Échéance et conditions du contrat vérifiées"),
            ChecklistItem("situation_changes", "Changements de situation recensés"),
            ChecklistItem("consents_checked", "Consentements et mandats vérifiés"),
        ),
    ),
    90: TouchpointKind(
        90,
        "Dossier de renouvellement",
        (
            ChecklistItem("loss_ratio_computed", "S/P calculé"),
            ChecklistItem("file_gathered", "Conditions, garanties et avenants rassemblés"),
            ChecklistItem("loss_ratio_sent", "S/P et calendrier envoyés au client"),
        ),
    ),
    60: TouchpointKind(
        60,
        "Proposition",
        (
            ChecklistItem("options_prepared", "Options et ajustement préparés"),
            ChecklistItem("proposal_sent", "Proposition de renouvellement envoyée"),
        ),
    ),
    30: TouchpointKind(
        30,
        "Décision du client",
        (
            ChecklistItem("offer_reviewed", "Offre revue avec le client"),
            ChecklistItem("client_answer", "Réponse du client reçue"),
            ChecklistItem("terms_agreed", "Nouvelles conditions convenues"),
        ),
    ),
    14: TouchpointKind(
        14,
        "Clôture",
        (
            ChecklistItem("written_confirmation", "Confirmation écrite reçue"),
            ChecklistItem("premium_arranged", "Paiement de la prime organisé"),
            ChecklistItem("documents_ready", "Documents de la nouvelle année prêts"),
        ),
    ),
}


class ClientDecision(enum.StrEnum):
    RENEW = "renew"
    RENEW_CHANGED = "renew_changed"
    CANCEL = "cancel"
    NO_ANSWER = "no_answer"

    @property
    def label(self) -> str:
        return DECISION_LABELS[self]


DECISION_LABELS: dict[ClientDecision, str] = {
    ClientDecision.RENEW: "Renouvelle",
    ClientDecision.RENEW_CHANGED: "Renouvelle avec modification",
    ClientDecision.CANCEL: "Résilie",
    ClientDecision.NO_ANSWER: "Sans réponse",
}


def touchpoint_day(expiry: date, offset: int) -> date:
    """§14: the touchpoint ``offset`` days before the expiry (the last day covered)."""
    if offset not in TOUCHPOINTS:
        raise ValueError(f"no touchpoint {offset} days before expiry")
    return expiry - timedelta(days=offset)


def touchpoints(expiry: date) -> list[tuple[int, date]]:
    """Every touchpoint of a policy year: (days before expiry, date), earliest first."""
    return [(offset, touchpoint_day(expiry, offset)) for offset in OFFSETS]


def week_of(day: date) -> tuple[date, date]:
    """The Monday and the Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def expiry_window(first: date, last: date, offset: int) -> tuple[date, date]:
    """The expiry dates whose touchpoint ``offset`` falls between ``first`` and ``last``
    (both included): a week's list is five ranges of expiry dates, one index walk each."""
    shift = timedelta(days=offset)
    return first + shift, last + shift


def check_items(offset: int, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The ticked items, known to the touchpoint, in checklist order."""
    known = TOUCHPOINTS[offset].item_codes()
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValueError(f"unknown checklist items: {unknown}")
    return tuple(c for c in known if c in codes)
