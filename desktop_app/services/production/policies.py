"""Policies (domain.md §2): a draft the clerk prepares, then issues.

A draft is edited freely; once issued, a policy changes only through endorsements. The
category is derived from the number of members, never typed; the expiry is always the
31 December of the effective year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.dates import year_end
from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.kinds import (
    CareNetwork,
    Coinsurance,
    ManagementSystem,
    PaymentTerms,
    PolicyCategory,
    PolicyStatus,
    policy_category,
)
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    Administrator,
    InsuredPerson,
    Intermediary,
    Member,
    Policy,
    PolicyTracking,
    Subscriber,
)
from desktop_app.persistence.paging import KeyOrder, descending
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.production.common import load_draft, member_count


@dataclass(frozen=True)
class PolicyData:
    subscriber_id: int | None
    effective_date: date | None
    intermediary_id: int | None = None
    administrator_id: int | None = None
    administrator_ref: str = ""
    tacit_renewal: bool = True
    payment_terms: PaymentTerms = PaymentTerms.CASH
    coinsurance: Coinsurance = Coinsurance.NONE
    coinsurance_share: Decimal | None = None
    cancellation_notice_days: int | None = 60
    management_system: ManagementSystem = ManagementSystem.DIRECT_BILLING
    care_network: CareNetwork = CareNetwork.ALL
    commission_rate: Decimal | None = None  # None: the intermediary's default rate
    management_fee_rate: Decimal | None = None  # None: the administrator's default rate
    overall_annual_ceiling: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class PolicyView:
    data: PolicyData
    number: str | None
    status: PolicyStatus
    expiry_date: date
    issue_date: date | None
    category: PolicyCategory
    member_count: int
    person_count: int
    subscriber_name: str
    intermediary_name: str
    administrator_name: str


def _check(session: Session, data: PolicyData, today: date) -> tuple[Collector, dict[str, object]]:
    errors = Collector()
    values: dict[str, object] = {}
    if data.subscriber_id is None or session.get(Subscriber, data.subscriber_id) is None:
        errors.add("subscriber_id", "Choisissez le souscripteur.")
    intermediary = session.get(Intermediary, data.intermediary_id) if data.intermediary_id else None
    if data.intermediary_id and intermediary is None:
        errors.add("intermediary_id", "Intermédiaire introuvable.")
    if intermediary is None and data.intermediary_id is None:
        errors.add(
            "intermediary_id", "Choisissez l'intermédiaire (le siège pour une affaire directe)."
        )
    administrator = (
        session.get(Administrator, data.administrator_id) if data.administrator_id else None
    )
    if data.administrator_id and administrator is None:
        errors.add("administrator_id", "Gestionnaire introuvable.")
    if data.effective_date is None:
        errors.add("effective_date", "La date d'effet est obligatoire.")
    elif data.effective_date.year < today.year - 1 or data.effective_date.year > today.year + 1:
        errors.add(
            "effective_date",
            "La date d'effet doit tomber dans l'année en cours, la précédente ou la suivante.",
        )
    ref = data.administrator_ref.strip().upper()
    if len(ref) > 40:
        errors.add(
            "administrator_ref",
            "Le numéro de police du gestionnaire est trop long (au plus 40 caractères).",
        )
    elif ref:
        clash = session.scalar(
            select(Policy.id).where(
                Policy.administrator_ref == ref, Policy.administrator_id == data.administrator_id
            )
        )
        if clash is not None and clash != data.id:
            errors.add("administrator_ref", f"Le gestionnaire a déjà une police n° {ref}.")
    values["administrator_ref"] = ref
    if data.coinsurance == Coinsurance.FOLLOWER:
        share = data.coinsurance_share
        if share is None or share <= 0 or share >= 1:
            errors.add(
                "coinsurance_share",
                "La part de coassurance doit être comprise entre 0 et 100 % (exclus).",
            )
    notice = data.cancellation_notice_days
    if notice is None or notice < 0 or notice > 365:
        errors.add(
            "cancellation_notice_days",
            "Le préavis de résiliation doit être compris entre 0 et 365 jours.",
        )
    commission = data.commission_rate
    if commission is None and intermediary is not None:
        commission = intermediary.commission_rate
    values["commission_rate"] = v.rate(
        errors,
        commission,
        "commission_rate",
        "Le taux de commission",
        maximum=Decimal("0.5"),
        required=False,
    )
    fee = data.management_fee_rate
    if fee is None and administrator is not None:
        fee = administrator.management_fee_rate
    values["management_fee_rate"] = v.rate(
        errors,
        fee,
        "management_fee_rate",
        "Le taux d'honoraires de gestion",
        maximum=Decimal("0.5"),
        required=False,
    )
    v.amount(
        errors,
        data.overall_annual_ceiling,
        "overall_annual_ceiling",
        "Le plafond annuel",
        required=False,
        allow_zero=False,
        maximum=1_000_000_000,
    )
    return errors, values


def save_policy_draft(ctx: ServiceContext, data: PolicyData) -> tuple[int, Changes]:
    ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.write() as session:
        errors, values = _check(session, data, ctx.today())
        errors.raise_if_any()
        assert data.effective_date is not None and data.subscriber_id is not None
        policy = load_draft(session, data.id) if data.id else Policy(status=PolicyStatus.DRAFT)
        policy.subscriber_id = data.subscriber_id
        policy.intermediary_id = data.intermediary_id
        policy.administrator_id = data.administrator_id
        policy.administrator_ref = str(values["administrator_ref"])
        policy.effective_date = data.effective_date
        policy.expiry_date = year_end(data.effective_date)
        policy.tacit_renewal = data.tacit_renewal
        policy.payment_terms = data.payment_terms
        policy.coinsurance = data.coinsurance
        policy.coinsurance_share = (
            data.coinsurance_share if data.coinsurance == Coinsurance.FOLLOWER else None
        )
        policy.cancellation_notice_days = int(data.cancellation_notice_days or 0)
        policy.management_system = data.management_system
        policy.care_network = data.care_network
        policy.commission_rate = values["commission_rate"]  # type: ignore[assignment]
        policy.management_fee_rate = values["management_fee_rate"]  # type: ignore[assignment]
        policy.overall_annual_ceiling = data.overall_annual_ceiling
        session.add(policy)
        session.flush()
        if session.get(PolicyTracking, policy.id) is None:
            session.add(
                PolicyTracking(
                    policy_id=policy.id,
                    entered_on=ctx.today(),
                    entered_by=ctx.actor.code if ctx.actor else "",
                )
            )
        return policy.id, Changes.of("policies", policy.id)


def get_policy(ctx: ServiceContext, policy_id: int) -> PolicyView:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        p = session.get(Policy, policy_id)
        if p is None:
            raise NotFound("Police introuvable.")
        members = member_count(session, policy_id)
        persons = int(
            session.scalar(
                select(func.count(InsuredPerson.id)).where(InsuredPerson.policy_id == policy_id)
            )
            or 0
        )
        data = PolicyData(
            p.subscriber_id,
            p.effective_date,
            p.intermediary_id,
            p.administrator_id,
            p.administrator_ref,
            p.tacit_renewal,
            p.payment_terms,
            p.coinsurance,
            p.coinsurance_share,
            p.cancellation_notice_days,
            p.management_system,
            p.care_network,
            p.commission_rate,
            p.management_fee_rate,
            p.overall_annual_ceiling,
            p.id,
        )
        return PolicyView(
            data,
            p.number,
            p.status,
            p.expiry_date,
            p.issue_date,
            policy_category(members),
            members,
            persons,
            p.subscriber.name,
            p.intermediary.name if p.intermediary else "",
            p.administrator.name if p.administrator else "",
        )


class PolicyKey(NamedTuple):
    """Where a page of policies starts: after the policy with these values."""

    numbered: bool  # drafts (no number yet) come first
    id: int


# Within the drafts, then within the numbered policies: newest first.
POLICY_PAGING = KeyOrder.of(descending(Policy.id))


@dataclass(frozen=True)
class PolicyRow:
    id: int
    number: str | None
    status: PolicyStatus
    subscriber_name: str
    administrator_ref: str
    effective_date: date
    expiry_date: date
    members: int
    persons: int
    intermediary_code: str

    @property
    def category(self) -> PolicyCategory:
        return policy_category(self.members)

    @property
    def page_key(self) -> PolicyKey:
        return PolicyKey(self.number is not None, self.id)


@dataclass(frozen=True)
class PolicyFilter:
    text: str = ""
    status: PolicyStatus | None = None
    subscriber_id: int | None = None


def _policy_query(flt: PolicyFilter, columns: list[Any]) -> Select[Any]:
    from sqlalchemy import false, or_

    from desktop_app.domain.text import search_key, searchable

    query = (
        select(*columns).select_from(Policy).join(Subscriber, Subscriber.id == Policy.subscriber_id)
    )
    if flt.status is not None:
        query = query.where(Policy.status == flt.status)
    if flt.subscriber_id is not None:
        query = query.where(Policy.subscriber_id == flt.subscriber_id)
    raw = searchable(flt.text).strip().upper()
    key = search_key(flt.text)
    if raw:
        query = query.where(
            or_(
                (Policy.number >= raw) & (Policy.number < raw + "~"),
                (Policy.administrator_ref >= raw) & (Policy.administrator_ref < raw + "~"),
                (Subscriber.name_key >= key) & (Subscriber.name_key < key + "~")
                if key
                else false(),
            )
        )
    return query


def count_policies(ctx: ServiceContext, flt: PolicyFilter) -> int:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return int(session.scalar(_policy_query(flt, [func.count(Policy.id)])) or 0)


def fetch_policies(
    ctx: ServiceContext, flt: PolicyFilter, after: PolicyKey | None = None, limit: int = 200
) -> list[PolicyRow]:
    """Newest first; drafts (no number yet) on top. One page after the policy ``after``
    (keyset paging: ``row.page_key``): the drafts, then the numbered policies, each a walk
    by id, never a sort of the portfolio."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    members = (
        select(func.count(Member.id))
        .where(Member.policy_id == Policy.id)
        .correlate(Policy)
        .scalar_subquery()
    )
    persons = (
        select(func.count(InsuredPerson.id))
        .where(InsuredPerson.policy_id == Policy.id)
        .correlate(Policy)
        .scalar_subquery()
    )
    code = (
        select(Intermediary.code)
        .where(Intermediary.id == Policy.intermediary_id)
        .correlate(Policy)
        .scalar_subquery()
    )
    query = _policy_query(
        flt,
        [
            Policy.id,
            Policy.number,
            Policy.status,
            Subscriber.name,
            Policy.administrator_ref,
            Policy.effective_date,
            Policy.expiry_date,
            members,
            persons,
            code,
        ],
    )
    # The drafts, then the numbered policies; a page goes on from the part of its key.
    parts = [query.where(Policy.number.is_(None)), query.where(Policy.number.is_not(None))]
    if after is not None:
        parts = parts[1:] if after.numbered else parts
        parts[0] = parts[0].where(POLICY_PAGING.after((after.id,)))
    rows: list[Any] = []
    with ctx.read() as session:
        for part in parts:
            if len(rows) < limit:
                part = part.order_by(*POLICY_PAGING.order_by()).limit(limit - len(rows))
                rows.extend(session.execute(part))
    return [
        PolicyRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], int(r[7] or 0), int(r[8] or 0), r[9] or ""
        )
        for r in rows
    ]
