"""Reference data kept by an authorised user (issue 3): intermediaries, administrators,
providers, care-category labels and exclusion reasons (domain.md §1, §7)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.care import CARE_LABELS, CareCategory
from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.kinds import IntermediaryKind, ProviderKind
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    Administrator,
    CareCategoryRow,
    ExclusionReason,
    Intermediary,
    Provider,
)
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext


@dataclass(frozen=True)
class IntermediaryData:
    code: str
    kind: IntermediaryKind
    name: str
    commission_rate: Decimal | None
    phone: str = ""
    email: str = ""
    address: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class AdministratorData:
    code: str
    name: str
    management_fee_rate: Decimal | None
    phone: str = ""
    email: str = ""
    movements_email: str = ""
    address: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class ProviderData:
    name: str
    kind: ProviderKind
    public: bool = False
    in_network: bool = True
    city: str = ""
    phone: str = ""
    active: bool = True
    id: int | None = None


def _unique_code(
    session: Session,
    model: type[Intermediary] | type[Administrator],
    code: str,
    own_id: int | None,
    errors: Collector,
) -> None:
    if not code:
        return
    clash = session.scalar(select(model.id).where(model.code == code))
    if clash is not None and clash != own_id:
        errors.add("code", f"Le code « {code} » existe déjà.")


def list_intermediaries(ctx: ServiceContext, active_only: bool = False) -> list[IntermediaryData]:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        query = select(Intermediary).order_by(Intermediary.code)
        if active_only:
            query = query.where(Intermediary.active.is_(True))
        return [
            IntermediaryData(
                i.code,
                i.kind,
                i.name,
                i.commission_rate,
                i.phone,
                i.email,
                i.address,
                i.active,
                i.id,
            )
            for i in session.scalars(query)
        ]


def save_intermediary(ctx: ServiceContext, data: IntermediaryData) -> tuple[int, Changes]:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    code = v.code(errors, data.code)
    name = v.text(errors, data.name, "name", "Le nom")
    rate = v.rate(
        errors,
        data.commission_rate,
        "commission_rate",
        "Le taux de commission",
        maximum=Decimal("0.5"),
    )
    phone = v.phone(errors, data.phone)
    email = v.email(errors, data.email)
    address = v.text(errors, data.address, "address", "L'adresse", required=False, max_length=400)
    with ctx.write() as session:
        _unique_code(session, Intermediary, code, data.id, errors)
        errors.raise_if_any()
        row = session.get(Intermediary, data.id) if data.id else Intermediary()
        if row is None:
            raise NotFound("Intermédiaire introuvable.")
        row.code, row.kind, row.name, row.commission_rate = code, data.kind, name, rate
        row.phone, row.email, row.address, row.active = phone, email, address, data.active
        session.add(row)
        session.flush()
        return row.id, Changes.of("intermediaries", row.id)


def list_administrators(ctx: ServiceContext, active_only: bool = False) -> list[AdministratorData]:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        query = select(Administrator).order_by(Administrator.code)
        if active_only:
            query = query.where(Administrator.active.is_(True))
        return [
            AdministratorData(
                a.code,
                a.name,
                a.management_fee_rate,
                a.phone,
                a.email,
                a.movements_email,
                a.address,
                a.active,
                a.id,
            )
            for a in session.scalars(query)
        ]


def save_administrator(ctx: ServiceContext, data: AdministratorData) -> tuple[int, Changes]:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    code = v.code(errors, data.code)
    name = v.text(errors, data.name, "name", "Le nom")
    rate = v.rate(
        errors,
        data.management_fee_rate,
        "management_fee_rate",
        "Le taux d'honoraires de gestion",
        maximum=Decimal("0.5"),
    )
    phone = v.phone(errors, data.phone)
    email = v.email(errors, data.email)
    movements = v.email(errors, data.movements_email, "movements_email")
    address = v.text(errors, data.address, "address", "L'adresse", required=False, max_length=400)
    with ctx.write() as session:
        _unique_code(session, Administrator, code, data.id, errors)
        errors.raise_if_any()
        row = session.get(Administrator, data.id) if data.id else Administrator()
        if row is None:
            raise NotFound("Gestionnaire introuvable.")
        row.code, row.name, row.management_fee_rate = code, name, rate
        row.phone, row.email, row.movements_email, row.address = phone, email, movements, address
        row.active = data.active
        session.add(row)
        session.flush()
        return row.id, Changes.of("administrators", row.id)


def list_providers(ctx: ServiceContext, active_only: bool = False) -> list[ProviderData]:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        query = select(Provider).order_by(Provider.name)
        if active_only:
            query = query.where(Provider.active.is_(True))
        return [
            ProviderData(p.name, p.kind, p.public, p.in_network, p.city, p.phone, p.active, p.id)
            for p in session.scalars(query)
        ]


def save_provider(ctx: ServiceContext, data: ProviderData) -> tuple[int, Changes]:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    name = v.text(errors, data.name, "name", "Le nom", max_length=120)
    city = v.text(errors, data.city, "city", "La ville", required=False, max_length=80)
    phone = v.phone(errors, data.phone)
    with ctx.write() as session:
        if name:
            clash = session.scalar(
                select(Provider.id).where(
                    func.lower(Provider.name) == name.lower(),
                    func.lower(Provider.city) == city.lower(),
                )
            )
            if clash is not None and clash != data.id:
                errors.add("name", f"Le prestataire « {name} » existe déjà dans cette ville.")
        errors.raise_if_any()
        row = session.get(Provider, data.id) if data.id else Provider()
        if row is None:
            raise NotFound("Prestataire introuvable.")
        row.name, row.kind, row.public, row.in_network = (
            name,
            data.kind,
            data.public,
            data.in_network,
        )
        row.city, row.phone, row.active = city, phone, data.active
        session.add(row)
        session.flush()
        return row.id, Changes.of("providers", row.id)


@dataclass(frozen=True)
class LabelRow:
    code: str
    label: str
    active: bool = True


def care_category_labels(ctx: ServiceContext) -> list[LabelRow]:
    """Every category in the catalogue order, with the office's label if it renamed one."""
    with ctx.read() as session:
        stored = {
            r.code: LabelRow(r.code, r.label, r.active)
            for r in session.scalars(select(CareCategoryRow))
        }
    rows = []
    for category in CareCategory:
        row = stored.get(category.value)
        rows.append(
            LabelRow(
                category.value,
                row.label if row else CARE_LABELS[category],
                row.active if row else True,
            )
        )
    return rows


def save_care_category(ctx: ServiceContext, data: LabelRow) -> Changes:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    if data.code not in {c.value for c in CareCategory}:
        errors.add("code", "Catégorie de soins inconnue.")
    label = v.text(errors, data.label, "label", "Le libellé")
    errors.raise_if_any()
    with ctx.write() as session:
        row = session.get(CareCategoryRow, data.code) or CareCategoryRow(code=data.code, position=0)
        row.label, row.active = label, data.active
        session.add(row)
        return Changes.of("care_categories")


def list_exclusion_reasons(ctx: ServiceContext, active_only: bool = False) -> list[LabelRow]:
    with ctx.read() as session:
        query = select(ExclusionReason).order_by(ExclusionReason.code)
        if active_only:
            query = query.where(ExclusionReason.active.is_(True))
        return [LabelRow(r.code, r.label, r.active) for r in session.scalars(query)]


def save_exclusion_reason(ctx: ServiceContext, data: LabelRow) -> Changes:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = Collector()
    code = v.code(errors, data.code, max_length=12)
    label = v.text(errors, data.label, "label", "Le libellé", max_length=200)
    errors.raise_if_any()
    with ctx.write() as session:
        row = session.get(ExclusionReason, code) or ExclusionReason(code=code)
        row.label, row.active = label, data.active
        session.add(row)
        return Changes.of("exclusion_reasons")


def add_default_exclusion_reasons(ctx: ServiceContext) -> tuple[int, Changes]:
    """« Charger la liste par défaut »: the reasons of the general conditions the office's
    list lacks, added in one transaction; a reason the office has keeps its label and state.
    Returns how many were added (nothing changed when none)."""
    from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS

    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    with ctx.write() as session:
        present = set(session.scalars(select(ExclusionReason.code)))
        missing = [r for r in DEFAULT_EXCLUSION_REASONS if r.code not in present]
        for reason in missing:
            session.add(ExclusionReason(code=reason.code, label=reason.label, active=True))
    return len(missing), Changes.of("exclusion_reasons") if missing else Changes()


def seed_reference_data(ctx: ServiceContext) -> Changes:
    """First values of the office's lists, written once into empty tables at start:
    the exclusion reasons of the general conditions (domain/exclusions.py) and the
    standard schedule-of-benefits template. Later edits by the office are never undone."""
    from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS
    from desktop_app.services.production.benefits import ensure_standard_template

    changes = Changes()
    with ctx.write() as session:
        if session.scalar(select(func.count()).select_from(ExclusionReason)) == 0:
            for reason in DEFAULT_EXCLUSION_REASONS:
                session.add(ExclusionReason(code=reason.code, label=reason.label, active=True))
            changes = changes | Changes.of("exclusion_reasons")
        ensure_standard_template(session)
    return changes
