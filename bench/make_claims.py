"""Add a year of claims to a benchmark portfolio: ``python bench/make_claims.py --db FILE --lines 1000000``.

On a portfolio of ``make_portfolio.py`` (built first, through ``services.demo.load_demo``,
when the file holds fewer than ``--size`` persons) this writes, in ONE transaction with
SQLAlchemy Core ``executemany`` in batches (platform-notes.md: ≈ 5 s per million rows):

- ``--paid-lines`` décompte lines (100 000) in files paid during ``--month`` (default: the
  last full month): assessed, put in payment orders of up to 40 files, paid; ``--reversals``
  of those payments are reversed by a counter-entry and paid again later in the month;
- the rest of ``--lines`` in files received from 2 January to today, each ``PAID`` in an
  earlier month, ``ORDERED`` (an open order) or ``ASSESSED``, as its dates say;
- ``--received`` files received in the last ten days, not assessed yet, on persons of group
  policies (no waiting period, §6): what ``bench_assessment.py`` assesses;
- the standard schedule of benefits on each policy that has none (the demo writes none);
- with ``--audit``, the audit rows the clerks' work would have left, one per row written
  (SQLite only: one ``INSERT … SELECT`` per table).

The values follow a real office: about five lines per file, the care categories in their
usual proportions and amounts, tiers payant or classique as the person's policy says (the
provider or the member is paid), CMU shares in public facilities, a few exclusions with a
reason. Each line reimburses ``base × the person's rate``, capped by the per-act ceilings
of the standard schedule; annual ceilings are not applied, no timeline (``claim_events``)
is written. One summary audit row (table ``bench``) records the load. A file that already
holds claims is left alone.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import sys
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import make_portfolio  # noqa: E402  (bench/ is the script's folder, hence on sys.path)
from sqlalchemy import func, insert, select, text, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from desktop_app.domain.assessment import Cap  # noqa: E402
from desktop_app.domain.benefits import STANDARD_SCHEDULE  # noqa: E402
from desktop_app.domain.care import CareCategory, Condition  # noqa: E402
from desktop_app.domain.claim_workflow import ClaimState  # noqa: E402
from desktop_app.domain.kinds import CoverState, ManagementSystem, PaymentMode, PolicyStatus  # noqa: E402
from desktop_app.domain.money import apply_rate, percent  # noqa: E402
from desktop_app.domain.numbers import (  # noqa: E402
    claim_sequence,
    format_claim_number,
    format_payment_order_number,
    payment_order_sequence,
)
from desktop_app.exports.decades import decade_label, decade_of  # noqa: E402
from desktop_app.persistence.database import Database  # noqa: E402
from desktop_app.persistence.models import (  # noqa: E402
    AssessmentLine,
    AuditEntry,
    BenefitLineRow,
    Claim,
    ClaimPayment,
    InsuredPerson,
    NumberSequence,
    PaymentOrder,
    PaymentOrderItem,
    Policy,
    Provider,
    User,
)
from desktop_app.persistence.numbering import next_number  # noqa: E402
from desktop_app.persistence.unit_of_work import AuditActor, unit_of_work  # noqa: E402

C = CareCategory
# category, weight, lowest and highest amount claimed (FCFA, drawn log-uniformly)
CATEGORY_MIX: tuple[tuple[CareCategory, int, int, int], ...] = (
    (C.PHARMACY, 34, 2_000, 60_000),
    (C.CONSULTATION, 24, 5_000, 25_000),
    (C.LABORATORY, 12, 5_000, 60_000),
    (C.IMAGING, 5, 15_000, 150_000),
    (C.SPECIALIST, 5, 10_000, 60_000),
    (C.DENTAL_CARE, 4, 10_000, 100_000),
    (C.HOSPITALISATION, 3, 50_000, 900_000),
    (C.PHYSIOTHERAPY, 2, 10_000, 40_000),
    (C.OPTICAL, 2, 30_000, 200_000),
    (C.CHECKUP, 2, 20_000, 100_000),
    (C.MATERNITY, 2, 50_000, 300_000),
    (C.SURGERY, 1, 100_000, 1_500_000),
    (C.TRANSPORT, 1, 10_000, 60_000),
    (C.DENTAL_PROSTHESIS, 1, 50_000, 400_000),
)
LINES_PER_FILE = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
LINES_WEIGHTS = (10, 12, 13, 12, 11, 10, 9, 8, 8, 7)  # mean 5.05 lines a file
CONDITIONS = (
    (Condition.COMMON_ILLNESS, 70),
    (Condition.INFECTIOUS, 12),
    (Condition.CHRONIC, 8),
    (Condition.ACCIDENT, 8),
    (Condition.PREGNANCY, 2),
)
EXCLUSION_CODES = (
    "MED_COURANT",
    "NON_COUVERT",
    "DEPASSEMENT",
    "HYGIENE",
    "SANS_ORDO",
    "ESTHETIQUE",
)
PER_ACT = {
    line.category: line.per_act_ceiling for line in STANDARD_SCHEDULE.lines if line.per_act_ceiling
}
RATES = {pct: percent(pct) for pct in (60, 70, 80, 90, 100)}
ORDER_SIZE = 40
BATCH_FILES = 5_000
DOCUMENTS = json.dumps(
    {
        "claim_form": True,
        "receipts": True,
        "prescriptions": True,
        "pharmacy_stickers": True,
        "birth_certificate": False,
        "hospital_certificate": False,
    }
)
BENCH_ACTOR = AuditActor(None, "bench")


def n(value: int) -> str:
    """``1000000`` → ``1 000 000``."""
    return f"{value:,}".replace(",", " ")


@dataclass(slots=True)
class Person:
    id: int
    policy_id: int
    administrator_id: int | None
    entry: date
    rate: int
    mode: ManagementSystem
    payee: str  # the member's name: who is reimbursed under the classique system
    group: bool


@dataclass(slots=True)
class FilePlan:
    reception: date
    person: Person
    lines: int
    kind: str  # "month" (paid in --month), "other", "received" (not assessed yet)
    pay: date | None = None


@dataclass(slots=True)
class Settled:
    """A file to put in an order: ``pay`` None for an open order dated ``order_day``."""

    claim_id: int
    order_day: date
    pay: date | None
    mode: ManagementSystem
    amount: int
    payee: str
    lines: int


def _months_back(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    end = first - timedelta(days=1)
    return end.replace(day=1), end


def _month(text_value: str | None, today: date) -> tuple[date, date]:
    if not text_value:
        return _months_back(today)
    year, month = (int(part) for part in text_value.split("-"))
    start = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return start, nxt - timedelta(days=1)


class Ids:
    """Primary keys handed out here rather than read back: this transaction is the only
    writer (BEGIN IMMEDIATE), and ``RETURNING`` with ordered rows makes SQLAlchemy send one
    row per statement on SQLite (measured: ≈ 10 s more for 1 000 000 lines)."""

    def __init__(self, session: Session, tables: Sequence[str]) -> None:
        self.session = session
        self.before = {
            t: int(session.scalar(text(f"SELECT coalesce(max(id), 0) FROM {t}")) or 0)
            for t in tables
        }
        self.next = {t: last + 1 for t, last in self.before.items()}

    def give(self, table: str, rows: Sequence[dict[str, Any]]) -> list[int]:
        first = self.next[table]
        self.next[table] += len(rows)
        for offset, row in enumerate(rows):
            row["id"] = first + offset
        return list(range(first, first + len(rows)))

    def sync(self) -> None:
        """PostgreSQL: move each id sequence past the ids given here."""
        if self.session.get_bind().dialect.name == "postgresql":
            for t in self.next:
                self.session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                        f"(SELECT max(id) FROM {t}))"
                    )
                )


class Draw:
    """A weighted draw by bisection (``random.choices`` rebuilds its table at each call)."""

    def __init__(self, rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> None:
        self.rng, self.values = rng, [v for v, _ in pairs]
        self.cumulative = list(itertools.accumulate(w for _, w in pairs))
        self.total = self.cumulative[-1]

    def __call__(self) -> Any:
        return self.values[bisect.bisect(self.cumulative, self.rng.random() * self.total)]


def _take_block(session: Session, sequence: str, count: int) -> int:
    """``count`` consecutive numbers of a gap-free sequence (the first is returned)."""
    first = next_number(session, sequence)
    if count > 1:
        table = NumberSequence.__table__
        session.execute(
            update(table)
            .where(table.c.name == sequence)
            .values(last_value=table.c.last_value + (count - 1))
        )
    return first


class Generator:
    """Draws the files and their lines; one random stream, so a seed gives the same data."""

    def __init__(self, session: Session, seed: int, today: date) -> None:
        self.rng = random.Random(f"claims:{seed}")
        self.today, self.year_start = today, date(today.year, 1, 1)
        members = dict(
            session.execute(
                select(
                    InsuredPerson.id, InsuredPerson.last_name + " " + InsuredPerson.first_names
                ).where(InsuredPerson.member_id.is_(None))
            ).all()
        )
        sizes = dict(
            session.execute(
                select(InsuredPerson.policy_id, func.count())
                .where(InsuredPerson.kind == "member")
                .group_by(InsuredPerson.policy_id)
            ).all()
        )
        rows = session.execute(
            select(
                InsuredPerson.id,
                InsuredPerson.policy_id,
                InsuredPerson.member_id,
                InsuredPerson.entry_date,
                InsuredPerson.coverage_rate,
                Policy.administrator_id,
                Policy.management_system,
            )
            .join(Policy, Policy.id == InsuredPerson.policy_id)
            .where(
                InsuredPerson.cover_state == CoverState.COVERED,
                InsuredPerson.exit_date.is_(None),
                Policy.status == PolicyStatus.IN_FORCE,
                InsuredPerson.entry_date < today,
            )
        )
        self.persons = [
            Person(
                r[0],
                r[1],
                r[5],
                r[3],
                r[4],
                r[6],
                members.get(r[2] or r[0], ""),
                sizes.get(r[1], 0) >= 5,
            )
            for r in rows
        ]
        if not self.persons:
            raise SystemExit(
                "no covered person in the portfolio: run bench/make_portfolio.py first"
            )
        self.early = [p for p in self.persons if p.entry <= today - timedelta(days=120)]
        self.group_early = [p for p in self.early if p.group]
        providers = session.execute(
            select(Provider.id, Provider.name, Provider.kind, Provider.public)
        ).all()
        self.providers = {r[0]: (r[1], bool(r[3])) for r in providers}
        by_kind: dict[str, list[int]] = defaultdict(list)
        for r in providers:
            by_kind[str(getattr(r[2], "value", r[2]))].append(r[0])
        self.care_places = by_kind["clinic"] + by_kind["hospital"] + by_kind["practice"] or list(
            self.providers
        )
        self.pharmacies = by_kind["pharmacy"] or self.care_places
        self.laboratories = by_kind["laboratory"] or self.care_places
        self.category = Draw(self.rng, [(c, w) for c, w, *_ in CATEGORY_MIX])
        self.line_count = Draw(self.rng, list(zip(LINES_PER_FILE, LINES_WEIGHTS, strict=True)))
        self.condition = Draw(self.rng, CONDITIONS)
        self.amounts = {c: (lo, hi) for c, _, lo, hi in CATEGORY_MIX}
        self.serial = 0

    # -- the files ---------------------------------------------------------------------
    def plans(
        self, lines: int, paid_lines: int, received: int, month: tuple[date, date]
    ) -> list[FilePlan]:
        rng, plans = self.rng, []
        start, end = month
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        pay_days = [d for d in days if d.weekday() < 6 and d < self.today] or days
        left = paid_lines
        while left > 0:
            n = min(left, self.line_count())
            pay = rng.choice(pay_days)
            person = rng.choice(self.early)
            low, high = (
                max(person.entry + timedelta(days=1), self.year_start + timedelta(days=1)),
                pay - timedelta(days=8),
            )
            if low > high:
                continue
            reception = max(low, pay - timedelta(days=rng.randint(8, 40)))
            plans.append(FilePlan(reception, person, n, "month", pay))
            left -= n
        left = lines - paid_lines
        span_end = self.today - timedelta(days=1)
        while left > 0:
            person = rng.choice(self.persons)
            low = max(person.entry + timedelta(days=3), self.year_start + timedelta(days=2))
            if low > span_end:
                continue
            n = min(left, self.line_count())
            reception = low + timedelta(days=rng.randint(0, (span_end - low).days))
            plans.append(FilePlan(reception, person, n, "other"))
            left -= n
        pool = self.group_early or self.early
        for _ in range(received):
            plans.append(
                FilePlan(
                    self.today - timedelta(days=rng.randint(0, 10)), rng.choice(pool), 0, "received"
                )
            )
        order = {id(p): rng.random() for p in plans}
        plans.sort(
            key=lambda p: (p.reception, order[id(p)])
        )  # numbered in order of arrival (§10.1)
        return plans

    # -- one file and its lines --------------------------------------------------------
    def file(
        self,
        plan: FilePlan,
        number: str,
        users: dict[str, tuple[int, str]],
        month: tuple[date, date],
    ) -> tuple[dict[str, Any], list[dict[str, Any]], Settled | None]:
        rng, person = self.rng, plan.person
        provider_id = rng.choice(self.care_places)
        direct = person.mode is ManagementSystem.DIRECT_BILLING
        payee = self.providers[provider_id][0] if direct else (person.payee or "Assuré")
        received_at = datetime.combine(
            plan.reception, clock(rng.randint(8, 16), rng.randint(0, 59))
        )
        condition = self.condition()
        row: dict[str, Any] = {
            "number": number,
            "reception_date": plan.reception,
            "administrator_id": person.administrator_id,
            "person_id": person.id,
            "policy_id": person.policy_id,
            "condition": condition,
            "provider_id": provider_id,
            "mode": person.mode,
            "payee_name": payee,
            "documents": DOCUMENTS,
            "approval_ref": "",
            "next_action_date": None,
            "notes": "",
            "received_by": users["clerk"][1],
            "received_at": received_at,
            "simplified": False,
            "assessed_by_id": None,
            "assessed_by": "",
            "assessed_at": None,
            "status": ClaimState.RECEIVED,
            "reimbursed": 0,
            "member_pays": 0,
        }
        if plan.kind == "received":
            row["amount_claimed"] = rng.randint(20, 200) * 1_000
            row["condition"] = Condition.COMMON_ILLNESS
            return row, [], None
        lines = self.lines(plan, provider_id)
        settled: Settled | None = None
        if plan.kind == "month":
            assert plan.pay is not None
            assessed = min(
                plan.reception + timedelta(days=rng.randint(1, 5)), plan.pay - timedelta(days=3)
            )
            status, pay, order_day = ClaimState.PAID, plan.pay, plan.pay - timedelta(days=1)
        else:
            assessed = min(plan.reception + timedelta(days=rng.randint(1, 7)), self.today)
            pay = assessed + timedelta(days=rng.randint(7, 30))
            order_day = pay - timedelta(days=1)
            if pay < month[0]:
                status = ClaimState.PAID
            elif order_day <= self.today:
                status, pay = ClaimState.ORDERED, None
            else:
                status, pay = ClaimState.ASSESSED, None
        reimbursed = sum(line["reimbursed"] for line in lines)
        row.update(
            status=status,
            amount_claimed=sum(line["claimed"] for line in lines),
            reimbursed=reimbursed,
            member_pays=sum(line["member_pays"] for line in lines),
            assessed_by_id=users["clerk"][0],
            assessed_by=users["clerk"][1],
            assessed_at=datetime.combine(assessed, clock(rng.randint(8, 17), rng.randint(0, 59))),
        )
        if status in (ClaimState.PAID, ClaimState.ORDERED):
            settled = Settled(0, order_day, pay, person.mode, reimbursed, payee, len(lines))
        return row, lines, settled

    def lines(self, plan: FilePlan, provider_id: int) -> list[dict[str, Any]]:
        rng, person = self.rng, plan.person
        floor = max(person.entry, self.year_start)
        base_day = max(floor, plan.reception - timedelta(days=rng.randint(1, 20)))
        rate = RATES[person.rate]
        out = []
        for line_no in range(1, plan.lines + 1):
            category = self.category()
            where = (
                rng.choice(self.pharmacies)
                if category is C.PHARMACY
                else rng.choice(self.laboratories)
                if category is C.LABORATORY
                else provider_id
            )
            public = self.providers[where][1]
            lo, hi = self.amounts[category]
            acts = rng.randint(1, 5) if category is C.PHYSIOTHERAPY else 1
            claimed = max(100, round(lo * (hi / lo) ** rng.random(), -2)) * acts
            cmu = (
                claimed * rng.randint(10, 30) // 100 // 100 * 100
                if public and rng.random() < 0.4
                else 0
            )
            excluded, reason = 0, ""
            if rng.random() < 0.07:
                excluded = min(
                    claimed - cmu - 100, claimed * rng.randint(5, 40) // 100 // 100 * 100
                )
                reason = rng.choice(EXCLUSION_CODES) if excluded > 0 else ""
                excluded = max(excluded, 0)
            base = claimed - cmu - excluded
            at_rate = apply_rate(base, rate)
            reimbursed, cap = at_rate, (Cap.RATE if at_rate < base else Cap.NONE)
            ceiling = PER_ACT.get(category)
            if ceiling is not None and ceiling * acts < at_rate:
                reimbursed, cap = ceiling * acts, Cap.PER_ACT
            care = base_day if rng.random() < 0.7 else base_day + timedelta(days=rng.randint(0, 3))
            self.serial += 1
            out.append(
                {
                    "line_no": line_no,
                    "person_id": person.id,
                    "care_date": min(care, plan.reception),
                    "prestation_number": f"FS{self.serial:09d}",
                    "category": category.value,
                    "provider_id": where,
                    "claimed": claimed,
                    "cmu_share": cmu,
                    "excluded": excluded,
                    "exclusion_reason": reason,
                    "approval_ref": "",
                    "stay_days": rng.randint(1, 7) if category is C.HOSPITALISATION else None,
                    "acts": acts,
                    "public_facility": public,
                    "abroad": False,
                    "scanner": False,
                    "base": base,
                    "rate": rate,
                    "at_rate": at_rate,
                    "reimbursed": reimbursed,
                    "member_pays": claimed - cmu - reimbursed,
                    "cap": cap.value,
                    "blocked": False,
                    "duplicate_confirmed_by": "",
                }
            )
        return out


def _users(session: Session) -> dict[str, tuple[int, str]]:
    """Who received and assessed (« sinistres »), who signs (« signataire »), who pays
    (« compta »): the demo users, or the bench user (every role) when they are missing."""
    codes = dict(session.execute(select(User.code, User.id)).all())
    names = dict(session.execute(select(User.code, User.full_name)).all())
    bench = (codes[make_portfolio.BENCH_USER], make_portfolio.BENCH_USER)
    clerk = (codes["sinistres"], "sinistres") if "sinistres" in codes else bench
    signer = (
        "signataire"
        if "signataire" in codes and codes["signataire"] != clerk[0]
        else make_portfolio.BENCH_USER
    )
    payer = (codes["compta"], "compta") if "compta" in codes else bench
    return {"clerk": clerk, "signer": (codes[signer], names.get(signer) or signer), "payer": payer}


def _orders(
    session: Session,
    ids: Ids,
    settled: list[Settled],
    users: dict[str, tuple[int, str]],
    reversals: int,
    month: tuple[date, date],
    rng: random.Random,
) -> dict[str, int]:
    """Payment orders of up to ORDER_SIZE files with the same day and system, and their
    payments (§10.3, §10.4); ``reversals`` payments of the month reversed and paid again."""
    groups: dict[tuple[date, date | None, ManagementSystem], list[Settled]] = defaultdict(list)
    for s in settled:
        groups[(s.order_day, s.pay, s.mode)].append(s)
    chunks = [
        (key, files[i : i + ORDER_SIZE])
        for key, files in sorted(
            groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or date.max, kv[0][2].value)
        )
        for i in range(0, len(files), ORDER_SIZE)
    ]
    counts = {"payment_orders": 0, "payment_order_items": 0, "claim_payments": 0, "reversed": 0}
    by_year: dict[int, int] = defaultdict(int)
    for (day, _pay, _mode), _files in chunks:
        by_year[day.year] += 1
    first = {
        year: _take_block(session, payment_order_sequence(year), n)
        for year, n in sorted(by_year.items())
    }
    taken: dict[int, int] = defaultdict(int)
    month_files = [
        s
        for (_k, files) in chunks
        for s in files
        if s.pay is not None and month[0] <= s.pay <= month[1] - timedelta(days=2)
    ]
    reversed_ids = {s.claim_id for s in rng.sample(month_files, min(reversals, len(month_files)))}
    signer_id, signer_name = users["signer"]
    for start in range(0, len(chunks), 2_000):
        part = chunks[start : start + 2_000]
        rows = []
        for (day, pay, _mode), files in part:
            n = first[day.year] + taken[day.year]
            taken[day.year] += 1
            rows.append(
                {
                    "number": format_payment_order_number(day.year, n),
                    "order_date": day,
                    "signatory_id": signer_id,
                    "signatory": signer_name,
                    "status": "paid" if pay else "open",
                    "total": sum(f.amount for f in files),
                    "created_by": users["clerk"][1],
                    "created_at": datetime.combine(day, clock(10, 0)),
                    "cancel_reason": "",
                }
            )
        order_ids = ids.give("payment_orders", rows)
        session.execute(insert(PaymentOrder.__table__), rows)
        items, payments, originals = [], [], []
        for order_id, ((_day, pay, mode), files) in zip(order_ids, part, strict=True):
            payment_mode = (
                rng.choice((PaymentMode.TRANSFER, PaymentMode.TRANSFER, PaymentMode.CHEQUE))
                if mode is ManagementSystem.DIRECT_BILLING
                else rng.choice(
                    (PaymentMode.CHEQUE, PaymentMode.CHEQUE, PaymentMode.TRANSFER, PaymentMode.CASH)
                )
            )
            reference = (
                ""
                if payment_mode is PaymentMode.CASH
                else f"{'VIR' if payment_mode is PaymentMode.TRANSFER else 'CHQ'}{order_id:08d}"
            )
            for f in files:
                items.append(
                    {
                        "order_id": order_id,
                        "claim_id": f.claim_id,
                        "open_claim_id": f.claim_id,
                        "amount": f.amount,
                    }
                )
                if pay is None:
                    continue
                payment = {
                    "order_id": order_id,
                    "claim_id": f.claim_id,
                    "paid_claim_id": f.claim_id,
                    "payment_date": pay,
                    "period_label": decade_label(decade_of(pay)),
                    "mode": payment_mode,
                    "reference": reference,
                    "payee": f.payee,
                    "amount": f.amount,
                    "reversal_of_id": None,
                    "reason": "",
                    "created_by": users["payer"][1],
                    "created_at": datetime.combine(pay, clock(11, 0)),
                }
                if f.claim_id in reversed_ids:
                    originals.append((payment, f))
                else:
                    payments.append(payment)
        session.execute(insert(PaymentOrderItem.__table__), items)
        if payments:
            ids.give("claim_payments", payments)
            session.execute(insert(ClaimPayment.__table__), payments)
        counts["payment_orders"] += len(rows)
        counts["payment_order_items"] += len(items)
        counts["claim_payments"] += len(payments)
        if originals:
            counts["claim_payments"] += _reverse(session, ids, originals, month, rng)
            counts["reversed"] += len(originals)
    return counts


def _reverse(
    session: Session,
    ids: Ids,
    originals: list[tuple[dict[str, Any], Settled]],
    month: tuple[date, date],
    rng: random.Random,
) -> int:
    """The payment, its counter-entry a few days later, and the payment made again (§10.4)."""
    first_rows = [{**payment, "paid_claim_id": None} for payment, _ in originals]
    first_ids = ids.give("claim_payments", first_rows)
    session.execute(insert(ClaimPayment.__table__), first_rows)
    rows = []
    for payment_id, (payment, _f) in zip(first_ids, originals, strict=True):
        day = min(
            payment["payment_date"] + timedelta(days=rng.randint(1, 4)),
            month[1] - timedelta(days=1),
        )
        again = day + timedelta(days=1)
        rows.append(
            {
                **payment,
                "id": None,
                "paid_claim_id": None,
                "payment_date": day,
                "amount": -payment["amount"],
                "period_label": decade_label(decade_of(day)),
                "reversal_of_id": payment_id,
                "reason": "Chèque retourné : coordonnées bancaires erronées",
                "created_at": datetime.combine(day, clock(9, 0)),
            }
        )
        rows.append(
            {
                **payment,
                "id": None,
                "payment_date": again,
                "period_label": decade_label(decade_of(again)),
                "reference": f"{payment['reference']}B" if payment["reference"] else "",
                "created_at": datetime.combine(again, clock(11, 0)),
            }
        )
    ids.give("claim_payments", rows)
    session.execute(insert(ClaimPayment.__table__), rows)
    return len(first_ids) + len(rows)


def _schedules(session: Session) -> int:
    """The standard schedule on every policy without one: assessing needs a schedule."""
    missing = list(
        session.scalars(
            select(Policy.id).where(
                ~select(BenefitLineRow.id).where(BenefitLineRow.policy_id == Policy.id).exists()
            )
        )
    )
    rows = [
        {"policy_id": pid, **line.to_dict()} for pid in missing for line in STANDARD_SCHEDULE.lines
    ]
    for i in range(0, len(rows), 20_000):
        session.execute(insert(BenefitLineRow.__table__), rows[i : i + 20_000])
    return len(missing)


AUDIT_SQL = {  # what the per-row audit of the clerks' work would have written (one insert each)
    "claims": (
        "SELECT received_at AS at, id, json_object('number', number, 'status', status, "
        "'amount_claimed', amount_claimed) AS after FROM claims"
    ),
    "assessment_lines": (
        "SELECT c.assessed_at AS at, l.id AS id, json_object('claim_id', l.claim_id, 'line_no', "
        "l.line_no, 'category', l.category, 'claimed', l.claimed, 'reimbursed', l.reimbursed) "
        "AS after FROM assessment_lines l JOIN claims c ON c.id = l.claim_id"
    ),
    "payment_orders": (
        "SELECT created_at AS at, id, json_object('number', number, 'total', total) AS after "
        "FROM payment_orders"
    ),
    "payment_order_items": (
        "SELECT o.created_at AS at, i.id AS id, json_object('order_id', i.order_id, "
        "'claim_id', i.claim_id, 'amount', i.amount) AS after FROM payment_order_items i "
        "JOIN payment_orders o ON o.id = i.order_id"
    ),
    "claim_payments": (
        "SELECT created_at AS at, id, json_object('claim_id', claim_id, 'amount', amount) AS after "
        "FROM claim_payments"
    ),
}


def _audit(session: Session, before: Mapping[str, int], user: str) -> int:
    """One ``INSERT … SELECT`` per table, for the rows this run wrote (ids above ``before``)."""
    written = 0
    for table, source in AUDIT_SQL.items():
        result = session.execute(
            text(
                "INSERT INTO audit_entries (at, user_id, user_code, action, table_name, record_id, before, after) "
                f"SELECT s.at, NULL, :user, 'insert', '{table}', CAST(s.id AS TEXT), NULL, s.after "
                f"FROM ({source}) AS s WHERE s.id > :after ORDER BY s.id"
            ),
            {"after": before[table], "user": user},
        )
        written += result.rowcount or 0
    return written


def generate(
    db: Database,
    lines: int,
    paid_lines: int,
    received: int,
    month: tuple[date, date],
    seed: int,
    reversals: int,
    audit: bool,
    today: date,
) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    marks = time.perf_counter()

    def phase(label: str) -> None:
        nonlocal marks
        now = time.perf_counter()
        print(f"  {label:<46} {now - marks:6.1f} s")
        marks = now

    with unit_of_work(db, BENCH_ACTOR) as session:
        if db.is_sqlite:
            # 256 MB of page cache for this connection: the default 2 MB cannot hold the pages
            # of the (person, care date) index that a million random inserts touch.
            session.execute(text("PRAGMA cache_size = -262144"))
        ids = Ids(session, list(AUDIT_SQL))
        counts["policies_given_a_schedule"] = _schedules(session)
        users = _users(session)
        gen = Generator(session, seed, today)
        plans = gen.plans(lines, paid_lines, received, month)
        phase(f"read the portfolio, drew {n(len(plans))} files")
        first_number: dict[int, int] = {}
        for year in sorted({p.reception.year for p in plans}):
            first_number[year] = _take_block(
                session, claim_sequence(year), sum(1 for p in plans if p.reception.year == year)
            )
        taken: dict[int, int] = defaultdict(int)
        settled: list[Settled] = []
        lines_table = AssessmentLine.__table__
        for start in range(0, len(plans), BATCH_FILES):
            claim_rows, line_rows, pending = [], [], []
            for plan in plans[start : start + BATCH_FILES]:
                year = plan.reception.year
                number = format_claim_number(year, first_number[year] + taken[year])
                taken[year] += 1
                row, file_lines, settle = gen.file(plan, number, users, month)
                claim_rows.append(row)
                line_rows.append(file_lines)
                pending.append(settle)
            claim_ids = ids.give("claims", claim_rows)
            session.execute(insert(Claim.__table__), claim_rows)
            flat = []
            for claim_id, file_lines in zip(claim_ids, line_rows, strict=True):
                for line in file_lines:
                    line["claim_id"] = claim_id
                flat += file_lines
            for i in range(0, len(flat), 25_000):
                session.execute(insert(lines_table), flat[i : i + 25_000])
            for claim_id, settle in zip(claim_ids, pending, strict=True):
                if settle is not None:
                    settle.claim_id = claim_id
                    settled.append(settle)
            counts["claims"] += len(claim_ids)
            counts["assessment_lines"] += len(flat)
        phase(f"claims and décompte lines ({n(counts['assessment_lines'])} lines)")
        counts.update(_orders(session, ids, settled, users, reversals, month, gen.rng))
        phase("payment orders, items and payments")
        if audit:
            counts["audit_entries"] = _audit(session, ids.before, users["clerk"][1])
            phase(f"audit rows ({n(counts['audit_entries'])})")
        ids.sync()
        session.execute(
            insert(AuditEntry.__table__),
            [
                {
                    "at": datetime.now().replace(microsecond=0),
                    "user_id": None,
                    "user_code": BENCH_ACTOR.code,
                    "action": "insert",
                    "table_name": "bench",
                    "record_id": f"claims:{seed}",
                    "before": None,
                    "after": json.dumps(dict(counts), sort_keys=True),
                }
            ],
        )
        print("  committing…")
    phase("commit")
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db", required=True, help="SQLite file (a portfolio of make_portfolio.py)"
    )
    parser.add_argument(
        "--lines", type=int, default=1_000_000, help="décompte lines in all (default 1 000 000)"
    )
    parser.add_argument("--paid-lines", type=int, default=100_000, help="lines paid during --month")
    parser.add_argument("--month", help="YYYY-MM of the paid lines (default: the last full month)")
    parser.add_argument(
        "--received", type=int, default=5_000, help="files received, not assessed yet"
    )
    parser.add_argument(
        "--reversals", type=int, default=20, help="payments of the month reversed and paid again"
    )
    parser.add_argument(
        "--size", type=int, default=200_000, help="persons the portfolio needs (make_portfolio)"
    )
    parser.add_argument(
        "--audit", action="store_true", help="also the per-row audit trail (SQLite)"
    )
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    if not 0 <= args.paid_lines <= args.lines:
        parser.error("--paid-lines must be between 0 and --lines")
    make_portfolio.main(["--size", str(args.size), "--out", args.db])
    db = make_portfolio.open_bench_database(args.db)
    today = date.today()
    month = _month(args.month, today)
    with db.read() as session:
        existing = int(session.scalar(select(func.count(AssessmentLine.id))) or 0)
        files = int(session.scalar(select(func.count(Claim.id))) or 0)
    if files:
        print(
            f"reused: {args.db} already holds {n(files)} claim files and {n(existing)} décompte lines"
        )
        db.dispose()
        return 0
    print(
        f"{db.describe()}: {n(args.lines)} décompte lines, {n(args.paid_lines)} paid from {month[0]:%d/%m/%Y} "
        f"to {month[1]:%d/%m/%Y}, {n(args.received)} files to assess"
    )
    wall, cpu = time.perf_counter(), time.process_time()
    counts = generate(
        db,
        args.lines,
        args.paid_lines,
        args.received,
        month,
        args.seed,
        args.reversals,
        args.audit,
        today,
    )
    seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
    rows = sum(v for k, v in counts.items() if k not in ("reversed", "policies_given_a_schedule"))
    print("  " + ", ".join(f"{k} {n(v)}" for k, v in counts.items()))
    print(
        f"make_claims: {seconds:.1f} s wall, {cpu_seconds:.1f} s CPU for {n(rows)} rows "
        f"({n(round(rows / seconds))} rows/s)"
    )
    if db.sqlite_path:
        print(f"file {os.path.getsize(db.sqlite_path) / 1e6:.0f} MB")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
