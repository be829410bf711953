"""Builders shared by the claims tests (no test here): an office with its users, issued
policies, providers, and files received and assessed through the real services.

The clock is fixed at 21/11/2026 09:30 so that hand-worked dates stay true.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from desktop_app.domain.assessment_facts import LineInput
from desktop_app.domain.care import CareCategory, Condition
from desktop_app.domain.kinds import Gender, ManagementSystem, ProviderKind, Relationship
from desktop_app.domain.roles import Role
from desktop_app.services.administration import reference, users
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import reception as claims
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import benefits, issue, members
from tests.conftest import make_user
from tests.services.factories import draft_policy, reference_data

NOW = datetime(2026, 11, 21, 9, 30)
TODAY = NOW.date()


def at(ctx: ServiceContext, moment: datetime = NOW) -> ServiceContext:
    return replace(ctx, clock=lambda: moment)


@dataclass
class Office:
    admin: ServiceContext
    production: ServiceContext
    claims: ServiceContext  # Role.CLAIMS: receives, assesses, pays
    signatory: ServiceContext  # Role.SIGNATORY: signs orders, confirms duplicates
    accountant: ServiceContext  # Role.ACCOUNTING: sees claims, no medical detail
    signatory_id: int
    claims_id: int
    intermediary_id: int
    administrator_id: int
    clinic_id: int  # private
    hospital_id: int  # public
    optician_id: int


def office(admin: ServiceContext, production: ServiceContext) -> Office:
    admin = at(admin)
    claims_id = make_user(admin, "sin", Role.CLAIMS)
    signatory_id = make_user(admin, "sig", Role.SIGNATORY)
    make_user(admin, "compta", Role.ACCOUNTING)
    inter, adm = reference_data(admin)
    clinic, _ = reference.save_provider(
        admin, reference.ProviderData("Clinique Sainte Anne", ProviderKind.CLINIC)
    )
    hospital, _ = reference.save_provider(
        admin, reference.ProviderData("CHU de Cocody", ProviderKind.HOSPITAL, public=True)
    )
    optician, _ = reference.save_provider(
        admin, reference.ProviderData("Optique du Plateau", ProviderKind.PRACTICE)
    )

    def login(code: str) -> ServiceContext:
        return at(users.login(admin, code, "motdepasse1"))

    return Office(
        admin,
        at(production),
        login("sin"),
        login("sig"),
        login("compta"),
        signatory_id,
        claims_id,
        inter,
        adm,
        clinic,
        hospital,
        optician,
    )


def person(pid: int, last: str, first: str = "Jean", **changes: object) -> members.PersonData:
    """80 %, zone 1, annual ceiling 2 000 000, entered on 01/01/2026."""
    base = members.PersonData(
        pid, last, first, date(1985, 1, 20), Gender.MALE, date(2026, 1, 1), 80, 1, 2_000_000
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def issued_policy(
    o: Office,
    names: list[str],
    subscriber: str = "Société Ivoirienne de Banque",
    system: ManagementSystem = ManagementSystem.DIRECT_BILLING,
    dependents: dict[str, date] | None = None,
) -> tuple[int, dict[str, int]]:
    """A policy from 01/01/2026 with the standard schedule (optical 50 000 a year, overall
    5 000 000), one member per name; ``dependents`` adds a child of the first member entering
    on the given date. Returns the policy id and the person ids by last name."""
    pid = draft_policy(
        o.production,
        o.intermediary_id,
        o.administrator_id,
        date(2026, 1, 1),
        name=subscriber,
        management_system=system,
    )
    template = benefits.list_templates(o.production)[0]
    benefits.copy_template(o.production, pid, template.id)
    ids: dict[str, int] = {}
    for name in names:
        ids[name], _ = members.save_person(o.production, person(pid, name))
    for name, entry in (dependents or {}).items():
        ids[name], _ = members.save_person(
            o.production,
            person(
                pid,
                names[0],
                name,
                relationship=Relationship.CHILD,
                member_id=ids[names[0]],
                entry_date=entry,
                birth_date=date(2015, 3, 3),
            ),
        )
    issue.issue_policy(o.production, pid)
    _collect_premium(o, pid)
    return pid, ids


def _collect_premium(o: Office, policy_id: int) -> None:
    """The premium collected on 01/01/2026, so that cover has started for all the care of
    these tests (CIMA art. 13: a décompte for care before that day is flagged)."""
    from dataclasses import replace as with_clock

    from desktop_app.domain.collection import CollectionMode, PayerKind
    from desktop_app.persistence.models import Policy
    from desktop_app.services.finance import payments

    with o.admin.read() as session:
        policy = session.get(Policy, policy_id)
        assert policy is not None
        subscriber = policy.subscriber_id
    cashier = with_clock(o.accountant, clock=lambda: datetime(2026, 1, 1, 9, 0))
    for item, _part in payments.preview_allocation(cashier, PayerKind.SUBSCRIBER, subscriber, 0):
        payments.record_payment(
            cashier,
            payments.PaymentInput(
                date(2026, 1, 1),
                PayerKind.SUBSCRIBER,
                subscriber,
                CollectionMode.TRANSFER,
                item.balance,
            ),
        )


def receive(
    o: Office,
    person_id: int,
    amount: int,
    provider_id: int | None = None,
    condition: Condition = Condition.COMMON_ILLNESS,
    received: date = date(2026, 11, 2),
    **changes: object,
) -> int:
    data = claims.ClaimInput(received, person_id, condition, amount, provider_id or o.clinic_id)
    return claims.receive_claim(o.claims, replace(data, **changes)).claim_id  # type: ignore[arg-type]


def line(
    care: date, category: CareCategory, claimed: int, number: str = "P-1", **changes: object
) -> LineInput:
    return replace(LineInput(care, category, claimed, prestation_number=number), **changes)  # type: ignore[arg-type]


def assessed(
    o: Office,
    person_id: int,
    lines: list[LineInput],
    provider_id: int | None = None,
    condition: Condition = Condition.COMMON_ILLNESS,
) -> int:
    """A file received and assessed by the claims clerk; its amount is the lines' total."""
    claim_id = receive(o, person_id, sum(x.claimed for x in lines), provider_id, condition)
    assessments.assess_claim(o.claims, claim_id, lines)
    return claim_id


def ordered(
    o: Office, claim_ids: list[int], day: date = TODAY, clerk: ServiceContext | None = None
) -> int:
    """The files put into a payment order by the claims clerk, then signed by the office's
    signatory (who assessed none of them). Returns the order id."""
    clerk = clerk or o.claims
    created = payment_orders.create_payment_order(clerk, claim_ids, day)
    # Signed at the clerk's moment: a payment is never dated before its order's signature.
    payment_orders.sign_payment_order(replace(o.signatory, clock=clerk.clock), created.order_id)
    return created.order_id
