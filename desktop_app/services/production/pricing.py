"""The tariff applied to a policy's persons (domain.md §4, §5).

Every change to a draft's persons reprices them all, because the group-size reduction
depends on the number of persons. A premium typed by hand is kept as long as it differs
from the tariff's; the screen shows both and flags the difference.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.age_rules import check_age as domain_check_age
from desktop_app.domain.errors import Collector, FieldError, NotFound
from desktop_app.domain.premium import (
    PersonTariffFacts,
    PolicyTariffFacts,
    PremiumBreakdown,
    PremiumComparison,
    compare_with_typed,
    compute_annual_premium,
    policy_pricing_key,
)
from desktop_app.domain.quittance import PremiumLine, QuittanceComputation, build_policy_quittance
from desktop_app.domain.renewal import DEFAULT_ADJUSTMENT, AdjustmentTable
from desktop_app.domain.roles import Permission
from desktop_app.domain.tariff import DEFAULT_TARIFF, FeeKind, TariffSettings
from desktop_app.persistence.audit import record_updates
from desktop_app.persistence.models import InsuredPerson, Member, Policy, SettingsDocument
from desktop_app.services.context import Changes, ServiceContext

TARIFF_KEY = "tariff"


def load_tariff(session: Session) -> TariffSettings:
    """The office's tariff, read once per unit of work (an absent row is the default: a
    lookup each time would flush the unit of work at each person priced)."""
    cached = session.info.get(TARIFF_KEY)
    if isinstance(cached, TariffSettings):
        return cached
    row = session.get(SettingsDocument, TARIFF_KEY)
    tariff = _parsed_tariff(row.value) if row else DEFAULT_TARIFF
    session.info[TARIFF_KEY] = tariff
    return tariff


@functools.lru_cache(maxsize=8)
def _parsed_tariff(text: str) -> TariffSettings:
    """The stored tariff read once per text (an import of 5 000 rows read it 10 000 times);
    a saved change is another text, read afresh."""
    return TariffSettings.from_dict(json.loads(text))


def get_tariff(ctx: ServiceContext) -> TariffSettings:
    with ctx.read() as session:
        return load_tariff(session)


def save_tariff(ctx: ServiceContext, settings: TariffSettings) -> Changes:
    """Replace the office's tariff; the premiums of issued policies do not change."""
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    settings.check()
    with ctx.write() as session:
        session.info.pop(TARIFF_KEY, None)
        row = session.get(SettingsDocument, TARIFF_KEY)
        value = json.dumps(settings.to_dict(), ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(SettingsDocument(key=TARIFF_KEY, value=value))
        else:
            row.value = value
        return Changes.of("settings_documents")


ADJUSTMENT_KEY = "loss_ratio_adjustment"


def load_adjustment(session: Session) -> AdjustmentTable:
    """The office's loss-ratio clause (§9), the table of domain.md while none is saved."""
    row = session.get(SettingsDocument, ADJUSTMENT_KEY)
    return AdjustmentTable.from_dict(json.loads(row.value)) if row else DEFAULT_ADJUSTMENT


def get_adjustment(ctx: ServiceContext) -> AdjustmentTable:
    with ctx.read() as session:
        return load_adjustment(session)


def save_adjustment(ctx: ServiceContext, table: AdjustmentTable) -> Changes:
    """Replace the clause; the years already renewed keep the change they got."""
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    table.check()
    with ctx.write() as session:
        row = session.get(SettingsDocument, ADJUSTMENT_KEY)
        value = json.dumps(table.to_dict(), ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(SettingsDocument(key=ADJUSTMENT_KEY, value=value))
        else:
            row.value = value
        return Changes.of("settings_documents")


def _counts(session: Session, policy_id: int) -> tuple[int, int]:
    members = (
        session.scalar(select(func.count(Member.id)).where(Member.policy_id == policy_id)) or 0
    )
    persons = (
        session.scalar(
            select(func.count(InsuredPerson.id)).where(InsuredPerson.policy_id == policy_id)
        )
        or 0
    )
    return int(members), int(persons)


def policy_facts(policy: Policy, members: int, persons: int) -> PolicyTariffFacts:
    return PolicyTariffFacts(
        policy.effective_date,
        policy.care_network,
        policy.management_system,
        max(members, 1),
        max(persons, members, 1),
    )


def person_facts(person: InsuredPerson) -> PersonTariffFacts:
    return PersonTariffFacts(
        person.birth_date,
        person.coverage_rate,
        person.zone,
        person.medical_surcharge_rate,
        person.entry_date,
    )


def check_age(
    ctx: ServiceContext,
    birth: date,
    policy: Policy,
    entry: date,
    override_reason: str,
    errors: Collector,
) -> None:
    """§4 age limits on the person's first day covered; a dérogation needs the right and a reason."""
    may_override = ctx.actor is not None and ctx.actor.can(Permission.OVERRIDE_AGE_LIMIT)
    if override_reason and not may_override:
        errors.add(
            "age_override_reason", "Vos droits ne permettent pas de déroger aux limites d'âge."
        )
        return
    decision = domain_check_age(
        birth,
        max(entry, policy.effective_date),
        new_business=True,
        override=bool(override_reason) and may_override,
        override_reason=override_reason,
    )
    if not decision.accepted:
        errors.add(decision.field, " ".join(decision.messages))


def counts(session: Session, policy_id: int) -> tuple[int, int]:
    """(members, persons) of the policy as the database holds them now."""
    return _counts(session, policy_id)


def reprice_policy(
    session: Session,
    policy: Policy,
    typed: dict[int, int | None],
    *,
    before: tuple[int, int] | None = None,
) -> None:
    """Price the persons of a draft again. ``typed`` gives the premiums just typed by hand
    (None: take the tariff's) for the persons the clerk edited. ``before``: the policy's
    (members, persons) before the change; when what the policy gives every premium is the
    same after it (``policy_pricing_key``), only the persons edited are priced (issue 13:
    one person added to 5 000 repriced them all). Otherwise every person is priced in one
    set-based pass."""
    settings = load_tariff(session)
    session.flush()
    members, persons = _counts(session, policy.id)
    facts = policy_facts(policy, members, persons)
    if before is not None and policy_pricing_key(
        policy_facts(policy, *before), settings
    ) == policy_pricing_key(facts, settings):
        for person in session.scalars(
            select(InsuredPerson).where(InsuredPerson.id.in_(list(typed)))
        ):
            _price_one(person, facts, settings, typed)
        return
    _reprice_all(session, policy, facts, settings, typed)


def _price_one(
    person: InsuredPerson,
    facts: PolicyTariffFacts,
    settings: TariffSettings,
    typed: dict[int, int | None],
) -> None:
    computed = compute_annual_premium(person_facts(person), facts, settings).annual_net_premium
    if person.id in typed:
        chosen = typed[person.id]
        person.annual_net_premium = computed if chosen is None else chosen
    elif (
        person.annual_net_premium is None
        or person.annual_net_premium == person.computed_annual_premium
    ):
        person.annual_net_premium = computed
    person.computed_annual_premium = computed


def _reprice_all(
    session: Session,
    policy: Policy,
    facts: PolicyTariffFacts,
    settings: TariffSettings,
    typed: dict[int, int | None],
) -> None:
    """Every person: read as plain rows, priced, and only the changed ones written back in
    one statement with their audit rows (the persons in the unit of work go through it)."""
    loaded = {
        obj.id: obj
        for obj in session.identity_map.values()
        if isinstance(obj, InsuredPerson) and obj.policy_id == policy.id
    }
    for person in loaded.values():
        _price_one(person, facts, settings, typed)
    p = InsuredPerson
    rows = session.execute(
        select(
            p.id,
            p.birth_date,
            p.coverage_rate,
            p.zone,
            p.medical_surcharge_rate,
            p.entry_date,
            p.annual_net_premium,
            p.computed_annual_premium,
        ).where(p.policy_id == policy.id, p.id.not_in(list(loaded) or [0]))
    ).all()
    updates: list[dict[str, object]] = []
    audit: list[tuple[object, dict[str, Any], dict[str, Any]]] = []
    for pid, birth, rate, zone, surcharge, entry, annual, computed_before in rows:
        computed = compute_annual_premium(
            PersonTariffFacts(birth, rate, zone, surcharge, entry), facts, settings
        ).annual_net_premium
        chosen = typed.get(pid, ...)
        if chosen is not ...:
            premium = computed if chosen is None else chosen
        elif annual is None or annual == computed_before:
            premium = computed
        else:
            premium = annual
        if (premium, computed) != (annual, computed_before):
            updates.append(
                {"id": pid, "annual_net_premium": premium, "computed_annual_premium": computed}
            )
            audit.append(
                (
                    pid,
                    {"annual_net_premium": annual, "computed_annual_premium": computed_before},
                    {"annual_net_premium": premium, "computed_annual_premium": computed},
                )
            )
    if updates:
        session.execute(update(InsuredPerson), updates)
        record_updates(session, "insured_persons", audit)


def price_person(
    session: Session,
    policy: Policy,
    person: InsuredPerson,
    adding: bool,
    counts: tuple[int, int] | None = None,
) -> int:
    """The tariff's premium for ``person`` (not yet flushed when ``adding``); ``counts``:
    the policy's (members, persons) without them, when the caller keeps them."""
    members, persons = counts if counts is not None else _counts(session, policy.id)
    if adding:
        persons += 1
        members += 1 if isinstance(person, Member) else 0
    facts = policy_facts(policy, members, persons)
    return compute_annual_premium(
        person_facts(person), facts, load_tariff(session)
    ).annual_net_premium


@dataclass(frozen=True)
class PremiumPreview:
    breakdown: PremiumBreakdown | None
    comparison: PremiumComparison | None
    error: str = ""


def preview_person_premium(
    ctx: ServiceContext,
    policy_id: int,
    birth: date | None,
    coverage_rate: int,
    zone: int,
    medical_surcharge_rate: Decimal,
    entry: date | None,
    typed: int | None,
    adding: bool,
) -> PremiumPreview:
    """What the person form shows live: the tariff's breakdown and the typed premium's gap."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    if birth is None:
        return PremiumPreview(None, None, "Saisissez la date de naissance pour calculer la prime.")
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise NotFound("Police introuvable.")
        members, persons = _counts(session, policy_id)
        settings = load_tariff(session)
        facts = policy_facts(policy, members, persons + (1 if adding else 0))
        try:
            breakdown = compute_annual_premium(
                PersonTariffFacts(birth, coverage_rate, zone, medical_surcharge_rate, entry),
                facts,
                settings,
            )
            return PremiumPreview(breakdown, compare_with_typed(breakdown, typed))
        except FieldError as error:
            return PremiumPreview(None, None, error.message)


def policy_premium_lines(
    session: Session, policy: Policy
) -> list[tuple[InsuredPerson, PremiumLine]]:
    people = session.scalars(
        select(InsuredPerson).where(InsuredPerson.policy_id == policy.id).order_by(InsuredPerson.id)
    ).all()
    return [
        (
            p,
            PremiumLine(
                p.annual_net_premium, max(p.entry_date, policy.effective_date), p.exit_date
            ),
        )
        for p in people
    ]


def compute_policy_quittance(session: Session, policy: Policy) -> QuittanceComputation:
    """The new-business quittance of a draft: every person from their entry to 31 December."""
    lines = [line for _p, line in policy_premium_lines(session, policy)]
    members, _persons = _counts(session, policy.id)
    return build_policy_quittance(
        lines,
        member_count=members,
        kind=FeeKind.NEW_BUSINESS,
        settings=load_tariff(session),
        commission_rate=policy.commission_rate,
        management_fee_rate=policy.management_fee_rate,
    )


def preview_policy_quittance(ctx: ServiceContext, policy_id: int) -> QuittanceComputation | None:
    """The quittance the draft would get if issued now (None while it has no person)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise NotFound("Police introuvable.")
        if not _counts(session, policy_id)[1]:
            return None
        return compute_policy_quittance(session, policy)
