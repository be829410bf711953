"""Field checks shared by the services' forms: each adds a French message to a Collector."""

from __future__ import annotations

import re
from decimal import Decimal

from desktop_app.domain.errors import Collector, FieldError
from desktop_app.domain.text import check_text

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+() .-]*$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]*$")
MAX_AMOUNT = 10_000_000_000


def text(
    errors: Collector,
    value: str,
    field: str,
    label: str,
    *,
    required: bool = True,
    max_length: int = 120,
) -> str:
    try:
        return check_text(value, field, label, required=required, max_length=max_length)
    except FieldError as error:
        errors.capture(error)
        return ""


def code(errors: Collector, value: str, field: str = "code", *, max_length: int = 20) -> str:
    """An uppercase reference code: letters without accents, digits, . _ / -."""
    cleaned = value.strip().upper()
    if not cleaned:
        errors.add(field, "Le code est obligatoire.")
    elif len(cleaned) > max_length:
        errors.add(field, f"Le code est trop long (au plus {max_length} caractères).")
    elif not _CODE.match(cleaned):
        errors.add(
            field,
            "Le code ne peut contenir que des lettres sans accent, des chiffres, "
            "et les signes . _ / -",
        )
    return cleaned


def email(errors: Collector, value: str, field: str = "email") -> str:
    value = value.strip()
    if value and (len(value) > 120 or not _EMAIL.match(value)):
        errors.add(field, "Adresse e-mail invalide (exemple : contact@assureur.ci).")
    return value


def phone(errors: Collector, value: str, field: str = "phone") -> str:
    value = " ".join(value.split())
    if len(value) > 40:
        errors.add(field, "Numéro de téléphone trop long (au plus 40 caractères).")
    elif not _PHONE.match(value):
        errors.add(
            field, "Numéro de téléphone invalide : chiffres, espaces, +, ( ) et tirets seulement."
        )
    return value


def rate(
    errors: Collector,
    value: Decimal | None,
    field: str,
    label: str,
    *,
    maximum: Decimal = Decimal(1),
    required: bool = True,
) -> Decimal:
    """A rate as a fraction (0.15 for 15 %), between 0 and ``maximum``."""
    if value is None:
        if required:
            errors.add(field, f"{label} est obligatoire.")
        return Decimal(0)
    if not value.is_finite() or value < 0:
        errors.add(field, f"{label} doit être un pourcentage positif.")
    elif value > maximum:
        errors.add(field, f"{label} ne peut pas dépasser {maximum * 100:.0f} %.")
    elif (value * 1_000_000) != (value * 1_000_000).to_integral_value():
        errors.add(field, f"{label} : quatre décimales au plus.")
    return value


def amount(
    errors: Collector,
    value: int | None,
    field: str,
    label: str,
    *,
    required: bool = True,
    allow_zero: bool = True,
    maximum: int = MAX_AMOUNT,
) -> int | None:
    if value is None:
        if required:
            errors.add(field, f"{label} est obligatoire.")
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        errors.add(field, f"{label} doit être un nombre entier de francs.")
    elif value < 0 or (value == 0 and not allow_zero):
        errors.add(field, f"{label} doit être positif.")
    elif value > maximum:
        errors.add(field, f"{label} est trop élevé.")
    return value
