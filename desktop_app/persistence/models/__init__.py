"""Every mapped class, imported here so that ``Base.metadata`` knows all the tables."""

from desktop_app.persistence.models.audit import AuditEntry
from desktop_app.persistence.models.cards import CardRequest
from desktop_app.persistence.models.claims import (
    AssessmentLine,
    Claim,
    ClaimEvent,
    ClaimPayment,
    PaidClaimLine,
    PaymentOrder,
    PaymentOrderItem,
    PriorApproval,
)
from desktop_app.persistence.models.company import Company
from desktop_app.persistence.models.documents import IssuedDocument
from desktop_app.persistence.models.endorsements import (
    CoverSuspension,
    Endorsement,
    EndorsementMovement,
    PersonTerm,
    PolicyYear,
)
from desktop_app.persistence.models.finance import (
    CashDay,
    PremiumAllocation,
    PremiumPayment,
    QuittanceInstalment,
    ReminderLetter,
)
from desktop_app.persistence.models.follow_up import (
    EndorsementRequest,
    RenewalDecision,
    RenewalTouchpoint,
)
from desktop_app.persistence.models.numbering import NumberSequence
from desktop_app.persistence.models.parties import Administrator, Intermediary, Provider, Subscriber
from desktop_app.persistence.models.persons import Dependent, InsuredPerson, Member, PersonPhoto
from desktop_app.persistence.models.policy import Policy
from desktop_app.persistence.models.quittance import (
    PolicyTracking,
    Quittance,
    QuittanceLine,
)
from desktop_app.persistence.models.reference import (
    BenefitLineRow,
    BenefitTemplate,
    BenefitTemplateLine,
    CareCategoryRow,
    ExclusionReason,
    SettingsDocument,
)
from desktop_app.persistence.models.users import User, UserRole
from desktop_app.persistence.models.workflow import StateTransition

__all__ = [
    "CardRequest",
    "EndorsementRequest",
    "RenewalDecision",
    "RenewalTouchpoint",
    "CashDay",
    "PremiumAllocation",
    "PremiumPayment",
    "QuittanceInstalment",
    "ReminderLetter",
    "CoverSuspension",
    "Endorsement",
    "EndorsementMovement",
    "PersonTerm",
    "PolicyYear",
    "AssessmentLine",
    "Claim",
    "ClaimEvent",
    "ClaimPayment",
    "PaidClaimLine",
    "PaymentOrder",
    "PaymentOrderItem",
    "PriorApproval",
    "BenefitLineRow",
    "BenefitTemplate",
    "BenefitTemplateLine",
    "CareCategoryRow",
    "ExclusionReason",
    "IssuedDocument",
    "PolicyTracking",
    "Quittance",
    "QuittanceLine",
    "SettingsDocument",
    "Administrator",
    "AuditEntry",
    "Company",
    "Dependent",
    "InsuredPerson",
    "Intermediary",
    "Member",
    "NumberSequence",
    "PersonPhoto",
    "Policy",
    "Provider",
    "StateTransition",
    "Subscriber",
    "User",
    "UserRole",
]
