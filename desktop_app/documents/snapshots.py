"""What each printed document says, frozen when it is issued (architecture.md rule 7).

Services build these from live data, store ``to_dict()`` as JSON in ``issued_documents``
and render from them; a reprint uses ``from_dict()`` and shows exactly the same thing.
Money is ``int`` FCFA; coverage rates are whole percents as the persistence keeps them;
other rates (taxes, commission, fees) are ``Decimal`` fractions (``0.08`` = 8 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.documents.codec import Snapshot
from desktop_app.documents.words import amount_in_words_fr


class InconsistentSnapshot(ValueError):
    """A snapshot whose figures do not add up: it must never reach paper (domain.md §5)."""


@dataclass(frozen=True)
class CompanySnapshot(Snapshot):
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    licence_number: str = ""
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class PartySnapshot(Snapshot):
    """A subscriber (or any addressee) as printed."""

    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class IntermediarySnapshot(Snapshot):
    code: str
    name: str


# --- member card (domain.md §15) -------------------------------------------------------


@dataclass(frozen=True)
class CardSnapshot(Snapshot):
    company: CompanySnapshot
    matricule: str  # also the QR payload: keep it ASCII
    last_name: str
    first_names: str
    birth_date: date
    subscriber_name: str
    policy_number: str
    coverage_rate: int  # percent: 100, 90, 80, 70 or 60
    zone: int  # 1, 2 or 3
    valid_until: date  # 31 December of the policy year
    photo: bytes | None = None  # PNG or JPEG
    administrator_name: str | None = None
    duplicate: bool = False  # a duplicate of a lost card: printed « DUPLICATA »

    def __post_init__(self) -> None:
        if not self.matricule.isascii():
            raise InconsistentSnapshot("Le matricule d'une carte doit être en caractères ASCII.")

    @property
    def full_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_names}".strip()


# --- premium (domain.md §5) -------------------------------------------------------------


@dataclass(frozen=True)
class PremiumSnapshot(Snapshot):
    """``net + fees + taxes == total``, checked here too: DELASS's 100 000 + 20 000 + 5 000 =
    120 000 cannot be printed (§5). Refunds (ristournes) carry negative amounts."""

    net: int
    fees: int
    taxes: int
    total: int
    tax_rate: Decimal
    commission_rate: Decimal = Decimal(0)
    commission: int = 0
    management_fee_rate: Decimal = Decimal(0)
    management_fee: int = 0

    def __post_init__(self) -> None:
        if self.net + self.fees + self.taxes != self.total:
            raise InconsistentSnapshot(
                "Prime nette + accessoires + taxes ne fait pas la prime TTC "
                f"({self.net} + {self.fees} + {self.taxes} ≠ {self.total})."
            )

    @property
    def total_in_words(self) -> str:
        return amount_in_words_fr(self.total)


# --- contract, conditions particulières (domain.md §2, §3, §15) ----------------------


@dataclass(frozen=True)
class TermsSnapshot(Snapshot):
    tacit_renewal: bool
    payment_terms_label: str  # "Comptant", "Échéancier"
    coinsurance_label: str  # "Sans coassurance", "Apériteur (60 %)"…
    notice_days: int  # cancellation notice


@dataclass(frozen=True)
class BenefitLineSnapshot(Snapshot):
    """One line of the schedule of benefits (domain.md §2)."""

    category_label: str
    covered: bool
    rate_pct: int | None = None  # None: the person's own rate
    per_act_ceiling: int | None = None  # None: no ceiling of its own
    annual_ceiling: int | None = None
    prior_approval: bool = False
    waiting_days: int | None = None  # None or 0: none


@dataclass(frozen=True)
class InsuredPersonSnapshot(Snapshot):
    matricule: str
    name: str
    relationship_label: str
    birth_date: date
    entry_date: date
    coverage_rate: int  # percent
    zone: int
    annual_ceiling: int | None
    annual_premium: int


@dataclass(frozen=True)
class ContractSnapshot(Snapshot):
    company: CompanySnapshot
    policy_number: str
    administrator_ref: str
    issue_date: date
    effective_date: date
    expiry_date: date
    category_label: str
    subscriber: PartySnapshot
    intermediary: IntermediarySnapshot | None
    administrator_name: str | None
    terms: TermsSnapshot
    management_system_label: str
    care_network_label: str
    benefits: tuple[BenefitLineSnapshot, ...]
    overall_annual_ceiling: int | None
    persons: tuple[InsuredPersonSnapshot, ...]
    premium: PremiumSnapshot
    quittance_number: str


# --- quittance (domain.md §5) ----------------------------------------------------------


@dataclass(frozen=True)
class QuittanceLineSnapshot(Snapshot):
    """One person's premium: annual premium × days ÷ days in year. ``end`` is the last day
    covered (as printed), not the first day no longer covered."""

    matricule: str
    name: str
    annual_premium: int
    start: date
    end: date
    days: int
    prorated: int


@dataclass(frozen=True)
class QuittanceSnapshot(Snapshot):
    company: CompanySnapshot
    number: str
    policy_number: str
    subscriber: PartySnapshot
    act_label: str  # "Affaire nouvelle", "Avenant n° 3 — incorporation"…
    period_start: date
    period_end: date  # last day covered
    issue_date: date
    due_date: date
    premium: PremiumSnapshot
    intermediary: IntermediarySnapshot | None = None
    administrator_name: str | None = None
    category_label: str = ""
    cancels_number: str | None = None  # a counter-quittance names the one it cancels
    lines: tuple[QuittanceLineSnapshot, ...] = ()

    @property
    def is_refund(self) -> bool:
        return self.premium.total < 0


# --- claims: décompte statement and payment order (domain.md §10) -------------------


@dataclass(frozen=True)
class ClaimLineSnapshot(Snapshot):
    """One assessed line (§10.2): ``base = claimed − CMU − excluded`` and
    ``member pays = claimed − CMU − reimbursed``; both are checked."""

    care_date: date
    category_label: str
    claimed: int
    cmu_share: int
    excluded: int
    exclusion_reason: str
    base: int
    reimbursed: int
    member_pays: int
    cap_label: str = ""  # which cap bit: "Plafond par acte"…; empty when none
    prestation_number: str = ""

    def __post_init__(self) -> None:
        if self.base != self.claimed - self.cmu_share - self.excluded:
            raise InconsistentSnapshot("Base ≠ réclamé − part CMU − exclu.")
        if self.member_pays != self.claimed - self.cmu_share - self.reimbursed:
            raise InconsistentSnapshot("Reste à charge ≠ réclamé − part CMU − remboursé.")


@dataclass(frozen=True)
class ClaimStatementSnapshot(Snapshot):
    company: CompanySnapshot
    claim_number: str
    statement_date: date
    reception_date: date
    matricule: str
    person_name: str
    policy_number: str
    subscriber_name: str
    provider_name: str
    payee_name: str
    management_system_label: str
    lines: tuple[ClaimLineSnapshot, ...]
    coverage_rate: int | None = None  # percent, the person's rate as printed

    @property
    def total_claimed(self) -> int:
        return sum(line.claimed for line in self.lines)

    @property
    def total_cmu_share(self) -> int:
        return sum(line.cmu_share for line in self.lines)

    @property
    def total_excluded(self) -> int:
        return sum(line.excluded for line in self.lines)

    @property
    def total_base(self) -> int:
        return sum(line.base for line in self.lines)

    @property
    def total_reimbursed(self) -> int:
        return sum(line.reimbursed for line in self.lines)

    @property
    def total_member_pays(self) -> int:
        return sum(line.member_pays for line in self.lines)


@dataclass(frozen=True)
class PaymentOrderItem(Snapshot):
    claim_number: str
    person_name: str
    payee_name: str
    amount: int


@dataclass(frozen=True)
class PaymentOrderSnapshot(Snapshot):
    company: CompanySnapshot
    number: str
    order_date: date
    signatory: str  # the name of who signed it; "" while it waits for its signature
    items: tuple[PaymentOrderItem, ...]
    mode_label: str = ""  # "Chèque", "Virement"… once paid
    signed_on: date | None = None
    signed_time: str = ""  # "14:05": snapshots keep dates, the time of signature as text
    signatory_code: str = ""
    cancelled_on: date | None = None
    cancel_reason: str = ""
    notes: tuple[str, ...] = ()  # what happened to it since: a payment reversed…

    @property
    def signed(self) -> bool:
        return bool(self.signatory) and self.signed_on is not None

    @property
    def payees(self) -> tuple[str, ...]:
        """Each payee once, in order of first appearance."""
        return tuple(dict.fromkeys(item.payee_name for item in self.items))

    @property
    def total(self) -> int:
        return sum(item.amount for item in self.items)

    @property
    def total_in_words(self) -> str:
        return amount_in_words_fr(self.total)


# --- endorsement (domain.md §8, §15) ---------------------------------------------------


@dataclass(frozen=True)
class MovementSnapshot(Snapshot):
    """One movement as printed on the endorsement."""

    kind_label: str  # « Entrée », « Sortie »…
    matricule: str
    name: str
    day: date  # the first day the change applies
    description: str  # « 80 % zone 1 → 100 % zone 1 », « sans ristourne »…
    annual_before: int
    annual_after: int
    days: int  # days billed (0: nothing billed)
    prorated: int  # display only: the net is rounded once on the sum


@dataclass(frozen=True)
class AdjustmentSnapshot(Snapshot):
    """The loss ratio of the year that ended and the premium change it made (§9)."""

    year_ending: int
    claims_paid: int
    claims_outstanding: int
    earned_premium: int
    ratio_label: str  # « 75,00 % », « — » without earned premium
    band_label: str  # the row of the clause
    table_rate: Decimal
    rate: Decimal  # applied
    reason: str = ""  # why the rate applied differs from the table's
    persons_carried: int = 0
    net_before: int = 0  # the carried persons' annual premiums before the renewal
    net_after: int = 0


@dataclass(frozen=True)
class EndorsementSnapshot(Snapshot):
    company: CompanySnapshot
    policy_number: str
    number: int  # avenant n°
    kind_label: str
    subscriber: PartySnapshot
    issue_date: date
    effective_date: date
    expiry_date: date
    movements: tuple[MovementSnapshot, ...]
    premium: PremiumSnapshot | None = None  # None: no incidence on the premium
    quittance_number: str = ""
    intermediary: IntermediarySnapshot | None = None
    administrator_name: str | None = None
    letter_date: date | None = None
    received_on: date | None = None
    notes: str = ""
    cards_issued: tuple[str, ...] = ()  # « matricule — name » of the new cards
    cards_invalid: tuple[str, ...] = ()  # « matricule — name, invalide à compter du … »
    adjustment: AdjustmentSnapshot | None = None  # a renewal's loss ratio (§9)


# --- attestation d'assurance (domain.md §15) ---------------------------------------------


@dataclass(frozen=True)
class AttestationPersonSnapshot(Snapshot):
    matricule: str
    name: str
    birth_date: date
    role: str  # "Assuré principal", "Conjoint", "Enfant"
    covered_from: date
    covered_until: date  # the last day covered: the day before an exit, else the expiry
    coverage_rate: int
    zone: int


@dataclass(frozen=True)
class AttestationSnapshot(Snapshot):
    """What an attestation d'assurance says, for one person or for the whole policy."""

    company: CompanySnapshot
    number: str  # ATT-2026-000012
    issue_date: date
    policy_number: str
    subscriber: PartySnapshot
    effective_date: date
    expiry_date: date
    category_label: str
    administrator_name: str | None
    persons: tuple[AttestationPersonSnapshot, ...]
    whole_policy: bool  # True: the policy and all its persons; False: one person
