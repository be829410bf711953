"""The décompte of a claim file (domain.md §10.2): the facts read from the database, the
domain's ``assess`` computing each line, and the save — or, for the form that recomputes as
the clerk types, the same computation without saving.

The facts: the person's guarantees (rate, annual ceiling), the policy's schedule of
benefits, what the person already got back this policy year across all their other
assessed files (SQL sums per category and overall), entry, exit and suspension, the
policy's category (waiting periods apply to individual policies, §6), the prior approvals
on record and the care already in other décomptes (duplicates). Blocking findings refuse
the save with French messages naming the line and the field; warnings are returned and
written to the file's timeline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain import assessment as dom
from desktop_app.domain.assessment_facts import (
    LINES,
    ClaimFacts,
    Consumption,
    DuplicateConfirmation,
    GuaranteeIncrease,
    LineInput,
    PersonFacts,
    PolicyFacts,
    ScheduleFacts,
    TermFacts,
    care_key,
    line_cell,
)
from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.dates import Period, policy_year
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS
from desktop_app.domain.kinds import CoverState, policy_category
from desktop_app.domain.money import format_fcfa, percent
from desktop_app.domain.prior_approval import ApprovalFacts
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    AssessmentLine,
    Claim,
    CoverSuspension,
    ExclusionReason,
    InsuredPerson,
    PersonTerm,
    Policy,
    PriorApproval,
    Provider,
    User,
)
from desktop_app.persistence.paging import KeyOrder, ascending, descending
from desktop_app.services.administration.passwords import verify_password
from desktop_app.services.claims.common import load_claim, move_claim
from desktop_app.services.claims.documents import store_claim_statement
from desktop_app.services.claims.timeline import record_event
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.finance.cover import care_warnings
from desktop_app.services.locking import get_locked
from desktop_app.services.production.common import load_policy_schedule, member_count

MAX_LINES = 500
COUNTED = (ClaimState.ASSESSED, ClaimState.ORDERED, ClaimState.PAID)
"""Files whose décompte counts towards the person's ceilings."""


@dataclass(frozen=True)
class DuplicateSignOff:
    """An authorised user confirming that a line flagged as a duplicate is real care.
    The signed-in user needs no password; anyone else types theirs at the clerk's desk."""

    user_code: str
    password: str = ""


@dataclass(frozen=True)
class AssessmentOutcome:
    """The computed décompte. ``errors`` block the save (domain findings and the form's own
    checks), ``warnings`` are French messages to show and record."""

    assessment: dom.Assessment
    errors: tuple[FieldError, ...]
    warnings: tuple[str, ...]

    @property
    def blocked(self) -> bool:
        return bool(self.errors)


@dataclass(frozen=True)
class AssessmentResult:
    claim_id: int
    outcome: AssessmentOutcome
    changes: Changes


def _line_errors(
    lines: Sequence[LineInput],
    simplified: bool,
    signoffs: Mapping[int, DuplicateSignOff],
    session: Session,
) -> list[FieldError]:
    """The form's own checks, beside the domain's: how the lines are typed."""
    errors: list[FieldError] = []
    if not lines:
        errors.append(FieldError(LINES, "Saisissez au moins une ligne de soins."))
    if len(lines) > MAX_LINES:
        errors.append(FieldError(LINES, f"Un décompte compte au plus {MAX_LINES} lignes."))
    seen: dict[CareCategory, int] = {}
    for i, line in enumerate(lines):
        n = f"Ligne {i + 1} : "
        number = (line.prestation_number or "").strip()
        if simplified:
            if line.category in seen:
                errors.append(
                    line_cell(
                        i,
                        "category",
                        f"{n}en saisie simplifiée, une seule ligne par "
                        f"catégorie (« {line.category.label} » figure ligne {seen[line.category] + 1}).",
                    )
                )
            seen.setdefault(line.category, i)
        elif not number:
            errors.append(
                line_cell(
                    i,
                    "prestation_number",
                    f"{n}le numéro de prestation est "
                    "obligatoire (ou choisissez la saisie simplifiée).",
                )
            )
        if len(number) > 40:
            errors.append(line_cell(i, "prestation_number", f"{n}numéro de prestation trop long."))
        if len((line.approval_ref or "").strip()) > 40:
            errors.append(line_cell(i, "approval_ref", f"{n}référence d'entente trop longue."))
        if line.provider_id is not None and session.get(Provider, line.provider_id) is None:
            errors.append(line_cell(i, "provider_id", f"{n}prestataire introuvable."))
    years = sorted({line.care_date.year for line in lines if isinstance(line.care_date, date)})
    if len(years) > 1:
        # Each policy year has its own ceilings (§10.2): one décompte, one year.
        errors.append(
            FieldError(
                LINES,
                "Les soins d'un même décompte relèvent d'une seule année de police : "
                f"séparez ceux de {' et de '.join(str(y) for y in years)} en deux dossiers.",
            )
        )
    for i in signoffs:
        if not 0 <= i < len(lines):
            errors.append(
                FieldError(
                    LINES, f"Confirmation de doublon pour une ligne {i + 1} qui n'existe pas."
                )
            )
    return errors


def _confirmation(
    session: Session,
    actor: Actor,
    index: int,
    signoff: DuplicateSignOff,
    verify: bool,
    errors: list[FieldError],
) -> DuplicateConfirmation | None:
    """Who confirms a duplicate, with their roles; the password is checked when saving."""
    code = signoff.user_code.strip()
    user = session.scalar(select(User).where(func.lower(User.code) == code.lower()))
    if user is None or not user.active:
        errors.append(
            line_cell(
                index,
                "prestation_number",
                f"Ligne {index + 1} : utilisateur « {code} » inconnu ou inactif.",
            )
        )
        return None
    if (
        verify
        and user.id != actor.user_id
        and not verify_password(user.password_hash, signoff.password)
    ):
        errors.append(
            line_cell(
                index,
                "prestation_number",
                f"Ligne {index + 1} : mot de passe de {user.code} incorrect : "
                "le doublon n'est pas confirmé.",
            )
        )
        return None
    return DuplicateConfirmation(user.code, user.role_set)


def _terms(
    session: Session, person_id: int
) -> tuple[tuple[TermFacts, ...], tuple[GuaranteeIncrease, ...]]:
    """The person's dated guarantees (§8), and each increase among them: until its waiting
    period has run, the increased part is not covered (§6, individual policies)."""
    rows = session.scalars(
        select(PersonTerm).where(PersonTerm.person_id == person_id).order_by(PersonTerm.start)
    ).all()
    terms = tuple(
        TermFacts(t.start, t.stop, percent(t.coverage_rate), t.annual_ceiling or None) for t in rows
    )
    increases = tuple(
        GuaranteeIncrease(new.start, old.coverage_rate, old.annual_ceiling)
        for old, new in zip(terms, terms[1:], strict=False)
        if new.coverage_rate > old.coverage_rate
        or (new.annual_ceiling or 0) > (old.annual_ceiling or 0)
    )
    return terms, increases


FOREVER = date(9999, 12, 31)


def _suspensions(
    session: Session, policy_id: int, person_id: int
) -> tuple[tuple[Period, ...], tuple[Period, ...]]:
    """The person's and the whole policy's suspension periods (§8): no care is paid in them."""
    rows = session.scalars(
        select(CoverSuspension).where(
            CoverSuspension.policy_id == policy_id,
            or_(CoverSuspension.person_id == person_id, CoverSuspension.person_id.is_(None)),
        )
    ).all()
    person = tuple(Period(r.start, r.stop or FOREVER) for r in rows if r.person_id is not None)
    policy = tuple(Period(r.start, r.stop or FOREVER) for r in rows if r.person_id is None)
    return person, policy


def _state_errors(
    person: InsuredPerson, lines: Sequence[LineInput], *, dated: bool
) -> list[FieldError]:
    """A person whose state says suspended or removed, with no dates on record to say since
    when, is not covered for any care until the state changes: the claim waits for the
    endorsement that dates it (a careful insurer pays nothing it cannot date). A suspension
    made by endorsement is dated (``dated``): the domain refuses only the care inside it."""
    if person.cover_state is CoverState.COVERED:
        return []
    if person.cover_state is CoverState.SUSPENDED and dated:
        return []
    if person.cover_state is CoverState.REMOVED and person.exit_date is not None:
        return []  # the exit date says it; the domain's cover check applies it
    what = "suspendues" if person.cover_state is CoverState.SUSPENDED else "retirées du contrat"
    return [
        line_cell(
            i,
            "care_date",
            f"Ligne {i + 1} : les garanties de la personne sont {what} : "
            "les soins ne peuvent pas être pris en charge.",
        )
        for i, line in enumerate(lines)
        if _payable(line)
    ]


def _payable(line: LineInput) -> bool:
    amounts = (line.claimed, line.cmu_share, line.excluded)
    if not all(isinstance(a, int) and not isinstance(a, bool) for a in amounts):
        return True
    return line.claimed - line.cmu_share - line.excluded > 0


def _consumption(session: Session, claim: Claim, lines: Sequence[LineInput]) -> Consumption:
    """What the person got back in the policy year of the care (§10.2: the year of the
    lines, which a renewal no longer makes the policy's current one) in their other
    assessed files."""
    days = [line.care_date for line in lines if isinstance(line.care_date, date)]
    year = policy_year(min(days) if days else claim.reception_date)
    rows = session.execute(
        select(AssessmentLine.category, func.sum(AssessmentLine.reimbursed))
        .join(Claim, Claim.id == AssessmentLine.claim_id)
        .where(
            AssessmentLine.person_id == claim.person_id,
            AssessmentLine.claim_id != claim.id,
            Claim.status.in_(COUNTED),
            AssessmentLine.care_date >= year.start,
            AssessmentLine.care_date < year.stop,
        )
        .group_by(AssessmentLine.category)
    )
    by_category = {CareCategory(code): int(total or 0) for code, total in rows}
    return Consumption(sum(by_category.values()), by_category)


def _other_care(
    session: Session, claim: Claim, days: set[date]
) -> frozenset[tuple[int, date, str, int]]:
    """The care keys of the person's lines in their other décomptes on the same days."""
    if not days:
        return frozenset()
    rows = session.execute(
        select(
            AssessmentLine.care_date,
            AssessmentLine.category,
            AssessmentLine.prestation_number,
            AssessmentLine.claimed,
        )
        .join(Claim, Claim.id == AssessmentLine.claim_id)
        .where(
            AssessmentLine.person_id == claim.person_id,
            AssessmentLine.claim_id != claim.id,
            Claim.status != ClaimState.CLOSED,
            AssessmentLine.care_date.in_(sorted(days)),
        )
    )
    return frozenset(
        care_key(claim.person_id, LineInput(d, CareCategory(c), claimed, prestation_number=p))
        for d, c, p, claimed in rows
    )


def _approvals(session: Session, refs: set[str]) -> dict[str, ApprovalFacts]:
    if not refs:
        return {}
    rows = session.scalars(select(PriorApproval).where(PriorApproval.reference.in_(sorted(refs))))
    return {
        a.reference: ApprovalFacts(
            a.reference, a.person_id, a.state, a.agreed_days, a.agreed_amount
        )
        for a in rows
    }


def reason_codes(session: Session) -> set[str]:
    """The exclusion codes in force; the defaults of domain/exclusions.py until the office
    has a list of its own."""
    codes = set(
        session.scalars(select(ExclusionReason.code).where(ExclusionReason.active.is_(True)))
    )
    if not codes and session.scalar(select(func.count()).select_from(ExclusionReason)) == 0:
        codes = {reason.code for reason in DEFAULT_EXCLUSION_REASONS}
    return codes


def _prepare(session: Session, claim: Claim, lines: Sequence[LineInput]) -> list[LineInput]:
    """Normalise the typed lines: the file's provider by default, the provider's public or
    private status, upper-case references; a confirmation comes only from a sign-off."""
    prepared = []
    for line in lines:
        provider_id = line.provider_id or claim.provider_id
        provider = session.get(Provider, provider_id) if provider_id else None
        prepared.append(
            dataclasses.replace(
                line,
                provider_id=provider_id,
                public_facility=provider.public if provider is not None else line.public_facility,
                approval_ref=(line.approval_ref or claim.approval_ref or "").strip().upper()
                or None,
                prestation_number=(line.prestation_number or "").strip() or None,
                exclusion_reason=(line.exclusion_reason or "").strip().upper() or None,
                duplicate_confirmation=None,
            )
        )
    return prepared


def _compute(
    session: Session,
    ctx: ServiceContext,
    actor: Actor,
    claim: Claim,
    lines: Sequence[LineInput],
    simplified: bool,
    signoffs: Mapping[int, DuplicateSignOff],
    verify: bool,
) -> tuple[AssessmentOutcome, list[LineInput]]:
    errors = _line_errors(lines, simplified, signoffs, session)
    prepared = _prepare(session, claim, lines)
    if simplified:
        prepared = [dataclasses.replace(line, prestation_number=None) for line in prepared]
    for i, signoff in signoffs.items():
        if 0 <= i < len(prepared):
            confirmation = _confirmation(session, actor, i, signoff, verify, errors)
            prepared[i] = dataclasses.replace(prepared[i], duplicate_confirmation=confirmation)
    # Saving locks the person: two files of one person assessed at the same moment would
    # each see the other's ceilings as still unused.
    person = (
        get_locked(session, InsuredPerson, claim.person_id, "Personne introuvable.")
        if verify
        else session.get(InsuredPerson, claim.person_id)
    )
    policy = session.get(Policy, claim.policy_id)
    assert person is not None and policy is not None
    terms, increases = _terms(session, person.id)
    person_suspended, policy_suspended = _suspensions(session, policy.id, person.id)
    errors += _state_errors(person, prepared, dated=bool(person_suspended or policy_suspended))
    facts = ClaimFacts(
        PersonFacts(
            person.id,
            person.entry_date,
            percent(person.coverage_rate),
            person.annual_ceiling or None,
            person.exit_date,
            suspensions=person_suspended,
            increases=increases,
            terms=terms,
        ),
        PolicyFacts(
            policy_category(member_count(session, policy.id)),
            policy.status,
            policy.effective_date,
            policy.expiry_date,
            end_date=policy.end_date,
            suspensions=policy_suspended,
        ),
        claim.condition,
        claim.reception_date,
        _other_care(session, claim, {line.care_date for line in prepared}),
        _approvals(session, {line.approval_ref for line in prepared if line.approval_ref}),
    )
    schedule = ScheduleFacts.from_schedule(load_policy_schedule(session, policy))
    result = dom.assess(
        facts,
        prepared,
        _consumption(session, claim, prepared),
        schedule,
        ctx.today(),
        reason_codes(session),
    )
    errors += [finding.as_field_error() for finding in result.errors]
    warnings = [finding.message for finding in result.warnings]
    total = sum(line.claimed for line in prepared if isinstance(line.claimed, int))
    if prepared and total != claim.amount_claimed:
        warnings.append(
            f"Le total réclamé des lignes ({format_fcfa(total)}) diffère du montant du dossier "
            f"({format_fcfa(claim.amount_claimed)}) : à vérifier."
        )
    # CIMA art. 13 (§11): care before the premium's required share was collected.
    cares = [line.care_date for line in prepared if isinstance(line.care_date, date)]
    warnings += care_warnings(session, policy.id, cares)
    return AssessmentOutcome(result, tuple(errors), tuple(warnings)), prepared


def preview_assessment(
    ctx: ServiceContext,
    claim_id: int,
    lines: Sequence[LineInput],
    simplified: bool = False,
    duplicate_confirmations: Mapping[int, DuplicateSignOff] | None = None,
) -> AssessmentOutcome:
    """The décompte as it would be saved, recomputed as the clerk types; nothing is written."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    ctx.require(Permission.VIEW_MEDICAL)
    with ctx.read() as session:
        claim = load_claim(session, claim_id)
        outcome, _ = _compute(
            session,
            ctx,
            actor,
            claim,
            lines,
            simplified,
            duplicate_confirmations or {},
            verify=False,
        )
        return outcome


def assess_claim(
    ctx: ServiceContext,
    claim_id: int,
    lines: Sequence[LineInput],
    simplified: bool = False,
    duplicate_confirmations: Mapping[int, DuplicateSignOff] | None = None,
) -> AssessmentResult:
    """Validate the décompte of a received file (§10.2): all lines saved with what they
    reimburse, or nothing at all when a blocking finding remains."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    ctx.require(Permission.VIEW_MEDICAL)
    with ctx.write() as session:
        claim = load_claim(session, claim_id, lock=True)
        record = move_claim(session, claim, "assess", actor, ctx.now())
        outcome, prepared = _compute(
            session,
            ctx,
            actor,
            claim,
            lines,
            simplified,
            duplicate_confirmations or {},
            verify=True,
        )
        if outcome.errors:
            raise ValidationFailed(outcome.errors)
        # A décompte redone after « Rouvrir » replaces the old lines; the audit trail keeps them.
        for old in session.scalars(
            select(AssessmentLine).where(AssessmentLine.claim_id == claim.id)
        ):
            session.delete(old)
        session.flush()
        for typed, line in zip(prepared, outcome.assessment.lines, strict=True):
            confirmation = typed.duplicate_confirmation
            session.add(
                AssessmentLine(
                    claim_id=claim.id,
                    line_no=line.index + 1,
                    person_id=claim.person_id,
                    care_date=typed.care_date,
                    prestation_number=typed.prestation_number or "",
                    category=line.category,
                    provider_id=typed.provider_id,
                    claimed=line.claimed,
                    cmu_share=line.cmu_share,
                    excluded=line.excluded,
                    exclusion_reason=typed.exclusion_reason or "",
                    approval_ref=typed.approval_ref or "",
                    stay_days=typed.stay_days,
                    acts=typed.acts,
                    public_facility=typed.public_facility,
                    abroad=typed.abroad,
                    scanner=typed.scanner,
                    base=line.base,
                    rate=line.rate,
                    at_rate=line.at_rate,
                    reimbursed=line.reimbursed,
                    member_pays=line.member_pays,
                    cap=line.cap.value,
                    blocked=line.blocked,
                    duplicate_confirmed_by=confirmation.user if confirmation else "",
                )
            )
        assessment = outcome.assessment
        claim.simplified, claim.reimbursed, claim.member_pays = (
            simplified,
            assessment.reimbursed,
            assessment.member_pays,
        )
        claim.assessed_by_id, claim.assessed_by, claim.assessed_at = (
            actor.user_id,
            actor.code,
            record.at,
        )
        record_event(
            session,
            claim.id,
            "assessed",
            f"Décompte validé : {len(prepared)} ligne(s), réclamé "
            f"{format_fcfa(assessment.claimed)}, remboursé {format_fcfa(assessment.reimbursed)}.",
            actor,
            record.at,
        )
        for warning in outcome.warnings:
            record_event(session, claim.id, "warning", warning, actor, record.at, medical=True)
        store_claim_statement(session, claim, actor, ctx.now())
        return AssessmentResult(
            claim.id,
            outcome,
            Changes.of("claims", claim.id)
            | Changes.of("assessment_lines")
            | Changes.of("claim_events"),
        )


class LineKey(NamedTuple):
    """Where a page of « Liste décompte » starts: after the line with these values. A file
    holds one line per number, so the three make the order total."""

    care_date: date
    claim_id: int
    line_no: int


# Latest care first, a file's lines together in their order: the reverse walk of
# ``ix_assessment_lines_care`` (a page sorts only the lines of its files by number).
LINE_PAGING = KeyOrder.of(
    descending(AssessmentLine.care_date),
    descending(AssessmentLine.claim_id),
    ascending(AssessmentLine.line_no),
)
# One file's lines (``claim_id`` given): by number.
FILE_LINE_PAGING = KeyOrder.of(ascending(AssessmentLine.line_no))


@dataclass(frozen=True)
class LineRow:
    """A saved décompte line (the « Liste décompte » tab): medical detail."""

    claim_id: int
    claim_number: str
    line_no: int
    person_id: int
    care_date: date
    prestation_number: str
    category: CareCategory
    provider_name: str
    claimed: int
    cmu_share: int
    excluded: int
    exclusion_reason: str
    base: int
    rate_pct: int
    reimbursed: int
    member_pays: int
    cap: dom.Cap
    duplicate_confirmed_by: str

    @property
    def page_key(self) -> LineKey:
        return LineKey(self.care_date, self.claim_id, self.line_no)


def _line_query(person_id: int | None, claim_id: int | None, columns: list[Any]) -> Select[Any]:
    query = (
        select(*columns)
        .select_from(AssessmentLine)
        .join(Claim, Claim.id == AssessmentLine.claim_id)
        .outerjoin(Provider, Provider.id == AssessmentLine.provider_id)
    )
    if person_id is not None:
        query = query.where(AssessmentLine.person_id == person_id)
    if claim_id is not None:
        query = query.where(AssessmentLine.claim_id == claim_id)
    return query


def count_assessment_lines(
    ctx: ServiceContext, person_id: int | None = None, claim_id: int | None = None
) -> int:
    ctx.require(Permission.VIEW_MEDICAL)
    # Without the list's joins: every line has its claim (not null, foreign key) and at most
    # one provider, so they change no count, and SQLite counts a million lines from the
    # smallest index in ≈ 4 ms instead of ≈ 150 ms (bench/bench_decompte_list.py).
    query = select(func.count()).select_from(AssessmentLine)
    if person_id is not None:
        query = query.where(AssessmentLine.person_id == person_id)
    if claim_id is not None:
        query = query.where(AssessmentLine.claim_id == claim_id)
    with ctx.read() as session:
        return int(session.scalar(query) or 0)


def list_assessment_lines(
    ctx: ServiceContext,
    person_id: int | None = None,
    claim_id: int | None = None,
    after: LineKey | None = None,
    limit: int = 200,
) -> list[LineRow]:
    """Décompte lines by person (or of one file), latest care first; medical detail (§14).
    One page of ``limit`` lines after the line ``after`` (keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_MEDICAL)
    a = AssessmentLine
    query = _line_query(
        person_id,
        claim_id,
        [
            a.claim_id,
            Claim.number,
            a.line_no,
            a.person_id,
            a.care_date,
            a.prestation_number,
            a.category,
            Provider.name,
            a.claimed,
            a.cmu_share,
            a.excluded,
            a.exclusion_reason,
            a.base,
            a.rate,
            a.reimbursed,
            a.member_pays,
            a.cap,
            a.duplicate_confirmed_by,
        ],
    )
    order = FILE_LINE_PAGING if claim_id is not None else LINE_PAGING
    if after is not None:
        query = query.where(order.after((after.line_no,) if claim_id is not None else after))
    query = query.order_by(*order.order_by()).limit(limit)
    with ctx.read() as session:
        return [
            LineRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                CareCategory(r[6]),
                r[7] or "",
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
                int(r[13] * 100),
                r[14],
                r[15],
                dom.Cap(r[16]),
                r[17],
            )
            for r in session.execute(query)
        ]
