"""Claim files for the demo portfolio in every step (issue 4): received, assessed,
ordered, paid, and a paid one reversed — some with exclusions, some capped — written
through the real claims services, by the demo's claims clerk and signatory (who signs the
orders, except half of those left « ordered », which wait for their signature), each step
dated a few days after the previous one so the timelines read like a real month."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop_app.domain.assessment_facts import LineInput
from desktop_app.domain.care import CareCategory, Condition
from desktop_app.domain.kinds import (
    CoverState,
    PaymentMode,
    PolicyCategory,
    PolicyStatus,
    policy_category,
)
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import InsuredPerson, Member, Policy, Provider, User
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import reception as claims
from desktop_app.services.context import Actor, ServiceContext

CLERK, SIGNATORY = "sinistres", "signataire"
STEPS = ("received", "assessed", "ordered", "paid", "paid", "reversed")


def _actor(db: Database, code: str) -> Actor | None:
    with db.read() as session:
        user = session.scalar(select(User).where(User.code == code))
        return Actor(user.id, user.code, user.full_name, user.role_set) if user else None


def _at(day: date, hour: int) -> Callable[[], datetime]:
    moment = datetime.combine(day, time(hour, 0))
    return lambda: moment


def _candidates(db: Database, today: date) -> list[tuple[int, date, PolicyCategory]]:
    """(person, first day the demo may date care, category) for covered persons."""
    with db.read() as session:
        members: dict[int, int] = {}
        for (policy_id,) in session.execute(select(Member.policy_id)):
            members[policy_id] = members.get(policy_id, 0) + 1
        rows = session.execute(
            select(InsuredPerson.id, InsuredPerson.entry_date, Policy.effective_date, Policy.id)
            .join(Policy, Policy.id == InsuredPerson.policy_id)
            .where(
                Policy.status == PolicyStatus.IN_FORCE,
                InsuredPerson.cover_state == CoverState.COVERED,
                InsuredPerson.exit_date.is_(None),
            )
            .order_by(InsuredPerson.id)
        ).all()
    out = []
    for person_id, entry, effective, policy_id in rows:
        start = max(entry, effective)
        if (today - start).days >= 40:
            out.append((person_id, start, policy_category(members.get(policy_id, 1))))
    return out


def _lines(rng: random.Random, care: date, group: bool, n: int) -> list[LineInput]:
    lines = [
        LineInput(
            care,
            CareCategory.CONSULTATION,
            rng.choice([10_000, 15_000, 25_000, 30_000]),
            prestation_number=f"C{n:05d}",
        )
    ]
    pharmacy = rng.randrange(8_000, 60_000, 500)
    excluded = 3_500 if n % 3 == 0 else 0  # a listed common medicine, excluded with its reason
    lines.append(
        LineInput(
            care,
            CareCategory.PHARMACY,
            pharmacy,
            excluded=excluded,
            exclusion_reason="MED_COURANT" if excluded else None,
            prestation_number=f"P{n:05d}",
        )
    )
    if group and n % 2 == 0:
        # The study's example: 75 000 of optical against a 50 000 annual ceiling.
        lines.append(LineInput(care, CareCategory.OPTICAL, 75_000, prestation_number=f"O{n:05d}"))
    return lines


def load_demo_claims(
    db: Database, seed: int, today: date, count: int, progress: Callable[[str], None]
) -> int:
    """Write up to ``count`` claim files; returns how many were written."""
    clerk, signatory = _actor(db, CLERK), _actor(db, SIGNATORY)
    if clerk is None or signatory is None or count <= 0:
        return 0
    rng = random.Random(f"demo-claims:{seed}")
    candidates = _candidates(db, today)
    if not candidates:
        return 0
    with db.read() as session:
        providers = [
            p for p in session.scalars(select(Provider.id).where(Provider.in_network.is_(True)))
        ]
    written = 0
    latest = today - timedelta(days=12)
    plans = []
    for n, (person_id, start, category) in enumerate(
        rng.sample(candidates, min(count, len(candidates)))
    ):
        care = start + timedelta(days=rng.randrange(1, max(2, (latest - start).days)))
        plans.append((care + timedelta(days=rng.randrange(1, 4)), care, n, person_id, category))
    # Files are numbered in order of arrival (§10.1): receive them in date order.
    for received, care, n, person_id, category in sorted(plans):
        step = STEPS[n % len(STEPS)]
        group = category == PolicyCategory.GROUP
        lines = _lines(rng, care, group, n + 1)
        condition = Condition.COMMON_ILLNESS if group else Condition.ACCIDENT  # no waiting period
        ctx = ServiceContext(db, clerk, clock=_at(received, 9))
        receipt = claims.receive_claim(
            ctx,
            claims.ClaimInput(
                received,
                person_id,
                condition,
                sum(line.claimed for line in lines),
                provider_id=rng.choice(providers),
                documents={"claim_form": True, "receipts": True, "prescriptions": True},
                next_action_date=received + timedelta(days=7),
            ),
        )
        written += 1
        if step == "received":
            continue
        assessments.assess_claim(
            ServiceContext(db, clerk, clock=_at(received + timedelta(days=2), 10)),
            receipt.claim_id,
            lines,
        )
        if step == "assessed":
            continue
        order_day = received + timedelta(days=5)
        order = payment_orders.create_payment_order(
            ServiceContext(db, clerk, clock=_at(order_day, 11)),
            [receipt.claim_id],
            order_day,
        )
        if step == "ordered" and n % (2 * len(STEPS)) == STEPS.index("ordered"):
            continue  # half the orders still wait for their signature
        payment_orders.sign_payment_order(
            ServiceContext(db, signatory, clock=_at(order_day, 16)), order.order_id
        )
        if step == "ordered":
            continue
        pay_day = received + timedelta(days=8)
        done = payment_orders.pay_order(
            ServiceContext(db, clerk, clock=_at(pay_day, 15)),
            order.order_id,
            payment_orders.PaymentInput(
                pay_day, rng.choice(list(PaymentMode)), reference=f"REF-{n + 1:05d}"
            ),
        )
        if step == "reversed":
            payment_orders.reverse_payment(
                ServiceContext(db, clerk, clock=_at(pay_day + timedelta(days=1), 9)),
                done.payment_ids[0],
                "Chèque retourné par la banque (démonstration)",
            )
        if written % 20 == 0:
            progress(f"Dossiers sinistres… {written}/{count}")
    return written
