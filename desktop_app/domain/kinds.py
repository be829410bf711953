"""The enumerations of the trade (glossary.md), each with its French label for screens."""

from __future__ import annotations

import enum


class Labelled(enum.StrEnum):
    """A ``StrEnum`` whose members know their French screen label."""

    @property
    def label(self) -> str:
        # Keyed by class and value: members of two StrEnums with the same value ("cash")
        # are equal as strings and would share one dict entry.
        return _LABELS[(type(self), self.value)]


class IntermediaryKind(Labelled):
    AGENT = "agent"
    BROKER = "broker"
    HEAD_OFFICE = "head_office"


class SubscriberKind(Labelled):
    PERSON = "person"
    COMPANY = "company"


class ProviderKind(Labelled):
    CLINIC = "clinic"
    HOSPITAL = "hospital"
    PHARMACY = "pharmacy"
    LABORATORY = "laboratory"
    PRACTICE = "practice"


class PolicyStatus(Labelled):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class PolicyCategory(Labelled):
    INDIVIDUAL = "individual"
    GROUP = "group"


class ManagementSystem(Labelled):
    DIRECT_BILLING = "direct_billing"  # tiers payant
    REIMBURSEMENT = "reimbursement"  # système classique


class CareNetwork(Labelled):
    ALL = "all"
    PUBLIC_ONLY = "public_only"


class PaymentTerms(Labelled):
    CASH = "cash"
    INSTALMENTS = "instalments"


class Coinsurance(Labelled):
    NONE = "none"
    LEADER = "leader"
    FOLLOWER = "follower"


class Relationship(Labelled):
    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"
    OTHER = "other"


class Gender(Labelled):
    MALE = "M"
    FEMALE = "F"


class CoverState(Labelled):
    COVERED = "covered"
    SUSPENDED = "suspended"
    REMOVED = "removed"


class PaymentMode(Labelled):
    """How money is paid or collected (glossary.md: traite, chèque, espèces, virement)."""

    CASH = "cash"
    CHEQUE = "cheque"
    TRANSFER = "transfer"
    BILL = "bill"


class Zone(enum.IntEnum):
    """Territoriality (glossary.md): 1 Côte d'Ivoire; 2 + Africa and France; 3 world."""

    CI = 1
    AFRICA_FRANCE = 2
    WORLD = 3

    @property
    def label(self) -> str:
        return ZONE_LABELS[self]


ZONE_LABELS = {
    Zone.CI: "Zone 1 — Côte d'Ivoire",
    Zone.AFRICA_FRANCE: "Zone 2 — Côte d'Ivoire, Afrique et France",
    Zone.WORLD: "Zone 3 — Monde entier",
}

COVERAGE_RATES = (100, 90, 80, 70, 60)
"""Coverage rates offered, in percent (domain.md §3)."""

_LABEL_PAIRS: list[tuple[enum.Enum, str]] = [
    (IntermediaryKind.AGENT, "Agent général"),
    (IntermediaryKind.BROKER, "Courtier"),
    (IntermediaryKind.HEAD_OFFICE, "Siège"),
    (SubscriberKind.PERSON, "Personne physique"),
    (SubscriberKind.COMPANY, "Entreprise"),
    (ProviderKind.CLINIC, "Clinique"),
    (ProviderKind.HOSPITAL, "Hôpital"),
    (ProviderKind.PHARMACY, "Pharmacie"),
    (ProviderKind.LABORATORY, "Laboratoire"),
    (ProviderKind.PRACTICE, "Cabinet médical"),
    (PolicyStatus.DRAFT, "En préparation"),
    (PolicyStatus.IN_FORCE, "En vigueur"),
    (PolicyStatus.CANCELLED, "Résiliée"),
    (PolicyStatus.EXPIRED, "Échue"),
    (PolicyCategory.INDIVIDUAL, "Individuelle"),
    (PolicyCategory.GROUP, "Groupe"),
    (ManagementSystem.DIRECT_BILLING, "Tiers payant"),
    (ManagementSystem.REIMBURSEMENT, "Système classique"),
    (CareNetwork.ALL, "Privé et public"),
    (CareNetwork.PUBLIC_ONLY, "Public uniquement"),
    (PaymentTerms.CASH, "Comptant"),
    (PaymentTerms.INSTALMENTS, "Échéancier"),
    (Coinsurance.NONE, "Sans coassurance"),
    (Coinsurance.LEADER, "Apériteur"),
    (Coinsurance.FOLLOWER, "Coassureur suiveur"),
    (Relationship.SELF, "Assuré principal"),
    (Relationship.SPOUSE, "Conjoint"),
    (Relationship.CHILD, "Enfant"),
    (Relationship.OTHER, "Autre"),
    (Gender.MALE, "Masculin"),
    (Gender.FEMALE, "Féminin"),
    (CoverState.COVERED, "Couvert"),
    (CoverState.SUSPENDED, "Suspendu"),
    (CoverState.REMOVED, "Retiré"),
    (PaymentMode.CASH, "Espèces"),
    (PaymentMode.CHEQUE, "Chèque"),
    (PaymentMode.TRANSFER, "Virement"),
    (PaymentMode.BILL, "Traite"),
]

_LABELS: dict[tuple[type, object], str] = {(type(m), m.value): text for m, text in _LABEL_PAIRS}

GROUP_THRESHOLD = 5
"""A policy with this many members (assurés principaux) or more is a group (domain.md §2)."""


def policy_category(member_count: int) -> PolicyCategory:
    """Individual under 5 members, group from 5 — dependents do not count (§2)."""
    return PolicyCategory.GROUP if member_count >= GROUP_THRESHOLD else PolicyCategory.INDIVIDUAL
