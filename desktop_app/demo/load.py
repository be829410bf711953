"""Fills the database with a realistic demo portfolio (issue 2, part 9), deterministic for a seed.

What ``load_demo`` writes, all for the current policy year (domain.md §1–§4): the company
row if absent; the head office, agents and brokers; four administrators; providers; then
``size`` insured persons spread over individual policies (1–4 members) and group
policies (5 to several hundred members), each policy issued, in force, numbered from the
policy sequence, expiring on 31 December; persons with accented Ivorian names, CMU
numbers, matricules from the matricule sequence (or in the administrator's own style,
built on the same sequence number so they stay unique), their own guarantees (some
dependents differ from their member, §3), a few surcharged, suspended or removed; a
placeholder photo each for small demos; and one demo user per role, with a random
password printed once.

Everything is written in ONE unit of work: the demo is there entirely or not at all.

**A second call adds to the portfolio; it never refuses.** Reference rows, the company
and users that already exist (same code or name) are reused and left alone; new
subscribers, policies and persons take the next numbers of the sequences, so nothing
clashes. The random stream is seeded with ``seed`` *and* the number of persons already
there: the same call on the same database gives the same data, a repeated call gives
new names.

**Audit.** Up to ``FAST_PATH_SIZE`` persons everything goes through the ORM in one unit
of work, so the audit trail records every insert as for a clerk's work. From that size
on, subscribers, policies, persons and follow-up rows are written with SQLAlchemy Core
``executemany`` in batches, bypassing the per-row audit (which would triple the volume
written and the time taken); ONE summary audit row (table ``demo``, action ``insert``,
``after`` = the counts) records the load instead. Reference rows and users are always
audited one by one. Large demos carry no photos.
"""

from __future__ import annotations

import json
import random
import secrets
import string
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, exists, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.demo import data
from desktop_app.demo.claims import CLERK
from desktop_app.demo.endorsements import ENDORSER, load_demo_endorsements
from desktop_app.demo.issue import ISSUER
from desktop_app.demo.plan import Party, PolicyPlan, make_headers, plan_policy
from desktop_app.domain.errors import DomainError, FieldError
from desktop_app.domain.kinds import PolicyCategory, policy_category
from desktop_app.domain.money import group_digits
from desktop_app.domain.numbers import (
    MATRICULE_SEQUENCE,
    format_matricule,
    format_policy_number,
    policy_sequence,
)
from desktop_app.domain.roles import ROLE_LABELS, Role
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import (
    Administrator,
    AuditEntry,
    Claim,
    Company,
    Dependent,
    InsuredPerson,
    Intermediary,
    Member,
    NumberSequence,
    PersonPhoto,
    Policy,
    PolicyTracking,
    Provider,
    Quittance,
    Subscriber,
    User,
    UserRole,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.persistence.unit_of_work import AuditActor, unit_of_work
from desktop_app.services.administration.company import COMPANY_ID
from desktop_app.services.administration.passwords import hash_password

FAST_PATH_SIZE = 20_000
"""From this many persons on, the Core fast path without per-row audit is used."""
PHOTO_MAX_SIZE = 2_000
"""Demos up to this many persons get a placeholder photo per person."""
CHUNK_PERSONS = 5_000
DEMO_ACTOR = AuditActor(None, "démo")

Progress = Callable[[str], None]


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass(frozen=True)
class DemoReport:
    """What one call created (rows that already existed are not counted)."""

    intermediaries: int = 0
    administrators: int = 0
    providers: int = 0
    subscribers: int = 0
    individual_policies: int = 0
    group_policies: int = 0
    members: int = 0
    dependents: int = 0
    photos: int = 0
    quittances: int = 0
    claims: int = 0
    endorsements: int = 0  # endorsements and renewals
    entered: int = 0  # members the endorsements added (counted in ``members`` too)
    requests: int = 0  # the requests log (§14)
    calendar_records: int = 0  # renewal calendar: touchpoints ticked, decisions (§14)
    payments: int = 0
    fast_path: bool = False
    users: list[tuple[str, str, str]] = field(default_factory=list)  # code, password, roles
    kept_users: list[str] = field(default_factory=list)  # demo codes that already existed

    @property
    def policies(self) -> int:
        return self.individual_policies + self.group_policies

    @property
    def persons(self) -> int:
        return self.members + self.dependents

    def counts(self) -> dict[str, int]:
        return {
            "intermediaries": self.intermediaries,
            "administrators": self.administrators,
            "providers": self.providers,
            "subscribers": self.subscribers,
            "individual_policies": self.individual_policies,
            "group_policies": self.group_policies,
            "members": self.members,
            "dependents": self.dependents,
            "photos": self.photos,
        }

    def summary(self) -> str:
        n = group_digits
        text = (
            f"{n(self.persons)} personnes assurées ({n(self.members)} assurés principaux, "
            f"{n(self.dependents)} ayants droit), {n(self.policies)} polices "
            f"({n(self.individual_policies)} individuelles, {n(self.group_policies)} groupe), "
            f"{n(self.subscribers)} souscripteurs ; référentiel créé : "
            f"{self.intermediaries} intermédiaires, {self.administrators} gestionnaires, "
            f"{self.providers} prestataires"
        )
        if self.quittances or self.claims:
            text += f" ; {n(self.quittances)} quittances, {n(self.claims)} dossiers sinistres"
        if self.endorsements:
            text += f", {n(self.endorsements)} avenants et renouvellements"
        if self.requests:
            text += (
                f" ; {self.requests} demandes d'avenant, {self.calendar_records} suivis du "
                "calendrier des renouvellements"
            )
        if self.payments:
            text += f", {n(self.payments)} encaissements"
        if self.kept_users:
            text += (
                f" ; utilisateurs déjà présents, laissés tels quels : {', '.join(self.kept_users)}"
            )
        return text + "."


def _refuse_a_real_portfolio(session: Session) -> None:
    """The demo adds users with passwords printed on the screen: never into a portfolio
    that holds the office's own work. A policy, a quittance or a claim file that the demo
    did not write means real work (issue 7 review); an empty portfolio with only its first
    administrator (the first start offers the demo) is not."""
    real_quittance = session.scalar(
        select(Quittance.id).where(Quittance.issued_by.not_in((ISSUER, ENDORSER))).limit(1)
    )
    draft = session.scalar(
        select(Policy.id).where(~exists().where(Quittance.policy_id == Policy.id)).limit(1)
    )
    real_claim = session.scalar(select(Claim.id).where(Claim.received_by != CLERK).limit(1))
    if real_quittance is not None or draft is not None or real_claim is not None:
        raise DomainError(
            "Ce portefeuille contient déjà des polices ou des sinistres saisis par le bureau : "
            "la démonstration (et ses comptes aux mots de passe affichés) ne s'y ajoute pas. "
            "Chargez-la dans un portefeuille vide (PORTEFEUILLE_SANTE_HOME=autre dossier)."
        )


def load_demo(
    db: Database,
    size: int = 300,
    seed: int = 2026,
    progress: Progress | None = None,
    *,
    today: date | None = None,
    fast: bool | None = None,
    endorsements: bool = True,
) -> DemoReport:
    """Add a demo portfolio of ``size`` insured persons (see the module docstring).

    ``today`` fixes the policy year and the dates (tests); ``fast`` forces the Core path
    on or off (default: on from ``FAST_PATH_SIZE`` persons); ``endorsements``: add the
    endorsements of every kind and the renewed policies (``demo.endorsements``), which add
    two members to those counted by ``size``.
    """
    if size < 0:
        raise FieldError("size", "Le nombre de personnes assurées ne peut pas être négatif.")
    say: Progress = progress or (lambda _line: None)
    today = today or date.today()
    fast = size >= FAST_PATH_SIZE if fast is None else fast
    with unit_of_work(db, DEMO_ACTOR) as session:
        _refuse_a_real_portfolio(session)
        base = int(session.scalar(select(func.count(InsuredPerson.id))) or 0)
        rng = random.Random(f"demo:{seed}:{base}")
        say("Compagnie et référentiel (intermédiaires, gestionnaires, prestataires)…")
        reference = _reference(session)
        say("Utilisateurs de démonstration…")
        users, kept_users = _users(session)
        party = _party(session)
        headers = make_headers(rng, size, today)
        writer = (
            _CoreWriter(session, today.year)
            if fast
            else _OrmWriter(session, today.year, photos=size <= PHOTO_MAX_SIZE)
        )
        done_persons = done_policies = pending = 0
        chunk: list[PolicyPlan] = []
        for header in headers:
            plan = plan_policy(
                random.Random(f"demo:{seed}:{base}:{header.index}"), header, party, today
            )
            chunk.append(plan)
            pending += plan.person_count
            if pending >= CHUNK_PERSONS or header is headers[-1]:
                writer.write(chunk)
                done_persons += pending
                done_policies += len(chunk)
                chunk, pending = [], 0
                say(
                    f"Personnes assurées… {group_digits(done_persons)}/{group_digits(size)} "
                    f"({group_digits(done_policies)}/{group_digits(len(headers))} polices)"
                )
        say("Tableaux des garanties, quittances et documents…")
        from desktop_app.demo.issue import issue_demo_policies

        quittances = issue_demo_policies(session, documents=not fast, progress=say)
        if not fast:
            from desktop_app.demo.cards import record_demo_cards

            say("Cartes : demandes, impressions et remises…")
            record_demo_cards(session, seed + base, today)
        report = DemoReport(
            fast_path=fast,
            users=users,
            kept_users=kept_users,
            quittances=quittances,
            **reference,
            **writer.counts,
        )
        if fast:
            session.execute(
                insert(_table(AuditEntry)),
                [
                    {
                        "at": datetime.now().replace(microsecond=0),
                        "user_id": None,
                        "user_code": DEMO_ACTOR.code,
                        "action": "insert",
                        "table_name": "demo",
                        "record_id": f"{seed}",
                        "before": None,
                        "after": json.dumps(report.counts(), sort_keys=True),
                    }
                ],
            )
        say("Enregistrement…")
    if fast:
        # Fresh statistics, so the planner knows the tables it was just given (PostgreSQL
        # picked a 0.5 s plan for a name search right after a bulk load without them).
        with db.engine.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    if not fast:
        from desktop_app.demo.claims import load_demo_claims

        say("Dossiers sinistres à toutes les étapes…")
        written = load_demo_claims(
            db, seed + base, today, count=max(6, min(60, size // 5)), progress=say
        )
        report = replace(report, claims=written)
        from desktop_app.demo.finance import load_demo_payments

        say("Encaissements, caisse et relances…")
        collected = load_demo_payments(
            db, seed + base, today, count=max(8, min(120, size // 3)), progress=say
        )
        report = replace(report, payments=collected)
    if endorsements:
        acts = load_demo_endorsements(db, today, progress=say)
        report = replace(
            report,
            endorsements=acts.acts,
            members=report.members + acts.entered,
            entered=acts.entered,
        )
    from desktop_app.demo.follow_up import load_demo_follow_up

    # After the endorsements: a request « traitée » answers one of them.
    say("Suivi des demandes et calendrier des renouvellements…")
    requests, records = load_demo_follow_up(db, seed + base, today)
    report = replace(report, requests=requests, calendar_records=records)
    return report


# ------------------------------------------------------------------ reference data


def _reference(session: Session) -> dict[str, int]:
    if session.get(Company, COMPANY_ID) is None:
        session.add(Company(id=COMPANY_ID, **data.COMPANY))
    have = set(session.scalars(select(Intermediary.code)))
    new_inter = [
        Intermediary(
            code=code,
            kind=kind,
            name=name,
            commission_rate=rate,
            phone=phone,
            email=email,
            address="Abidjan",
            active=True,
        )
        for code, kind, name, rate, phone, email in data.INTERMEDIARIES
        if code not in have
    ]
    have = set(session.scalars(select(Administrator.code)))
    new_adm = [
        Administrator(
            code=code,
            name=name,
            management_fee_rate=rate,
            email=f"contact@{domain}.example",
            movements_email=f"mouvements@{domain}.example",
            phone="+225 27 22 " + f"{40 + i:02d} {10 + 7 * i:02d} {20 + 3 * i:02d}",
            address="Abidjan Cocody",
            active=True,
        )
        for i, (code, name, rate, domain, _prefix, _style) in enumerate(data.ADMINISTRATORS)
        if code not in have
    ]
    have = set(session.scalars(select(Provider.name)))
    new_prov = [
        Provider(
            name=name,
            kind=kind,
            public=public,
            in_network=network,
            city=city,
            phone="",
            active=True,
        )
        for name, kind, public, network, city in data.PROVIDERS
        if name not in have
    ]
    session.add_all([*new_inter, *new_adm, *new_prov])
    session.flush()
    return {
        "intermediaries": len(new_inter),
        "administrators": len(new_adm),
        "providers": len(new_prov),
    }


def _password() -> str:
    """Random, printed once; meets the password rule (a letter and a digit, 8 or more)."""
    letters = "".join(secrets.choice(string.ascii_lowercase) for _ in range(4))
    digits = "".join(secrets.choice(string.digits) for _ in range(4))
    return f"demo-{letters}{digits}"


def _users(session: Session) -> tuple[list[tuple[str, str, str]], list[str]]:
    existing = {c.lower() for c in session.scalars(select(User.code))}
    created: list[tuple[str, str, str]] = []
    kept: list[str] = []
    for code, full_name, role_names in data.USERS:
        if code.lower() in existing:
            kept.append(code)
            continue
        roles = [Role(r) for r in role_names]
        password = _password()
        user = User(
            code=code,
            full_name=full_name,
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            must_change_password=False,
        )
        user.roles = [UserRole(role=r) for r in roles]
        session.add(user)
        created.append((code, password, ", ".join(ROLE_LABELS[r] for r in roles)))
    session.flush()
    return created, kept


def _party(session: Session) -> Party:
    """Ids and rates of the demo's parties (whether created now or before)."""
    inter = {
        code: (i, rate, kind)
        for i, code, rate, kind in session.execute(
            select(
                Intermediary.id, Intermediary.code, Intermediary.commission_rate, Intermediary.kind
            ).where(Intermediary.code.in_([row[0] for row in data.INTERMEDIARIES]))
        )
    }
    adm = {
        code: (i, rate)
        for i, code, rate in session.execute(
            select(Administrator.id, Administrator.code, Administrator.management_fee_rate).where(
                Administrator.code.in_([row[0] for row in data.ADMINISTRATORS])
            )
        )
    }
    return Party(
        intermediaries=[(code, *inter[code]) for code, *_ in data.INTERMEDIARIES],
        administrators=[
            (code, adm[code][0], adm[code][1], prefix, style)
            for code, _n, _r, _d, prefix, style in data.ADMINISTRATORS
        ],
    )


# ------------------------------------------------------------------ writers


def _take_block(session: Session, sequence: str, count: int) -> int:
    """Take ``count`` consecutive numbers of ``sequence``; returns the first.

    The first comes from ``next_number`` (which creates the sequence if needed), the rest
    by one increment of the same row in the same transaction: still gap-free."""
    first = next_number(session, sequence)
    if count > 1:
        table = _table(NumberSequence)
        session.execute(
            update(table)
            .where(table.c.name == sequence)
            .values(last_value=table.c.last_value + (count - 1))
        )
    return first


class _Counts:
    def __init__(self) -> None:
        self.counts = {
            "subscribers": 0,
            "individual_policies": 0,
            "group_policies": 0,
            "members": 0,
            "dependents": 0,
            "photos": 0,
        }

    def _count(self, plan: PolicyPlan) -> None:
        c = self.counts
        c["subscribers"] += 1
        group = policy_category(len(plan.members)) == PolicyCategory.GROUP
        c["group_policies" if group else "individual_policies"] += 1
        c["members"] += len(plan.members)
        c["dependents"] += sum(len(deps) for _m, deps in plan.members)


def _matricule(plan: PolicyPlan, n: int, year: int) -> str:
    if plan.matricule_style:
        return plan.matricule_style.format(n=n, yy=f"{year % 100:02d}")
    return format_matricule(n)


def _policy_values(plan: PolicyPlan, n: int, year: int) -> dict[str, Any]:
    return {
        **plan.policy,
        "number": format_policy_number(year, n),
        "administrator_ref": f"{plan.ref_prefix}-{year}-{n:04d}",
    }


def _orm_person(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["relationship_"] = out.pop("relationship")
    return out


class _OrmWriter(_Counts):
    """Through the audited ORM session, numbers taken one by one as a clerk's would be."""

    def __init__(self, session: Session, year: int, *, photos: bool) -> None:
        super().__init__()
        self.session, self.year, self.photos = session, year, photos

    def write(self, plans: list[PolicyPlan]) -> None:
        s, year = self.session, self.year
        for plan in plans:
            subscriber = Subscriber(**plan.subscriber)
            s.add(subscriber)
            s.flush()
            n = next_number(s, policy_sequence(year))
            policy = Policy(**_policy_values(plan, n, year), subscriber_id=subscriber.id)
            s.add(policy)
            s.flush()
            s.add(PolicyTracking(policy_id=policy.id, **plan.tracking))
            persons: list[InsuredPerson] = []
            for member_row, dependents in plan.members:
                member = Member(
                    **_orm_person(member_row),
                    policy_id=policy.id,
                    matricule=_matricule(plan, next_number(s, MATRICULE_SEQUENCE), year),
                )
                s.add(member)
                s.flush()
                persons.append(member)
                for row in dependents:
                    dependent = Dependent(
                        **_orm_person(row),
                        policy_id=policy.id,
                        member_id=member.id,
                        matricule=_matricule(plan, next_number(s, MATRICULE_SEQUENCE), year),
                    )
                    s.add(dependent)
                    persons.append(dependent)
            s.flush()
            if self.photos:
                s.add_all(
                    PersonPhoto(
                        person_id=p.id, mime_type="image/png", data=data.placeholder_photo(p.id)
                    )
                    for p in persons
                )
                self.counts["photos"] += len(persons)
            self._count(plan)
        s.flush()


class _CoreWriter(_Counts):
    """``executemany`` in batches, numbers reserved per chunk; no per-row audit."""

    def __init__(self, session: Session, year: int) -> None:
        super().__init__()
        self.session, self.year = session, year

    def _insert_ids(self, table: Table, rows: list[dict[str, Any]]) -> list[int]:
        result = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
        return [int(i) for i in result.scalars()]

    def write(self, plans: list[PolicyPlan]) -> None:
        s, year = self.session, self.year
        first_policy = _take_block(s, policy_sequence(year), len(plans))
        first_person = _take_block(s, MATRICULE_SEQUENCE, sum(p.person_count for p in plans))
        subscriber_ids = self._insert_ids(_table(Subscriber), [p.subscriber for p in plans])
        policy_ids = self._insert_ids(
            _table(Policy),
            [
                {**_policy_values(plan, first_policy + i, year), "subscriber_id": subscriber_ids[i]}
                for i, plan in enumerate(plans)
            ],
        )
        s.execute(
            insert(_table(PolicyTracking)),
            [
                {**plan.tracking, "policy_id": pid}
                for plan, pid in zip(plans, policy_ids, strict=True)
            ],
        )
        members: list[dict[str, Any]] = []
        pending: list[tuple[int, list[dict[str, Any]]]] = []  # index of the member, its dependents
        n = first_person
        for plan, policy_id in zip(plans, policy_ids, strict=True):
            for member_row, dependents in plan.members:
                members.append(
                    {
                        **member_row,
                        "kind": "member",
                        "policy_id": policy_id,
                        "member_id": None,
                        "matricule": _matricule(plan, n, year),
                    }
                )
                n += 1
                deps = []
                for row in dependents:
                    deps.append(
                        {
                            **row,
                            "kind": "dependent",
                            "policy_id": policy_id,
                            "matricule": _matricule(plan, n, year),
                        }
                    )
                    n += 1
                pending.append((len(members) - 1, deps))
            self._count(plan)
        member_ids = self._insert_ids(_table(InsuredPerson), members)
        dependents_rows = [
            {**row, "member_id": member_ids[index]} for index, deps in pending for row in deps
        ]
        if dependents_rows:
            s.execute(insert(_table(InsuredPerson)), dependents_rows)
