"""Builds the frozen snapshots that printed documents render (architecture.md, rule 7).

They are taken from the database at the moment a document is issued and stored with it;
a reprint renders the stored snapshot, never the live rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.snapshots import (
    BenefitLineSnapshot,
    CardSnapshot,
    CompanySnapshot,
    ContractSnapshot,
    InsuredPersonSnapshot,
    IntermediarySnapshot,
    PartySnapshot,
    PremiumSnapshot,
    QuittanceLineSnapshot,
    QuittanceSnapshot,
    TermsSnapshot,
)
from desktop_app.domain.care import CareCategory
from desktop_app.domain.kinds import Coinsurance, PolicyCategory
from desktop_app.domain.money import format_rate
from desktop_app.persistence.models import (
    CareCategoryRow,
    InsuredPerson,
    PersonPhoto,
    Policy,
    Quittance,
    QuittanceLine,
)
from desktop_app.services.issued_documents import company_snapshot
from desktop_app.services.production.common import load_policy_schedule

__all__ = ["company_snapshot", "card_snapshot", "contract_snapshot", "quittance_snapshot"]


def party_snapshot(policy: Policy) -> PartySnapshot:
    s = policy.subscriber
    address = ", ".join(part for part in (s.address, s.city) if part)
    return PartySnapshot(s.name, address, s.phone)


def intermediary_snapshot(policy: Policy) -> IntermediarySnapshot | None:
    i = policy.intermediary
    return IntermediarySnapshot(i.code, i.name) if i else None


def premium_snapshot(q: Quittance) -> PremiumSnapshot:
    return PremiumSnapshot(
        q.net,
        q.fees,
        q.taxes,
        q.total,
        q.tax_rate,
        q.commission_rate,
        q.commission,
        q.management_fee_rate,
        q.management_fee,
    )


def premium_snapshot_of(q: Mapping[str, Any]) -> PremiumSnapshot:
    """The premium of a quittance written with a bulk statement (its row's values)."""
    return PremiumSnapshot(
        int(q["net"]),
        int(q["fees"]),
        int(q["taxes"]),
        int(q["total"]),
        q["tax_rate"],
        q["commission_rate"],
        int(q["commission"]),
        q["management_fee_rate"],
        int(q["management_fee"]),
    )


def card_snapshot(
    session: Session, company: CompanySnapshot, policy: Policy, person: InsuredPerson
) -> CardSnapshot:
    photo = session.get(PersonPhoto, person.id)
    return CardSnapshot(
        company=company,
        matricule=person.matricule,
        last_name=person.last_name,
        first_names=person.first_names,
        birth_date=person.birth_date,
        subscriber_name=policy.subscriber.name,
        policy_number=policy.number or "",
        coverage_rate=person.coverage_rate,
        zone=person.zone,
        valid_until=policy.expiry_date,
        photo=bytes(photo.data) if photo else None,
        administrator_name=policy.administrator.name if policy.administrator else None,
    )


def _category_labels(session: Session) -> dict[str, str]:
    labels = {c.value: c.label for c in CareCategory}
    labels.update({r.code: r.label for r in session.scalars(select(CareCategoryRow))})
    return labels


def contract_snapshot(
    session: Session,
    company: CompanySnapshot,
    policy: Policy,
    quittance: Quittance,
    category: PolicyCategory,
) -> ContractSnapshot:
    labels = _category_labels(session)
    schedule = load_policy_schedule(session, policy)
    coinsurance = policy.coinsurance.label
    if policy.coinsurance == Coinsurance.FOLLOWER and policy.coinsurance_share is not None:
        coinsurance += f" ({format_rate(policy.coinsurance_share)})"
    people = session.scalars(
        select(InsuredPerson).where(InsuredPerson.policy_id == policy.id)
    ).all()
    by_member: dict[int | None, list[InsuredPerson]] = {}
    for p in sorted(people, key=lambda p: (p.last_name_key, p.first_names_key, p.id)):
        by_member.setdefault(p.member_id, []).append(p)
    ordered = [q for m in by_member.get(None, []) for q in [m, *by_member.get(m.id, [])]]
    return ContractSnapshot(
        company=company,
        policy_number=policy.number or "",
        administrator_ref=policy.administrator_ref,
        issue_date=policy.issue_date or quittance.issue_date,
        effective_date=policy.effective_date,
        expiry_date=policy.expiry_date,
        category_label=category.label,
        subscriber=party_snapshot(policy),
        intermediary=intermediary_snapshot(policy),
        administrator_name=policy.administrator.name if policy.administrator else None,
        terms=TermsSnapshot(
            policy.tacit_renewal,
            policy.payment_terms.label,
            coinsurance,
            policy.cancellation_notice_days,
        ),
        management_system_label=policy.management_system.label,
        care_network_label=policy.care_network.label,
        benefits=tuple(
            BenefitLineSnapshot(
                labels[line.category.value],
                line.covered,
                line.rate_pct,
                line.per_act_ceiling,
                line.annual_ceiling,
                line.prior_approval,
                line.waiting_days,
            )
            for line in schedule.lines
        ),
        overall_annual_ceiling=policy.overall_annual_ceiling,
        persons=tuple(
            InsuredPersonSnapshot(
                p.matricule,
                p.full_name,
                p.relationship_.label,
                p.birth_date,
                p.entry_date,
                p.coverage_rate,
                p.zone,
                p.annual_ceiling,
                p.annual_net_premium,
            )
            for p in ordered
        ),
        premium=premium_snapshot(quittance),
        quittance_number=quittance.number,
    )


def quittance_snapshot(
    session: Session,
    company: CompanySnapshot,
    policy: Policy,
    quittance: Quittance,
    category: PolicyCategory,
) -> QuittanceSnapshot:
    rows = session.execute(
        select(QuittanceLine, InsuredPerson)
        .join(InsuredPerson, InsuredPerson.id == QuittanceLine.person_id)
        .where(QuittanceLine.quittance_id == quittance.id)
        .order_by(QuittanceLine.id)
    ).all()
    cancels = session.get(Quittance, quittance.cancels_id) if quittance.cancels_id else None
    return QuittanceSnapshot(
        company=company,
        number=quittance.number,
        policy_number=policy.number or "",
        subscriber=party_snapshot(policy),
        act_label=quittance.act_label,
        period_start=quittance.period_start,
        period_end=quittance.period_end,
        issue_date=quittance.issue_date,
        due_date=quittance.due_date,
        premium=premium_snapshot(quittance),
        intermediary=intermediary_snapshot(policy),
        administrator_name=policy.administrator.name if policy.administrator else None,
        category_label=category.label,
        cancels_number=cancels.number if cancels else None,
        lines=tuple(
            QuittanceLineSnapshot(
                p.matricule,
                p.full_name,
                line.annual_premium,
                line.start,
                line.stop - timedelta(days=1),
                line.days,
                line.prorated,
            )
            for line, p in rows
        ),
    )
