"""The company's settings (domain.md §1): name, address, contacts, licence, logo."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.errors import Collector, FieldError
from desktop_app.domain.roles import Permission
from desktop_app.domain.text import check_text, clean_text
from desktop_app.persistence.models import Company
from desktop_app.services import validation
from desktop_app.services.context import Changes, ServiceContext

COMPANY_ID = 1
MAX_LOGO_BYTES = 2_000_000


@dataclass(frozen=True)
class CompanySettings:
    name: str = ""
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    licence_number: str = ""
    tax_id: str = ""
    logo: bytes | None = None


def get_company(ctx: ServiceContext) -> CompanySettings:
    """Readable by every signed-in user: documents and screens need the company's name."""
    with ctx.read() as session:
        company = session.get(Company, COMPANY_ID)
        if company is None:
            return CompanySettings()
        return CompanySettings(
            company.name,
            company.address,
            company.city,
            company.phone,
            company.email,
            company.licence_number,
            company.tax_id,
            company.logo,
        )


def update_company(ctx: ServiceContext, data: CompanySettings) -> Changes:
    ctx.require(Permission.MANAGE_SETTINGS)
    errors = Collector()
    values: dict[str, str] = {}
    for field, label, required, length, too_long in (
        ("name", "La raison sociale", True, 120, "trop longue"),
        ("address", "L'adresse", False, 400, "trop longue"),
        ("city", "Le nom de la ville", False, 80, "trop long"),
        ("licence_number", "Le numéro d'agrément", False, 60, "trop long"),
        ("tax_id", "Le compte contribuable", False, 60, "trop long"),
    ):
        typed = clean_text(getattr(data, field))
        if len(typed) > length:
            # check_text says "trop long" whatever the gender of the label.
            errors.add(
                field, f"{label} est {too_long} ({len(typed)} caractères, au plus {length})."
            )
            continue
        try:
            values[field] = check_text(typed, field, label, required=required, max_length=length)
        except FieldError as error:
            errors.capture(error)
    values["phone"] = validation.phone(errors, data.phone)
    values["email"] = validation.email(errors, data.email)
    if data.logo is not None and len(data.logo) > MAX_LOGO_BYTES:
        errors.add("logo", "Le logo est trop lourd (2 Mo au plus).")
    errors.raise_if_any()
    with ctx.write() as session:
        company = session.get(Company, COMPANY_ID)
        if company is None:
            company = Company(id=COMPANY_ID, **values, logo=data.logo)
            session.add(company)
        else:
            for key, value in values.items():
                setattr(company, key, value)
            company.logo = data.logo
        return Changes.of("company", COMPANY_ID)
