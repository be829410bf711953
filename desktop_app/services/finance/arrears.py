"""Arrears (impayés) by age, per subscriber and per intermediary, and the recovery letters
(domain.md §11, issue 9).

Every amount is certain (one row per quittance, with its number, TTC and what was
collected), liquid (TTC less the net of its allocations) and due (aged from its due date).
Recovery letters go out 5, 15 and 45 days after the due date, never twice for the same
step: each is a stored snapshot (a lettre de relance in the policy's documents) and a
``reminder_letters`` row, unique per quittance and step.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from desktop_app.documents.finance import (
    ReminderSnapshot,
    render_reminder,
    render_reminder_batch,
)
from desktop_app.domain.collection import (
    AgeBucket,
    PayerKind,
    ReminderStep,
    age_bucket,
    days_late,
    instalments_left,
    reminder_step_due,
)
from desktop_app.domain.errors import Collector
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.roles import Permission
from desktop_app.exports.statement import Column, SheetSpec, StatementSpec, write_statement
from desktop_app.persistence.models import (
    Policy,
    PremiumAllocation,
    Quittance,
    QuittanceInstalment,
    ReminderLetter,
    SettingsDocument,
    Subscriber,
)
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.finance.common import OPEN_STATES
from desktop_app.services.finance.instalments import plans
from desktop_app.services.issued_documents import (
    Owner,
    company_snapshot,
    current_snapshot,
    issue_document,
)
from desktop_app.services.locking import find_locked

SETTINGS_KEY = "collection"

DEFAULT_TEXTS: dict[ReminderStep, str] = {
    ReminderStep.REMINDER: (
        "Madame, Monsieur,\nSauf erreur de notre part, la quittance rappelée ci-dessus reste "
        "impayée à ce jour. Nous vous remercions de bien vouloir en régler le solde dans les "
        "meilleurs délais. Si votre règlement a croisé ce courrier, veuillez ne pas en tenir "
        "compte.\nVeuillez agréer nos salutations distinguées."
    ),
    ReminderStep.DISCUSSION: (
        "Madame, Monsieur,\nMalgré notre précédent rappel, la quittance ci-dessus reste "
        "impayée. Nous vous proposons de prendre contact avec nos services afin de convenir "
        "ensemble d'une solution de règlement, au besoin par un échéancier.\nNous rappelons "
        "que, selon l'article 13 du code CIMA, la garantie n'est acquise qu'une fois la "
        "prime payée.\nVeuillez agréer nos salutations distinguées."
    ),
    ReminderStep.FORMAL_DEMAND: (
        "Madame, Monsieur,\nNos précédents courriers étant restés sans effet, nous vous mettons "
        "en demeure de régler le solde de la quittance ci-dessus dans un délai de dix jours à "
        "compter de la présente. À défaut, nous serons contraints de suspendre les garanties "
        "du contrat, conformément au code CIMA.\nVeuillez agréer nos salutations distinguées."
    ),
}


@dataclass(frozen=True)
class CollectionSettings:
    """Premium collection settings (Référentiels): the share of the premium that must be
    collected before cover starts (CIMA art. 13: 100 % by law, 35 % in the study's
    practice), and the texts of the three recovery letters."""

    cover_share_percent: int = 100
    texts: dict[ReminderStep, str] = field(default_factory=lambda: dict(DEFAULT_TEXTS))


def _read_settings(session: Session) -> CollectionSettings:
    row = session.get(SettingsDocument, SETTINGS_KEY)
    if row is None:
        return CollectionSettings()
    data = json.loads(row.value)
    texts = dict(DEFAULT_TEXTS)
    for key, text in dict(data.get("texts", {})).items():
        texts[ReminderStep(int(key))] = str(text)
    return CollectionSettings(int(data.get("cover_share_percent", 100)), texts)


def collection_settings(ctx: ServiceContext) -> CollectionSettings:
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        return _read_settings(session)


def save_collection_settings(ctx: ServiceContext, settings: CollectionSettings) -> Changes:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    share = settings.cover_share_percent
    if not isinstance(share, int) or not 0 < share <= 100:
        errors.add(
            "cover_share_percent", "La part à encaisser doit être comprise entre 1 et 100 %."
        )
    texts = {
        step: v.text(
            errors, settings.texts.get(step, ""), f"text_{step.value}", step.label, max_length=4000
        )
        for step in ReminderStep
    }
    errors.raise_if_any()
    value = json.dumps(
        {"cover_share_percent": share, "texts": {str(s.value): t for s, t in texts.items()}},
        ensure_ascii=False,
    )
    with ctx.write() as session:
        row = find_locked(session, SettingsDocument, SETTINGS_KEY)
        if row is None:
            session.add(SettingsDocument(key=SETTINGS_KEY, value=value))
        else:
            row.value = value
    return Changes.of("settings_documents")


@dataclass(frozen=True)
class ArrearsLine:
    """One quittance with something due: traceable to its number and its payments."""

    quittance_id: int
    quittance_number: str
    policy_id: int
    policy_number: str
    subscriber_id: int
    subscriber_name: str
    intermediary_id: int | None
    intermediary_name: str
    due_date: date
    total: int
    collected: int
    days_late: int
    bucket: AgeBucket
    quittance_total: int = 0  # the quittance's TTC (``total`` is an instalment's, if any)

    @property
    def balance(self) -> int:
        return self.total - self.collected


@dataclass(frozen=True)
class ArrearsParty:
    """A subscriber's or an intermediary's arrears, by age."""

    party_id: int | None
    name: str
    buckets: dict[AgeBucket, int]
    lines: tuple[ArrearsLine, ...]

    @property
    def total(self) -> int:
        return sum(self.buckets.values())

    @property
    def overdue(self) -> int:
        return self.total - self.buckets[AgeBucket.NOT_DUE]


def _lines(
    session: Session,
    as_of: date,
    by: PayerKind = PayerKind.SUBSCRIBER,
    party_id: int | None = None,
    planned_only: bool = False,
) -> Iterator[ArrearsLine]:
    """Every open quittance (or instalment) with a balance; ``party_id``: of one subscriber
    (or intermediary) only; ``planned_only``: only quittances with an instalment plan."""
    a = PremiumAllocation
    paid = (
        select(a.quittance_id, func.sum(a.amount).label("paid")).group_by(a.quittance_id).subquery()
    )
    q = Quittance
    rows = session.execute(
        select(
            q.id,
            q.number,
            q.policy_id,
            q.policy_number,
            Policy.subscriber_id,
            Subscriber.name,
            q.intermediary_id,
            q.intermediary_name,
            q.due_date,
            q.total,
            func.coalesce(paid.c.paid, 0),
        )
        .join(Policy, Policy.id == q.policy_id)
        .join(Subscriber, Subscriber.id == Policy.subscriber_id)
        .outerjoin(paid, paid.c.quittance_id == q.id)
        .where(q.status.in_(OPEN_STATES), q.total > 0)
        .where(*_party_filter(by, party_id))
        .where(*((q.id.in_(select(QuittanceInstalment.quittance_id)),) if planned_only else ()))
        .order_by(q.due_date, q.number)
    )
    found = list(rows)
    with_plans = plans(session, [r[0] for r in found])
    lines: list[ArrearsLine] = []
    for qid, number, pid, pnumber, sid, sname, iid, iname, due, total, done in found:
        if int(done) >= int(total):
            continue
        parts = [(number, due, int(total), int(done))]
        plan = with_plans.get(qid)
        if plan:
            left = instalments_left(plan, int(done))
            parts = [
                (f"{number} ({n}/{len(plan)})", item.due_date, item.amount, item.amount - rest)
                for n, (item, rest) in enumerate(zip(plan, left, strict=True), start=1)
                if rest > 0
            ]
        for label, when, amount, paid_part in parts:
            lines.append(
                ArrearsLine(
                    qid,
                    label,
                    pid,
                    pnumber,
                    sid,
                    sname,
                    iid,
                    iname or "(sans intermédiaire)",
                    when,
                    amount,
                    paid_part,
                    days_late(when, as_of),
                    age_bucket(when, as_of),
                )
            )
    lines.sort(key=lambda ln: (ln.due_date, ln.quittance_number))
    return iter(lines)


def _party_filter(by: PayerKind, party_id: int | None) -> list[ColumnElement[bool]]:
    if party_id is None:
        return []
    if by is PayerKind.SUBSCRIBER:
        return [Policy.subscriber_id == party_id]
    return [Quittance.intermediary_id == party_id]


def arrears(
    ctx: ServiceContext,
    as_of: date,
    by: PayerKind = PayerKind.SUBSCRIBER,
    party_id: int | None = None,
) -> list[ArrearsParty]:
    """The arrears on ``as_of`` per subscriber (or per intermediary), the largest overdue
    first; each party carries its quittances. ``party_id``: that party only."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        lines = list(_lines(session, as_of, by, party_id))
    return _group(lines, by)


def _group(lines: list[ArrearsLine], by: PayerKind) -> list[ArrearsParty]:
    groups: dict[tuple[int | None, str], list[ArrearsLine]] = {}
    for line in lines:
        key = (
            (line.subscriber_id, line.subscriber_name)
            if by is PayerKind.SUBSCRIBER
            else (line.intermediary_id, line.intermediary_name)
        )
        groups.setdefault(key, []).append(line)
    parties = []
    for (party_id, name), items in groups.items():
        buckets = dict.fromkeys(AgeBucket, 0)
        for item in items:
            buckets[item.bucket] += item.balance
        parties.append(ArrearsParty(party_id, name, buckets, tuple(items)))
    parties.sort(key=lambda p: (-p.overdue, -p.total, p.name))
    return parties


def arrears_summary(
    ctx: ServiceContext, as_of: date, by: PayerKind = PayerKind.SUBSCRIBER, limit: int = 500
) -> list[ArrearsParty]:
    """The parties' totals by age, summed by the database (their lines are read when one is
    chosen: ``arrears(…, party_id=…)``), the largest overdue first, ``limit`` at most.
    Quittances with an instalment plan are aged instalment by instalment here."""
    ctx.require(Permission.VIEW_FINANCE)
    q, a = Quittance, PremiumAllocation
    paid = (
        select(a.quittance_id, func.sum(a.amount).label("paid")).group_by(a.quittance_id).subquery()
    )
    balance = q.total - func.coalesce(paid.c.paid, 0)
    limits = [as_of - timedelta(days=d) for d in (30, 60, 90)]
    conditions = [
        q.due_date > as_of,
        q.due_date >= limits[0],
        q.due_date >= limits[1],
        q.due_date >= limits[2],
    ]
    sums = [func.sum(case((conditions[0], balance), else_=0))]
    for n in range(1, 4):
        sums.append(func.sum(case((and_(~conditions[n - 1], conditions[n]), balance), else_=0)))
    sums.append(func.sum(case((~conditions[3], balance), else_=0)))
    if by is PayerKind.SUBSCRIBER:
        keys: tuple[Any, Any] = (Policy.subscriber_id, Subscriber.name)
    else:
        keys = (q.intermediary_id, q.intermediary_name)
    overdue = sums[1] + sums[2] + sums[3] + sums[4]
    total = overdue + sums[0]
    query = (
        select(*keys, *sums)
        .join(Policy, Policy.id == q.policy_id)
        .join(Subscriber, Subscriber.id == Policy.subscriber_id)
        .outerjoin(paid, paid.c.quittance_id == q.id)
        .where(q.status.in_(OPEN_STATES), q.total > 0, balance > 0)
        .where(q.id.not_in(select(QuittanceInstalment.quittance_id)))
        .group_by(*keys)
    )
    merged: dict[tuple[int | None, str], dict[AgeBucket, int]] = {}

    def add(rows: Any) -> None:
        for party, name, *amounts in rows:
            key = (party, name or "(sans intermédiaire)")
            merged[key] = dict(zip(AgeBucket, (int(x or 0) for x in amounts), strict=True))

    with ctx.read() as session:
        # The largest debtors, sorted and cut by the database.
        add(session.execute(query.order_by(overdue.desc(), total.desc()).limit(limit)))
        planned = _group(list(_lines(session, as_of, by, planned_only=True)), by)
        # A debtor with an instalment plan outside that cut: the rest of their debt too.
        missing = [p.party_id for p in planned if (p.party_id, p.name) not in merged]
        if missing:
            add(session.execute(query.where(keys[0].in_([m for m in missing if m is not None]))))
    for party in planned:
        buckets = merged.setdefault((party.party_id, party.name), dict.fromkeys(AgeBucket, 0))
        for bucket, amount in party.buckets.items():
            buckets[bucket] += amount
    parties = [ArrearsParty(pid, name, buckets, ()) for (pid, name), buckets in merged.items()]
    parties.sort(key=lambda p: (-p.overdue, -p.total, p.name))
    return parties[:limit]


def export_arrears(
    ctx: ServiceContext, as_of: date, target: Path, by: PayerKind = PayerKind.SUBSCRIBER
) -> int:
    """The arrears as an Excel statement: one sheet by party and age, one sheet of every
    quittance (the proof of each amount). Returns the number of quittances."""
    actor = ctx.require(Permission.VIEW_FINANCE)
    parties = arrears(ctx, as_of, by)
    with ctx.read() as session:
        company = company_snapshot(session).name
    who = "Souscripteur" if by is PayerKind.SUBSCRIBER else "Intermédiaire"
    summary = SheetSpec(
        "Par âge",
        [Column(who), *(Column(b.label, "money") for b in AgeBucket), Column("Total dû", "money")],
        ([p.name, *(p.buckets[b] for b in AgeBucket), p.total] for p in parties),
    )
    lines = [line for p in parties for line in p.lines]
    detail = SheetSpec(
        "Détail des quittances",
        [
            Column("Souscripteur"),
            Column("Intermédiaire"),
            Column("N° de police"),
            Column("N° de quittance"),
            Column("Échéance", "date"),
            Column("Prime TTC", "money"),
            Column("Encaissé", "money"),
            Column("Reste dû", "money"),
            Column("Jours de retard", "int"),
            Column("Ancienneté"),
        ],
        (
            [
                ln.subscriber_name,
                ln.intermediary_name,
                ln.policy_number,
                ln.quittance_number,
                ln.due_date,
                ln.total,
                ln.collected,
                ln.balance,
                max(ln.days_late, 0),
                ln.bucket.label,
            ]
            for ln in lines
        ),
    )
    spec = StatementSpec(
        company,
        f"Impayés par ancienneté ({who.lower()})",
        f"au {as_of.strftime('%d/%m/%Y')}",
        ctx.now(),
        actor.full_name,
    )
    write_statement(target, spec, [summary, detail])
    return len(lines)


@dataclass(frozen=True)
class LettersDone:
    letters: int
    pdf: bytes | None  # all the letters of the batch in one PDF, to print; None when none
    changes: Changes


def generate_reminders(
    ctx: ServiceContext, as_of: date, cancelled: Callable[[], bool] | None = None
) -> LettersDone:
    """The recovery letters due on ``as_of`` (§11): for each quittance with a balance, the
    latest step reached (5, 15, 45 days) when no letter of that step or a later one was
    sent; each stored as a snapshot in the policy's documents, never twice."""
    actor = ctx.require(Permission.EDIT_FINANCE)
    with ctx.write() as session:
        settings = _read_settings(session)
        company = company_snapshot(session)
        sent: dict[int, int] = {
            int(q): int(s)
            for q, s in session.execute(
                select(ReminderLetter.quittance_id, func.max(ReminderLetter.step)).group_by(
                    ReminderLetter.quittance_id
                )
            )
        }
        snapshots: list[ReminderSnapshot] = []
        for line in _lines(session, as_of):
            if cancelled is not None and cancelled():
                break
            step = reminder_step_due(line.due_date, as_of)
            if step is None or sent.get(line.quittance_id, 0) >= step.value:
                continue
            # One letter per quittance and step: its oldest unpaid instalment decides.
            sent[line.quittance_id] = step.value
            subscriber = session.get(Subscriber, line.subscriber_id)
            assert subscriber is not None
            address = ", ".join(x for x in (subscriber.address, subscriber.city) if x)
            snapshot = ReminderSnapshot(
                company,
                as_of,
                step.label,
                subscriber.name,
                address,
                line.policy_number,
                line.quittance_number,
                line.due_date,
                line.total,
                line.collected,
                settings.texts[step],
            )
            session.add(
                ReminderLetter(
                    quittance_id=line.quittance_id,
                    policy_id=line.policy_id,
                    step=step.value,
                    balance=line.balance,
                    generated_on=as_of,
                    generated_by=actor.code,
                )
            )
            issue_document(
                session,
                DocumentKind.REMINDER_LETTER,
                Owner(policy_id=line.policy_id, quittance_id=line.quittance_id),
                snapshot,
                user_id=actor.user_id,
                user_code=actor.code,
                at=ctx.now(),
                supersede=False,
            )
            snapshots.append(snapshot)
    pdf = render_reminders(snapshots) if snapshots else None
    changes = (
        Changes.of("reminder_letters") | Changes.of("issued_documents") if snapshots else Changes()
    )
    return LettersDone(len(snapshots), pdf, changes)


def render_reminders(letters: list[ReminderSnapshot]) -> bytes:
    """Every letter of a batch in one PDF (one letter per page at least)."""
    return render_reminder_batch(letters)


def reminder_pdf(ctx: ServiceContext, quittance_id: int) -> bytes | None:
    """The last recovery letter of a quittance, from its stored snapshot."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        q = session.get(Quittance, quittance_id)
        if q is None:
            return None
        data = current_snapshot(
            session,
            DocumentKind.REMINDER_LETTER,
            Owner(policy_id=q.policy_id, quittance_id=quittance_id),
        )
    return None if data is None else render_reminder(ReminderSnapshot.from_dict(data))
