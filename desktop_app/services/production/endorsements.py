"""Endorsements of an issued policy (avenants, domain.md §8): the preview a clerk sees as
they type — every movement with its dates, days and prorated amount, and the quittance it
will make — and the validation, one unit of work: the policy's next endorsement number
(never skipped, never twice: the policy is locked and the number taken inside the
transaction), the persons' dated guarantees, suspensions and exits, the quittance (a credit
note when the net is negative), new cards for the persons it touches and the cards it makes
invalid, and the endorsement document stored as a snapshot. Refused, nothing is saved and
no number is taken.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.cards import CardReason
from desktop_app.domain.dates import format_date
from desktop_app.domain.endorsements import (
    EndorsementKind,
    Movement,
    MovementKind,
    check_movements,
    endorsement_quittance,
)
from desktop_app.domain.errors import CellError, Conflict, FieldError, NotFound, ValidationFailed
from desktop_app.domain.issued_documents import DOCUMENT_WORKFLOW, DocumentKind, DocumentState
from desktop_app.domain.kinds import CoverState, PolicyStatus, policy_category
from desktop_app.domain.numbers import (
    endorsement_sequence,
    format_quittance_number,
    quittance_sequence,
)
from desktop_app.domain.policy_workflow import POLICY_WORKFLOW
from desktop_app.domain.quittance import QuittanceComputation
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    CoverSuspension,
    Endorsement,
    EndorsementMovement,
    InsuredPerson,
    IssuedDocument,
    PersonTerm,
    Policy,
    Quittance,
    QuittanceLine,
)
from desktop_app.persistence.numbering import next_number, peek_number
from desktop_app.services import workflow
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.issued_documents import Owner, issue_document
from desktop_app.services.locking import get_locked
from desktop_app.services.production import requests_log, snapshots
from desktop_app.services.production.card_requests import issue_cards, request_cards
from desktop_app.services.production.common import member_count
from desktop_app.services.production.endorsement_document import store_endorsement_document
from desktop_app.services.production.endorsement_input import (
    EndorsementInput,
    MovementRow,
    Plan,
    Source,
    describe,
    plan,
)
from desktop_app.services.production.issue import DUE_DAYS, frozen_parties
from desktop_app.services.production.members import write_person
from desktop_app.services.production.pricing import load_tariff

NOT_IN_FORCE = "Seule une police en vigueur se modifie par avenant"


@dataclass(frozen=True)
class EndorsementPreview:
    number: int  # the number it would take now (another clerk may take it first)
    kind: EndorsementKind
    movements: tuple[MovementRow, ...]
    quittance: QuittanceComputation | None
    errors: tuple[FieldError, ...]

    @property
    def blocked(self) -> bool:
        return bool(self.errors)


@dataclass(frozen=True)
class EndorsementDone:
    endorsement_id: int
    number: int
    quittance_id: int | None
    quittance_number: str
    total: int
    changes: Changes


def _policy(session: Session, policy_id: int, *, lock: bool) -> Policy:
    policy = (
        get_locked(session, Policy, policy_id, "Police introuvable.")
        if lock
        else session.get(Policy, policy_id)
    )
    if policy is None:
        raise NotFound("Police introuvable.")
    if policy.status is PolicyStatus.DRAFT:
        raise Conflict(f"{NOT_IN_FORCE} : émettez d'abord la police.")
    if policy.status is not PolicyStatus.IN_FORCE:
        raise Conflict(f"{NOT_IN_FORCE} : la police {policy.number} est « {policy.status.label} ».")
    return policy


def _request_errors(ctx: ServiceContext, data: EndorsementInput) -> list[FieldError]:
    r = data.request
    errors: list[FieldError] = []
    dates = [
        ("letter_date", r.letter_date, "La lettre du souscripteur"),
        ("received_on", r.received_on, "La réception de la demande"),
        ("sent_to_administrator_on", r.sent_to_administrator_on, "L'envoi au gestionnaire"),
        (
            "administrator_confirmed_on",
            r.administrator_confirmed_on,
            "La confirmation du gestionnaire",
        ),
    ]
    previous: tuple[str, date] | None = None
    for field, day, label in dates:
        if day is None:
            continue
        if day > ctx.today():
            errors.append(FieldError(field, f"{label} ne peut pas être datée dans le futur."))
        elif previous is not None and day < previous[1]:
            errors.append(
                FieldError(
                    field, f"{label} ne peut précéder {previous[0]} ({format_date(previous[1])})."
                )
            )
        previous = (label.lower(), day)
    if len(r.notes) > 2000:
        errors.append(
            FieldError("notes", "Les observations sont trop longues (au plus 2 000 caractères).")
        )
    if len(data.reason) > 500:
        errors.append(FieldError("reason", "Le motif est trop long (au plus 500 caractères)."))
    return errors


def _later_terms(session: Session, plan_: Plan) -> list[FieldError]:
    """An exit or a change dated before guarantees already dated later: the history would
    not read in order (refused: the later endorsement is to be redone first)."""
    errors: list[FieldError] = []
    for m, source in zip(plan_.movements, plan_.sources, strict=True):
        if m.person is None or m.kind not in (
            MovementKind.REMOVAL,
            MovementKind.COVER_CHANGE,
            MovementKind.CANCELLATION,
        ):
            continue
        later = session.scalar(
            select(PersonTerm.start)
            .where(PersonTerm.person_id == m.person, PersonTerm.start > m.day)
            .limit(1)
        )
        if later is not None:
            errors.append(
                CellError(
                    source.table,
                    f"{m.name} : des garanties sont déjà datées du {format_date(later)}, après le "
                    f"{format_date(m.day)}.",
                    row=source.row,
                    column="day",
                )
            )
    return errors


def _compute(
    session: Session, ctx: ServiceContext, policy: Policy, data: EndorsementInput
) -> tuple[Plan, list[FieldError], tuple[tuple[Movement, ...], QuittanceComputation] | None]:
    plan_ = plan(session, ctx, policy, data)
    errors = list(plan_.errors) + _request_errors(ctx, data)
    if data.kind is EndorsementKind.RENEWAL:
        errors.append(
            FieldError(
                "kind", "Le renouvellement se fait depuis « Renouveler », pas par un avenant."
            )
        )
    domain = check_movements(
        data.kind,
        plan_.movements,
        effective=max(policy.effective_date, date(policy.expiry_date.year, 1, 1)),
        expiry=policy.expiry_date,
        persons=plan_.persons,
        policy_suspensions=plan_.policy_suspensions,
        end_date=policy.end_date,
    )
    if not plan_.errors:  # a row refused already says what to fix first
        errors += [plan_.located(e) for e in domain]
    errors += _later_terms(session, plan_)
    quittance = None
    if not errors:
        quittance = endorsement_quittance(
            plan_.movements,
            member_count=max(plan_.members_after, 1),
            settings=load_tariff(session),
            commission_rate=policy.commission_rate,
            management_fee_rate=policy.management_fee_rate,
        )
    return plan_, errors, quittance


def _rows(
    plan_: Plan, billed: tuple[tuple[Movement, ...], QuittanceComputation] | None
) -> tuple[MovementRow, ...]:
    lines = {}
    if billed is not None:
        lines = {m.row: line for m, line in zip(billed[0], billed[1].lines, strict=True)}
    out = []
    for m, source in zip(plan_.movements, plan_.sources, strict=True):
        line = lines.get(m.row)
        out.append(
            MovementRow(
                m.kind,
                m.name,
                m.day,
                describe(m, source, plan_.refund),
                m.annual_before,
                m.annual_after,
                line.days if line else 0,
                line.display if line else 0,
                source.table,
                source.row,
            )
        )
    return tuple(out)


def preview_endorsement(
    ctx: ServiceContext, policy_id: int, data: EndorsementInput
) -> EndorsementPreview:
    """What the endorsement would do, live as the clerk types (nothing written)."""
    ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.read() as session:
        policy = _policy(session, policy_id, lock=False)
        plan_, errors, billed = _compute(session, ctx, policy, data)
        number = peek_number(session, endorsement_sequence(policy.id)) + 1
        return EndorsementPreview(
            number,
            data.kind,
            _rows(plan_, billed),
            billed[1] if billed else None,
            tuple(errors),
        )


def validate_endorsement(
    ctx: ServiceContext, policy_id: int, data: EndorsementInput
) -> EndorsementDone:
    """Validate the endorsement (§8): all of it, or nothing and no number taken."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.write() as session:
        policy = _policy(session, policy_id, lock=True)
        plan_, errors, billed = _compute(session, ctx, policy, data)
        if errors:
            raise ValidationFailed(errors)
        now = ctx.now()
        number = next_number(session, endorsement_sequence(policy.id))
        request = data.request
        endorsement = Endorsement(
            policy_id=policy.id,
            number=number,
            kind=data.kind,
            effective_date=min(m.day for m in plan_.movements),
            refund=plan_.refund,
            letter_date=request.letter_date,
            received_on=request.received_on,
            sent_to_administrator_on=request.sent_to_administrator_on,
            administrator_confirmed_on=request.administrator_confirmed_on,
            notes=request.notes.strip(),
            issued_by=actor.code,
            issued_at=now,
        )
        session.add(endorsement)
        session.flush()
        if request.request_id is not None:
            requests_log.process_request(session, actor, now, request.request_id, endorsement)
        rows = _rows(plan_, billed)  # described before the persons change
        touched, invalid, created = _write_movements(
            session, ctx, actor, policy, endorsement, plan_, data
        )
        quittance = (
            _write_quittance(session, ctx, actor, policy, endorsement, plan_, billed, created)
            if billed
            else None
        )
        for i, row in enumerate(rows):
            session.add(
                EndorsementMovement(
                    endorsement_id=endorsement.id,
                    line_no=i + 1,
                    kind=row.kind,
                    person_id=plan_.movements[i].person or created.get(i),
                    day=row.day,
                    annual_before=row.annual_before,
                    annual_after=row.annual_after,
                    days=row.days,
                    prorated=row.prorated,
                    description=row.description,
                )
            )
        session.flush()
        issue_cards(session, actor, policy, touched, now)
        request_cards(
            session,
            actor,
            policy.id,
            CardReason.ENDORSEMENT,
            day=ctx.today(),
            now=now,
            person_ids=[p.id for p in touched],
            endorsement_id=endorsement.id,
        )
        matricules = []
        for i in range(len(rows)):
            person_id = plan_.movements[i].person or created.get(i)
            found = session.get(InsuredPerson, person_id) if person_id else None
            matricules.append(found.matricule if found else "")
        store_endorsement_document(
            session, policy, endorsement, rows, matricules, quittance, touched, invalid, actor, now
        )
        return EndorsementDone(
            endorsement.id,
            number,
            quittance.id if quittance else None,
            quittance.number if quittance else "",
            quittance.total if quittance else 0,
            Changes.of("endorsements", endorsement.id)
            | Changes.of("policies", policy.id)
            | Changes.of(
                "insured_persons", *(m.person for m in plan_.movements if m.person is not None)
            )
            | Changes.of("insured_persons", *(p.id for p in touched))
            | (Changes.of("quittances", quittance.id) if quittance else Changes())
            | Changes.of("issued_documents")
            | Changes.of("card_requests")
            | (
                Changes.of(requests_log.TABLE, request.request_id)
                if request.request_id is not None
                else Changes()
            ),
        )


def _close_term(session: Session, person_id: int, day: date) -> PersonTerm | None:
    """End the person's term in force on the eve of ``day`` at ``day``; the term itself."""
    term = session.scalar(
        select(PersonTerm)
        .where(PersonTerm.person_id == person_id, PersonTerm.start < day)
        .where((PersonTerm.stop.is_(None)) | (PersonTerm.stop > day))
        .order_by(PersonTerm.start.desc())
        .limit(1)
    )
    if term is not None:
        term.stop = day
    return term


def _new_term(
    person: InsuredPerson, policy: Policy, start: date, endorsement: Endorsement
) -> PersonTerm:
    return PersonTerm(
        person_id=person.id,
        policy_id=policy.id,
        start=start,
        stop=person.exit_date,
        coverage_rate=person.coverage_rate,
        zone=person.zone,
        annual_ceiling=person.annual_ceiling,
        annual_net_premium=person.annual_net_premium,
        medical_surcharge_rate=person.medical_surcharge_rate,
        endorsement_id=endorsement.id,
    )


def _cancel_card(
    session: Session, actor: Actor, policy: Policy, person: InsuredPerson, day: date, now: datetime
) -> bool:
    card = session.scalar(
        select(IssuedDocument).where(
            IssuedDocument.kind == DocumentKind.CARD,
            IssuedDocument.policy_id == policy.id,
            IssuedDocument.person_id == person.id,
            IssuedDocument.status == DocumentState.ISSUED,
        )
    )
    if card is None:
        return False
    reason = f"Carte invalide à compter du {format_date(day)}"
    workflow.move(
        session,
        DOCUMENT_WORKFLOW,
        card,
        "cancel",
        user_id=actor.user_id,
        user_code=actor.code,
        at=now,
        reason=reason,
        granted=actor.permissions,
    )
    card.cancel_reason = reason
    return True


def _write_movements(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    policy: Policy,
    endorsement: Endorsement,
    plan_: Plan,
    data: EndorsementInput,
) -> tuple[list[InsuredPerson], list[tuple[InsuredPerson, date]], dict[int, int]]:
    """Apply each movement to the persons and the policy. Returns the persons who get a
    new card, those whose card becomes invalid (with the date), and the ids of the persons
    entering by movement row."""
    now = ctx.now()
    touched: list[InsuredPerson] = []
    invalid: list[tuple[InsuredPerson, date]] = []
    by_addition_row: dict[int, InsuredPerson] = {}
    created: dict[int, int] = {}
    for m, source in zip(plan_.movements, plan_.sources, strict=True):
        if m.kind is MovementKind.ADDITION:
            person = _add_person(session, ctx, policy, endorsement, m, source, by_addition_row)
            touched.append(person)
            created[m.row] = person.id
        elif (
            m.kind in (MovementKind.REMOVAL, MovementKind.CANCELLATION)
            and source.person is not None
        ):
            person = source.person
            person.exit_date = m.day
            person.cover_state = CoverState.REMOVED
            _close_term(session, person.id, m.day)
            if _cancel_card(session, actor, policy, person, m.day, now):
                invalid.append((person, m.day))
        elif (
            m.kind is MovementKind.COVER_CHANGE
            and source.person is not None
            and source.change is not None
        ):
            person, change = source.person, source.change
            _close_term(session, person.id, m.day)
            same_day = session.scalar(
                select(PersonTerm).where(
                    PersonTerm.person_id == person.id, PersonTerm.start == m.day
                )
            )
            person.coverage_rate, person.zone = change.coverage_rate, change.zone
            person.annual_ceiling = int(change.annual_ceiling or 0)
            person.annual_net_premium, person.computed_annual_premium = (
                m.annual_after,
                source.computed,
            )
            if same_day is not None:  # a second change on the same day replaces the first
                same_day.coverage_rate, same_day.zone = person.coverage_rate, person.zone
                same_day.annual_ceiling, same_day.annual_net_premium = (
                    person.annual_ceiling,
                    person.annual_net_premium,
                )
                same_day.endorsement_id = endorsement.id
            else:
                session.add(_new_term(person, policy, m.day, endorsement))
            touched.append(person)
        elif m.kind is MovementKind.SUSPENSION:
            session.add(
                CoverSuspension(
                    policy_id=policy.id,
                    person_id=m.person,
                    start=m.day,
                    suspended_by_id=endorsement.id,
                )
            )
            for person in _concerned(session, policy, m):
                person.cover_state = CoverState.SUSPENDED
        elif m.kind is MovementKind.REINSTATEMENT:
            for suspension in session.scalars(
                select(CoverSuspension).where(
                    CoverSuspension.policy_id == policy.id,
                    CoverSuspension.person_id == m.person
                    if m.person is not None
                    else CoverSuspension.person_id.is_(None),
                    CoverSuspension.start < m.day,
                    CoverSuspension.stop.is_(None),
                )
            ):
                suspension.stop, suspension.reinstated_by_id = m.day, endorsement.id
            for person in _concerned(session, policy, m):
                if person.cover_state is CoverState.SUSPENDED:
                    person.cover_state = CoverState.COVERED
    if data.kind is EndorsementKind.CANCELLATION and data.day is not None:
        policy.end_date = data.day
        workflow.move(
            session,
            POLICY_WORKFLOW,
            policy,
            "cancel",
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
            reason=data.reason,
            granted=actor.permissions,
        )
    session.flush()
    return touched, invalid, created


def _concerned(session: Session, policy: Policy, m: Movement) -> list[InsuredPerson]:
    if m.person is not None:
        person = session.get(InsuredPerson, m.person)
        return [person] if person is not None else []
    return list(
        session.scalars(
            select(InsuredPerson).where(
                InsuredPerson.policy_id == policy.id,
                (InsuredPerson.exit_date.is_(None)) | (InsuredPerson.exit_date > m.day),
            )
        )
    )


def _add_person(
    session: Session,
    ctx: ServiceContext,
    policy: Policy,
    endorsement: Endorsement,
    m: Movement,
    source: Source,
    by_addition_row: dict[int, InsuredPerson],
) -> InsuredPerson:
    """A person entering: written, priced as the preview showed, their first term opened."""
    addition = source.addition
    assert addition is not None
    data = addition.person
    if addition.member_row is not None:
        data = replace(data, member_id=by_addition_row[addition.member_row].id)
    person = write_person(session, ctx, policy, data)
    person.annual_net_premium, person.computed_annual_premium = m.annual_after, source.computed
    by_addition_row[source.row] = person
    session.flush()
    session.add(
        _new_term(person, policy, max(person.entry_date, policy.effective_date), endorsement)
    )
    return person


def _write_quittance(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    policy: Policy,
    endorsement: Endorsement,
    plan_: Plan,
    billed: tuple[tuple[Movement, ...], QuittanceComputation],
    created: dict[int, int],
) -> Quittance:
    movements, computation = billed
    today = ctx.today()
    amounts = computation.amounts
    quittance = Quittance(
        number=format_quittance_number(
            today.year, next_number(session, quittance_sequence(today.year))
        ),
        policy_id=policy.id,
        kind=QuittanceKind.REFUND if amounts.is_refund else QuittanceKind.ENDORSEMENT,
        act_label=f"Avenant n° {endorsement.number} — {endorsement.kind.label.lower()}",
        status=QuittanceState.ISSUED,
        issue_date=today,
        due_date=today + timedelta(days=DUE_DAYS),
        period_start=min(m.day for m in movements),
        period_end=policy.expiry_date,
        net=amounts.net,
        fees=amounts.fees,
        taxes=amounts.taxes,
        total=amounts.total,
        tax_rate=computation.tax_rate,
        commission_rate=computation.commission_rate,
        commission=computation.commission,
        management_fee_rate=computation.management_fee_rate,
        management_fee=computation.management_fee,
        cancel_reason="",
        issued_by=actor.code,
        **frozen_parties(policy),
    )
    session.add(quittance)
    session.flush()
    for m, line in zip(movements, computation.lines, strict=True):
        person_id = m.person if m.person is not None else created[m.row]
        session.add(
            QuittanceLine(
                quittance_id=quittance.id,
                person_id=person_id,
                annual_premium=line.annual_premium,
                start=line.start,
                stop=line.stop,
                days=line.days,
                prorated=line.display,
            )
        )
    endorsement.quittance_id = quittance.id
    session.flush()
    category = policy_category(member_count(session, policy.id))
    issue_document(
        session,
        DocumentKind.QUITTANCE,
        Owner(policy_id=policy.id, quittance_id=quittance.id),
        snapshots.quittance_snapshot(
            session, snapshots.company_snapshot(session), policy, quittance, category
        ),
        user_id=actor.user_id,
        user_code=actor.code,
        at=ctx.now(),
    )
    return quittance


def list_endorsements(ctx: ServiceContext, policy_id: int) -> list[EndorsementRow]:
    """The policy's endorsements, by number."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        rows = session.execute(
            select(Endorsement, Quittance.number, Quittance.total)
            .outerjoin(Quittance, Quittance.id == Endorsement.quittance_id)
            .where(Endorsement.policy_id == policy_id)
            .order_by(Endorsement.number)
        ).all()
        return [
            EndorsementRow(
                e.id,
                e.number,
                e.kind,
                e.effective_date,
                e.issued_at,
                e.issued_by,
                number or "",
                total,
            )
            for e, number, total in rows
        ]


@dataclass(frozen=True)
class EndorsementRow:
    id: int
    number: int
    kind: EndorsementKind
    effective_date: date
    issued_at: datetime
    issued_by: str
    quittance_number: str
    total: int | None
