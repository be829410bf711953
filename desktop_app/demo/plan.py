"""Plans the demo portfolio as plain rows: policy sizes and dates, then each policy's persons.

Pure Python driven by ``random.Random`` streams: ``services.demo`` writes the rows and
gives them their numbers. Amounts are ``int`` FCFA and rates ``Decimal`` (house rules).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.demo import data
from desktop_app.domain.dates import age_on, year_end
from desktop_app.domain.kinds import (
    COVERAGE_RATES,
    CareNetwork,
    Coinsurance,
    CoverState,
    Gender,
    IntermediaryKind,
    ManagementSystem,
    PaymentTerms,
    PolicyStatus,
    Relationship,
    SubscriberKind,
)
from desktop_app.domain.money import round_fcfa
from desktop_app.domain.text import search_key

Row = dict[str, Any]

GROUP_SHARE = 0.045  # chance a policy is a group: groups then hold about 70 % of persons
MIN_PREMIUM, MAX_PREMIUM = 150_000, 900_000
BASE_PREMIUM = {100: 360_000, 90: 320_000, 80: 280_000, 70: 240_000, 60: 200_000}
ZONE_PCT = {1: 100, 2: 135, 3: 180}
CEILINGS = (1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000)
TAX_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CEILING_PCT = {1_000_000: 85, 1_500_000: 92, 2_000_000: 100, 3_000_000: 112, 5_000_000: 130}


@dataclass(frozen=True)
class Party:
    intermediaries: list[tuple[str, int, Decimal, IntermediaryKind]]  # code, id, rate, kind
    administrators: list[
        tuple[str, int, Decimal, str, str]
    ]  # code, id, fee rate, ref prefix, style


@dataclass(frozen=True)
class Header:
    """A policy before its persons: enough to number it in issue order."""

    index: int
    group: bool
    issue_date: date
    effective_date: date
    dependents: tuple[int, ...]  # per member, how many dependents


@dataclass
class PolicyPlan:
    subscriber: Row
    policy: Row  # without number, administrator_ref and subscriber_id (given when written)
    tracking: Row
    ref_prefix: str
    matricule_style: str | None  # the administrator's format, or None: the office's
    members: list[tuple[Row, list[Row]]]

    @property
    def person_count(self) -> int:
        return sum(1 + len(deps) for _m, deps in self.members)


def _weighted(rng: random.Random, values: tuple[int, ...], weights: tuple[int, ...]) -> int:
    return rng.choices(values, weights)[0]


def _group_members(rng: random.Random) -> int:
    band = rng.random()
    if band < 0.60:
        return rng.randint(5, 30)
    if band < 0.88:
        return rng.randint(31, 150)
    return rng.randint(151, 600)


def make_headers(rng: random.Random, size: int, today: date) -> list[Header]:
    """Policies whose persons add up to exactly ``size``, sorted by issue date (so that
    policy numbers rise with it). The first is a group when the demo is big enough."""
    year = today.year
    start = date(year, 1, 1)
    span = max((min(today, date(year, 12, 1)) - start).days, 30)
    headers: list[Header] = []
    remaining = size
    # A small demo still shows several policies: a group takes at most ~30 % of the persons.
    largest_group = max(5, size * 3 // 24)
    while remaining > 0:
        group = (not headers and size >= 20) or (remaining >= 10 and rng.random() < GROUP_SHARE)
        if group:
            wanted = [
                _weighted(rng, (0, 1, 2, 3, 4, 5), (35, 20, 20, 14, 8, 3))
                for _ in range(min(_group_members(rng), largest_group))
            ]
        else:
            wanted = [
                _weighted(rng, (0, 1, 2, 3, 4, 5, 6), (25, 20, 20, 17, 10, 5, 3))
                for _ in range(_weighted(rng, (1, 2, 3, 4), (72, 18, 7, 3)))
            ]
        dependents: list[int] = []
        for count in wanted:
            if remaining <= 0:
                break
            taken = min(count, remaining - 1)
            dependents.append(taken)
            remaining -= 1 + taken
        # Renewals on 1 January are the most common effective date.
        effective = start if rng.random() < 0.35 else start + timedelta(days=rng.randrange(span))
        issue = min(effective - timedelta(days=rng.randint(0, 25)), today)
        headers.append(Header(len(headers), group, issue, effective, tuple(dependents)))
    headers.sort(key=lambda h: (h.issue_date, h.index))
    return headers


def _premium(
    rate: int,
    zone: int,
    ceiling: int,
    age: int,
    child: bool,
    persons: int,
    network: CareNetwork,
    system: ManagementSystem,
) -> int:
    """A plausible annual net premium (the demo's own grid, in the spirit of §4)."""
    amount = (
        Decimal(BASE_PREMIUM[rate]) * ZONE_PCT[zone] / 100 * CEILING_PCT.get(ceiling, 100) / 100
    )
    if child:
        amount = amount * Decimal("0.6")
    if network == CareNetwork.PUBLIC_ONLY:
        amount = amount * Decimal("0.5")
    for floor, cut in ((1001, 30), (501, 25), (101, 20), (50, 10)):
        if persons >= floor:
            amount = amount * (100 - cut) / 100
            break
    if system == ManagementSystem.REIMBURSEMENT:
        amount = amount * Decimal("0.95")
    if 56 <= age <= 60:
        amount = amount * Decimal("1.15")
    rounded = round_fcfa(amount / 500) * 500
    return max(MIN_PREMIUM, min(MAX_PREMIUM, rounded))


def _name(rng: random.Random, gender: Gender) -> str:
    pool = data.MALE_FIRST_NAMES if gender == Gender.MALE else data.FEMALE_FIRST_NAMES
    first = rng.choice(pool)
    if rng.random() < 0.35:
        second = rng.choice(pool)
        if second != first:
            return f"{first} {second}"
    return first


def _birth(rng: random.Random, on: date, low: int, high: int) -> date:
    """A birth date giving an age between ``low`` and ``high`` on ``on``."""
    birth = on - timedelta(days=rng.randint(low * 365 + 1, high * 365 + 364))
    while age_on(birth, on) > high:
        birth += timedelta(days=2)
    return birth


def _phone(rng: random.Random) -> str:
    return (
        f"+225 {rng.choice(('07', '05', '01'))} {rng.randint(10, 99)} {rng.randint(10, 99)} "
        f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
    )


class _PolicyPlanner:
    def __init__(self, rng: random.Random, header: Header, party: Party, today: date) -> None:
        self.rng, self.header, self.today = rng, header, today
        self.effective = header.effective_date
        self.persons = len(header.dependents) + sum(header.dependents)
        rng = self.rng
        if header.group:
            self.inter = rng.choices(party.intermediaries, (10, 15, 10, 10, 20, 20, 15))[0]
        else:
            self.inter = rng.choices(party.intermediaries, (25, 20, 15, 10, 10, 10, 10))[0]
        self.adm = rng.choice(party.administrators)
        self.network = CareNetwork.PUBLIC_ONLY if rng.random() < 0.12 else CareNetwork.ALL
        self.system = (
            ManagementSystem.REIMBURSEMENT
            if rng.random() < 0.2
            else ManagementSystem.DIRECT_BILLING
        )
        # One or two options (cadres / agents) for a group, one for a family.
        self.options = [
            self._option() for _ in range(2 if header.group and rng.random() < 0.4 else 1)
        ]

    def _option(self) -> tuple[int, int, int]:
        rng = self.rng
        return (
            _weighted(rng, COVERAGE_RATES, (15, 20, 35, 20, 10)),
            _weighted(rng, (1, 2, 3), (72, 20, 8)),
            rng.choice(CEILINGS),
        )

    def person(
        self,
        relationship: Relationship,
        gender: Gender,
        last_name: str,
        birth: date,
        entry: date,
        option: tuple[int, int, int],
    ) -> Row:
        rng = self.rng
        rate, zone, ceiling = option
        first_names = _name(rng, gender)
        age = age_on(birth, self.effective)
        computed = _premium(
            rate,
            zone,
            ceiling,
            age,
            relationship == Relationship.CHILD,
            self.persons,
            self.network,
            self.system,
        )
        applied, surcharge, reason, exclusions = computed, Decimal(0), "", ""
        if relationship != Relationship.CHILD and rng.random() < 0.02:
            surcharge = Decimal(rng.choice(("0.10", "0.15", "0.20", "0.25", "0.30")))
            reason = rng.choice(data.SURCHARGE_REASONS)
            applied = computed = round_fcfa(computed * (1 + surcharge))
            if rng.random() < 0.3:
                exclusions = rng.choice(data.EXCLUSIONS)
        elif not self.header.group and rng.random() < 0.02:
            applied = round_fcfa(Decimal(computed) / 5000) * 5000 + 5000  # typed by hand (§4)
        return {
            "relationship": relationship,
            "last_name": last_name,
            "first_names": first_names,
            "last_name_key": search_key(last_name),
            "first_names_key": search_key(first_names),
            "birth_date": birth,
            "birth_place": rng.choice(data.BIRTH_PLACES),
            "gender": gender,
            "cmu_number": str(rng.randrange(10**12, 10**13)),
            "entry_date": entry,
            "exit_date": None,
            "cover_state": CoverState.COVERED,
            "coverage_rate": rate,
            "zone": zone,
            "annual_ceiling": ceiling,
            "annual_net_premium": applied,
            "computed_annual_premium": computed,
            "medical_surcharge_rate": surcharge,
            "surcharge_reason": reason,
            "exclusions": exclusions,
            "age_override_reason": "",
            "age_override_by": "",
        }

    def _later(self, after: date) -> date:
        """A day between ``after`` and today (an incorporation during the year)."""
        room = (self.today - after).days
        return after + timedelta(days=self.rng.randint(1, room)) if room > 1 else after

    def _leave(self, row: Row, state: CoverState) -> None:
        """Suspend or remove a person; a removal needs a past exit date (§ preamble)."""
        if state == CoverState.REMOVED:
            if (self.today - row["entry_date"]).days < 2:
                return
            row["exit_date"] = self._later(row["entry_date"])
        row["cover_state"] = state

    def dependent(
        self, member: Row, relationship: Relationship, option: tuple[int, int, int]
    ) -> Row:
        rng = self.rng
        member_age = age_on(member["birth_date"], self.effective)
        entry = member["entry_date"] if rng.random() < 0.9 else self._later(member["entry_date"])
        if rng.random() < 0.12:  # §3: a dependent's guarantees may differ from the member's
            rate, zone, ceiling = option
            option = (
                (rng.choice([r for r in COVERAGE_RATES if r != rate]), zone, ceiling)
                if rng.random() < 0.6
                else (rate, zone, rng.choice([c for c in CEILINGS if c != ceiling]))
            )
        if relationship == Relationship.SPOUSE:
            gender = Gender.FEMALE if member["gender"] == Gender.MALE else Gender.MALE
            birth = _birth(
                rng,
                self.effective,
                max(19, min(59, member_age - 8)),
                max(19, min(59, member_age + 3)),
            )
            last = (
                member["last_name"]
                if gender == Gender.FEMALE and rng.random() < 0.5
                else rng.choice(data.LAST_NAMES)
            )
        elif relationship == Relationship.CHILD:
            gender = rng.choice((Gender.MALE, Gender.FEMALE))
            last = member["last_name"]
            if rng.random() < 0.06 and self.today > self.effective:  # born during the year
                birth = self._later(self.effective)
                entry = max(entry, birth)
            else:
                birth = _birth(rng, self.effective, 0, max(0, min(21, member_age - 19)))
        else:
            gender = rng.choice((Gender.MALE, Gender.FEMALE))
            birth = _birth(rng, self.effective, 8, 55)
            last = rng.choice(data.LAST_NAMES)
        return self.person(relationship, gender, last, birth, entry, option)

    def plan(self) -> PolicyPlan:
        rng, header = self.rng, self.header
        members: list[tuple[Row, list[Row]]] = []
        for count in header.dependents:
            gender = Gender.MALE if rng.random() < (0.6 if header.group else 0.5) else Gender.FEMALE
            option = rng.choice(self.options)
            entry = (
                self.effective
                if not header.group or rng.random() < 0.85
                else self._later(self.effective)
            )
            member = self.person(
                Relationship.SELF,
                gender,
                rng.choice(data.LAST_NAMES),
                _birth(rng, self.effective, 22, 59),
                entry,
                option,
            )
            dependents = []
            for k in range(count):
                relationship = (
                    Relationship.SPOUSE
                    if k == 0 and rng.random() < 0.7
                    else Relationship.OTHER
                    if rng.random() < 0.05
                    else Relationship.CHILD
                )
                dependents.append(self.dependent(member, relationship, option))
            draw = rng.random()
            state = (
                CoverState.SUSPENDED
                if draw < 0.015
                else CoverState.REMOVED
                if draw < 0.03
                else None
            )
            if state is not None:
                self._leave(member, state)
                for row in dependents:  # a member's dependents leave with them
                    row["cover_state"], row["exit_date"] = (
                        member["cover_state"],
                        member["exit_date"],
                    )
            for row in dependents:
                if row["exit_date"] is not None and row["exit_date"] <= row["entry_date"]:
                    row["exit_date"], row["cover_state"] = None, CoverState.SUSPENDED
            members.append((member, dependents))
        return PolicyPlan(
            self._subscriber(members[0][0]),
            self._policy(),
            self._tracking(),
            self.adm[3],
            self.adm[4] if rng.random() < 0.35 else None,
            members,
        )

    def _subscriber(self, first_member: Row) -> Row:
        rng = self.rng
        company = self.header.group or rng.random() < 0.08
        if company:
            name = (
                f"{rng.choice(data.COMPANY_HEADS)} {rng.choice(data.COMPANY_TRADES)} "
                f"{rng.choice(data.COMPANY_FORMS)}"
            )
            contact = f"{rng.choice(data.LAST_NAMES)} {_name(rng, rng.choice(tuple(Gender)))} (DRH)"
            tax_id = f"CC {rng.randint(1000000, 9999999)} {rng.choice(TAX_LETTERS)}"
            email = f"rh@{search_key(name).replace(' ', '-')[:40]}.example"
        else:
            name = f"{first_member['last_name']} {first_member['first_names']}"
            contact, tax_id, email = "", "", ""
        return {
            "kind": SubscriberKind.COMPANY if company else SubscriberKind.PERSON,
            "name": name,
            "name_key": search_key(name),
            "address": rng.choice(data.STREETS),
            "city": rng.choice(data.CITIES),
            "phone": _phone(rng),
            "phone2": _phone(rng) if rng.random() < 0.3 else "",
            "email": email,
            "tax_id": tax_id,
            "contact_person": contact,
        }

    def _policy(self) -> Row:
        rng, header = self.rng, self.header
        ceiling = rng.choice(
            (5_000_000, 10_000_000, 15_000_000, None)
            if header.group
            else (3_000_000, 5_000_000, None)
        )
        return {
            "status": PolicyStatus.IN_FORCE,
            "intermediary_id": self.inter[1],
            "administrator_id": self.adm[1],
            "issue_date": header.issue_date,
            "effective_date": self.effective,
            "expiry_date": year_end(self.effective),
            "tacit_renewal": rng.random() < 0.9,
            "payment_terms": PaymentTerms.INSTALMENTS
            if header.group and rng.random() < 0.4
            else PaymentTerms.CASH,
            "coinsurance": Coinsurance.NONE,
            "coinsurance_share": None,
            "cancellation_notice_days": rng.choice((30, 60, 60, 90)),
            "management_system": self.system,
            "care_network": self.network,
            "commission_rate": self.inter[2],
            "management_fee_rate": self.adm[2],
            "overall_annual_ceiling": ceiling,
        }

    def _tracking(self) -> Row:
        issue = self.header.issue_date
        sent = issue + timedelta(days=self.rng.randint(1, 10))
        signed = sent + timedelta(days=self.rng.randint(3, 30))
        return {
            "contract_received_on": issue - timedelta(days=self.rng.randint(0, 5)),
            "entered_on": issue,
            "entered_by": "démo",
            "payment_amount": None,
            "payment_type": "",
            "sent_to_subscriber_on": sent if sent <= self.today else None,
            "signed_copy_returned_on": signed
            if signed <= self.today and self.rng.random() < 0.8
            else None,
        }


def plan_policy(rng: random.Random, header: Header, party: Party, today: date) -> PolicyPlan:
    """The rows of one policy: subscriber, policy, follow-up, members and dependents."""
    return _PolicyPlanner(rng, header, party, today).plan()
