"""Members and dependents of a draft policy, each with their own guarantees (domain.md §3).

A dependent's guarantees are proposed from their member's and changed one by one: never
inherited by force. The premium is priced by ``services.pricing``; a premium typed by hand
is kept beside the computed one and the difference is shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.dates import age_on
from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.kinds import COVERAGE_RATES, CoverState, Gender, Relationship
from desktop_app.domain.numbers import MATRICULE_SEQUENCE, format_matricule
from desktop_app.domain.roles import Permission
from desktop_app.domain.text import search_key
from desktop_app.persistence.models import Dependent, InsuredPerson, Member, PersonPhoto, Policy
from desktop_app.persistence.numbering import next_number
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.production import pricing
from desktop_app.services.production.common import load_draft

_MATRICULE = re.compile(r"^[A-Z0-9][A-Z0-9./-]*$")
MAX_PHOTO_BYTES = 1_000_000


@dataclass(frozen=True)
class PersonData:
    policy_id: int
    last_name: str
    first_names: str
    birth_date: date | None
    gender: Gender
    entry_date: date | None
    coverage_rate: int
    zone: int
    annual_ceiling: int | None
    relationship: Relationship = Relationship.SELF
    member_id: int | None = None  # a dependent's member
    birth_place: str = ""
    cmu_number: str = ""
    matricule: str = ""  # the administrator's; empty: generated
    annual_net_premium: int | None = None  # typed by hand; None: the tariff's
    medical_surcharge_rate: Decimal = Decimal(0)
    surcharge_reason: str = ""
    exclusions: str = ""
    age_override_reason: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PersonRow:
    """A line of the persons grid: members each followed by their dependents."""

    id: int
    member_id: int | None
    matricule: str
    last_name: str
    first_names: str
    relationship: Relationship
    birth_date: date
    age: int
    entry_date: date
    exit_date: date | None
    cover_state: CoverState
    coverage_rate: int
    zone: int
    annual_ceiling: int
    annual_net_premium: int
    computed_annual_premium: int | None
    has_photo: bool

    @property
    def premium_differs(self) -> bool:
        return (
            self.computed_annual_premium is not None
            and self.computed_annual_premium != self.annual_net_premium
        )


def propose_dependent(ctx: ServiceContext, member_id: int) -> PersonData:
    """A new dependent's form, filled with the member's guarantees (§3)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        member = session.get(Member, member_id)
        if member is None:
            raise NotFound("Assuré principal introuvable.")
        return PersonData(
            policy_id=member.policy_id,
            last_name=member.last_name,
            first_names="",
            birth_date=None,
            gender=Gender.FEMALE,
            entry_date=member.entry_date,
            coverage_rate=member.coverage_rate,
            zone=member.zone,
            annual_ceiling=member.annual_ceiling,
            relationship=Relationship.CHILD,
            member_id=member.id,
        )


def _check(
    session: Session, ctx: ServiceContext, policy: Policy, data: PersonData
) -> tuple[Collector, dict[str, object]]:
    errors = Collector()
    out: dict[str, object] = {}
    out["last_name"] = v.text(errors, data.last_name, "last_name", "Le nom", max_length=80)
    out["first_names"] = v.text(
        errors, data.first_names, "first_names", "Les prénoms", max_length=120
    )
    out["birth_place"] = v.text(
        errors,
        data.birth_place,
        "birth_place",
        "Le lieu de naissance",
        required=False,
        max_length=80,
    )
    today = ctx.today()
    if data.birth_date is None:
        errors.add("birth_date", "La date de naissance est obligatoire.")
    elif data.birth_date > today:
        errors.add("birth_date", "La date de naissance est dans le futur.")
    elif age_on(data.birth_date, today) > 120:
        errors.add("birth_date", "Date de naissance invalide (plus de 120 ans).")
    cmu = data.cmu_number.strip().replace(" ", "")
    if cmu and not (len(cmu) == 13 and cmu.isdigit()):
        errors.add("cmu_number", "Le numéro CMU compte exactement 13 chiffres.")
    out["cmu_number"] = cmu
    matricule = data.matricule.strip().upper()
    if matricule:
        if len(matricule) > 30:
            errors.add("matricule", "Le matricule est trop long (au plus 30 caractères).")
        elif not _MATRICULE.match(matricule):
            errors.add(
                "matricule",
                "Le matricule ne peut contenir que des lettres sans accent, des chiffres, . / -",
            )
        else:
            clash = session.scalar(
                select(InsuredPerson.id).where(InsuredPerson.matricule == matricule)
            )
            if clash is not None and clash != data.id:
                errors.add(
                    "matricule", f"Le matricule {matricule} est déjà attribué à une autre personne."
                )
    out["matricule"] = matricule
    if data.entry_date is None:
        errors.add("entry_date", "La date d'entrée est obligatoire.")
    elif not policy.effective_date <= data.entry_date <= policy.expiry_date:
        errors.add(
            "entry_date",
            "La date d'entrée doit tomber entre la date d'effet et l'échéance de la police.",
        )
    if data.coverage_rate not in COVERAGE_RATES:
        errors.add("coverage_rate", "Le taux de couverture est 100, 90, 80, 70 ou 60 %.")
    if data.zone not in (1, 2, 3):
        errors.add("zone", "La zone est 1, 2 ou 3.")
    v.amount(
        errors,
        data.annual_ceiling,
        "annual_ceiling",
        "Le plafond annuel",
        allow_zero=False,
        maximum=1_000_000_000,
    )
    v.amount(
        errors,
        data.annual_net_premium,
        "annual_net_premium",
        "La prime annuelle",
        required=False,
        maximum=100_000_000,
    )
    v.rate(
        errors,
        data.medical_surcharge_rate,
        "medical_surcharge_rate",
        "La surprime médicale",
        maximum=Decimal(2),
    )
    out["surcharge_reason"] = v.text(
        errors,
        data.surcharge_reason,
        "surcharge_reason",
        "Le motif de la surprime",
        required=data.medical_surcharge_rate > 0,
        max_length=500,
    )
    out["exclusions"] = v.text(
        errors, data.exclusions, "exclusions", "Les exclusions", required=False, max_length=1000
    )
    out["age_override_reason"] = v.text(
        errors,
        data.age_override_reason,
        "age_override_reason",
        "Le motif de la dérogation",
        required=False,
        max_length=500,
    )
    if data.member_id is None:
        if data.relationship != Relationship.SELF:
            errors.add("relationship", "Un assuré principal a le lien « Assuré principal ».")
    else:
        member = session.get(Member, data.member_id)
        if member is None or member.policy_id != policy.id:
            errors.add("member_id", "L'assuré principal n'appartient pas à cette police.")
        if data.relationship == Relationship.SELF:
            errors.add(
                "relationship", "Choisissez le lien de l'ayant droit : conjoint, enfant ou autre."
            )
    return errors, out


def save_person(ctx: ServiceContext, data: PersonData) -> tuple[int, Changes]:
    """Add or change a person of a draft policy, priced by the tariff (§3, §4)."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.write() as session:
        policy = load_draft(session, data.policy_id)
        data = _kept_medical(session, actor.can(Permission.VIEW_MEDICAL), data)
        errors = check_person(session, ctx, policy, data)
        errors.raise_if_any()
        before = pricing.counts(session, policy.id)
        person = write_person(session, ctx, policy, data)
        pricing.reprice_policy(
            session, policy, typed={person.id: data.annual_net_premium}, before=before
        )
        return person.id, Changes.of("insured_persons", person.id) | Changes.of(
            "policies", policy.id
        )


def _kept_medical(session: Session, medical: bool, data: PersonData) -> PersonData:
    """A user without the medical right reads a person's surcharge reason and exclusions
    masked (issue 11): what they leave blank keeps what is stored; what they type
    replaces it (they may record what a subscriber declares, not read it back)."""
    if medical or data.id is None:
        return data
    stored = session.get(InsuredPerson, data.id)
    if stored is None:
        return data
    return replace(
        data,
        surcharge_reason=data.surcharge_reason.strip() or stored.surcharge_reason,
        exclusions=data.exclusions.strip() or stored.exclusions,
    )


def hidden_medical(ctx: ServiceContext, data: PersonData) -> PersonData:
    """The person as a user without the medical right reads them (issue 11)."""
    actor = ctx.actor
    if actor is not None and actor.can(Permission.VIEW_MEDICAL):
        return data
    return replace(data, surcharge_reason="", exclusions="")


def check_person(
    session: Session, ctx: ServiceContext, policy: Policy, data: PersonData
) -> Collector:
    """Every refusal for this person, field by field (nothing written)."""
    return checked_person(session, ctx, policy, data)[0]


def checked_person(
    session: Session, ctx: ServiceContext, policy: Policy, data: PersonData
) -> tuple[Collector, dict[str, object]]:
    """``check_person``'s refusals and the cleaned values ``write_person`` may take as they
    are (an import checks then writes thousands of rows: checked once)."""
    errors, out = _check(session, ctx, policy, data)
    if not errors.errors:
        assert data.birth_date is not None and data.entry_date is not None
        pricing.check_age(
            ctx, data.birth_date, policy, data.entry_date, str(out["age_override_reason"]), errors
        )
    return errors, out


PENDING_MATRICULES = "pending_matricules"


def _new_matricule(session: Session) -> str:
    """The next generated matricule not already typed by hand for someone else (an
    administrator's own numbers may look like ours): matricules need not be gap-free."""
    pending = session.info.get(PENDING_MATRICULES, frozenset())  # typed, not yet flushed
    while True:
        candidate = format_matricule(next_number(session, MATRICULE_SEQUENCE))
        if candidate.upper() in pending:
            continue
        if (
            session.scalar(select(InsuredPerson.id).where(InsuredPerson.matricule == candidate))
            is None
        ):
            return candidate


def write_person(
    session: Session,
    ctx: ServiceContext,
    policy: Policy,
    data: PersonData,
    *,
    checked: dict[str, object] | None = None,
    counts: tuple[int, int] | None = None,
) -> InsuredPerson:
    """Write a checked person (new or changed) and price them; the caller reprices the policy.
    ``checked``: the values ``checked_person`` returned for ``data``; ``counts``: the
    policy's (members, persons) before this person, when the caller keeps them."""
    out = checked if checked is not None else _check(session, ctx, policy, data)[1]
    actor_code = ctx.actor.code if ctx.actor else ""
    if data.id is not None:
        found = session.get(InsuredPerson, data.id)
        if found is None or found.policy_id != policy.id:
            raise NotFound("Personne introuvable dans cette police.")
        person: InsuredPerson = found
    else:
        person = Dependent() if data.member_id else Member()
        person.policy_id = policy.id
    matricule = str(out["matricule"]) or person.matricule or _new_matricule(session)
    person.matricule = matricule
    person.member_id = data.member_id
    person.relationship_ = data.relationship
    person.last_name, person.first_names = str(out["last_name"]), str(out["first_names"])
    person.last_name_key, person.first_names_key = (
        search_key(person.last_name),
        search_key(person.first_names),
    )
    person.birth_date, person.birth_place = data.birth_date, str(out["birth_place"])  # type: ignore[assignment]
    person.gender, person.cmu_number = data.gender, str(out["cmu_number"])
    person.entry_date = data.entry_date  # type: ignore[assignment]
    person.cover_state = CoverState.COVERED
    person.coverage_rate, person.zone = data.coverage_rate, data.zone
    person.annual_ceiling = int(data.annual_ceiling or 0)
    person.medical_surcharge_rate = data.medical_surcharge_rate
    person.surcharge_reason, person.exclusions = (
        str(out["surcharge_reason"]),
        str(out["exclusions"]),
    )
    person.age_override_reason = str(out["age_override_reason"])
    person.age_override_by = actor_code if person.age_override_reason else ""
    computed = pricing.price_person(session, policy, person, adding=data.id is None, counts=counts)
    person.computed_annual_premium = computed
    person.annual_net_premium = (
        computed if data.annual_net_premium is None else data.annual_net_premium
    )
    session.add(person)
    session.flush()
    return person


def remove_person(ctx: ServiceContext, person_id: int) -> Changes:
    """Take a person off a DRAFT policy (with their dependents, if a member)."""
    ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.write() as session:
        person = session.get(InsuredPerson, person_id)
        if person is None:
            raise NotFound("Personne introuvable.")
        policy = load_draft(session, person.policy_id)
        before = pricing.counts(session, policy.id)
        doomed = list(
            session.scalars(select(Dependent).where(Dependent.member_id == person.id))
        ) + [person]
        for row in doomed:
            photo = session.get(PersonPhoto, row.id)
            if photo is not None:
                session.delete(photo)
            session.delete(row)
        session.flush()
        pricing.reprice_policy(session, policy, typed={}, before=before)
        return Changes.of("insured_persons", *(p.id for p in doomed)) | Changes.of(
            "policies", policy.id
        )


def check_photo(data: bytes | None) -> str:
    """The photo's MIME type, or a French refusal (too heavy, not PNG or JPEG)."""
    errors = Collector()
    if data is None:
        return ""
    if len(data) > MAX_PHOTO_BYTES:
        errors.add("photo", "La photo est trop lourde (1 Mo au plus) : réduisez-la.")
    elif not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
        errors.add("photo", "La photo doit être une image PNG ou JPEG.")
    errors.raise_if_any()
    return "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"


def set_photo(ctx: ServiceContext, person_id: int, data: bytes | None) -> Changes:
    ctx.require(Permission.EDIT_PRODUCTION)
    mime_type = check_photo(data)
    with ctx.write() as session:
        if session.get(InsuredPerson, person_id) is None:
            raise NotFound("Personne introuvable.")
        photo = session.get(PersonPhoto, person_id)
        if data is None:
            if photo is not None:
                session.delete(photo)
        elif photo is None:
            session.add(PersonPhoto(person_id=person_id, data=data, mime_type=mime_type))
        else:
            photo.data, photo.mime_type = data, mime_type
        return Changes.of("insured_persons", person_id)


def get_photo(ctx: ServiceContext, person_id: int) -> bytes | None:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        photo = session.get(PersonPhoto, person_id)
        return bytes(photo.data) if photo else None


def get_person(ctx: ServiceContext, person_id: int) -> PersonData:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        p = session.get(InsuredPerson, person_id)
        if p is None:
            raise NotFound("Personne introuvable.")
        typed = p.annual_net_premium if p.annual_net_premium != p.computed_annual_premium else None
        data = PersonData(
            p.policy_id,
            p.last_name,
            p.first_names,
            p.birth_date,
            p.gender,
            p.entry_date,
            p.coverage_rate,
            p.zone,
            p.annual_ceiling,
            p.relationship_,
            p.member_id,
            p.birth_place,
            p.cmu_number,
            p.matricule,
            typed,
            p.medical_surcharge_rate,
            p.surcharge_reason,
            p.exclusions,
            p.age_override_reason,
            p.id,
        )
    return hidden_medical(ctx, data)


def list_policy_persons(ctx: ServiceContext, policy_id: int) -> list[PersonRow]:
    """Members by name, each followed by their dependents (the persons grid)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    today = ctx.today()
    with ctx.read() as session:
        photos = set(
            session.scalars(
                select(PersonPhoto.person_id)
                .join(InsuredPerson, InsuredPerson.id == PersonPhoto.person_id)
                .where(InsuredPerson.policy_id == policy_id)
            )
        )
        people = session.scalars(
            select(InsuredPerson)
            .where(InsuredPerson.policy_id == policy_id)
            .order_by(InsuredPerson.last_name_key, InsuredPerson.first_names_key, InsuredPerson.id)
        ).all()
        rows = {
            p.id: PersonRow(
                p.id,
                p.member_id,
                p.matricule,
                p.last_name,
                p.first_names,
                p.relationship_,
                p.birth_date,
                age_on(p.birth_date, today),
                p.entry_date,
                p.exit_date,
                p.cover_state,
                p.coverage_rate,
                p.zone,
                p.annual_ceiling,
                p.annual_net_premium,
                p.computed_annual_premium,
                p.id in photos,
            )
            for p in people
        }
    dependents: dict[int, list[PersonRow]] = {}
    for row in rows.values():
        if row.member_id is not None:
            dependents.setdefault(row.member_id, []).append(row)
    ordered: list[PersonRow] = []
    for row in rows.values():
        if row.member_id is None:
            ordered.append(row)
            ordered.extend(dependents.get(row.id, ()))
    return ordered
