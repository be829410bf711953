"""Money is a whole number of FCFA; rates are exact decimals (domain.md, preamble and §5).

A computation keeps exact decimals all the way and rounds once, at the end, half up to
the franc. Nothing here ever touches a binary float.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.domain.errors import FieldError

NBSP = "\u00a0"  # printed group separator: fonts without U+202F still draw it (platform-notes.md)
CURRENCY = "FCFA"

ONE = Decimal(1)
HUNDRED = Decimal(100)


def round_fcfa(value: Decimal | int) -> int:
    """Round an exact amount half up to the franc (domain.md preamble)."""
    return int(Decimal(value).quantize(ONE, rounding=ROUND_HALF_UP))


def percent(value: Decimal | int | str) -> Decimal:
    """A rate given in percent (``"8"`` → ``Decimal("0.08")``), kept exact."""
    return Decimal(str(value)) / HUNDRED


def apply_rate(amount: int, rate: Decimal) -> int:
    """``amount × rate`` rounded once to the franc."""
    return round_fcfa(Decimal(amount) * rate)


def group_digits(value: int, sep: str = NBSP) -> str:
    """``1234567`` → ``"1 234 567"`` with a no-break space; negative amounts keep their sign."""
    sign = "-" if value < 0 else ""
    digits = str(abs(int(value)))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + sep.join(reversed(groups))


def format_fcfa(value: int, with_currency: bool = True, sep: str = NBSP) -> str:
    """French display of an amount: ``1 234 567 FCFA``."""
    text = group_digits(value, sep)
    return f"{text}{sep}{CURRENCY}" if with_currency else text


def format_rate(rate: Decimal) -> str:
    """``Decimal("0.08")`` → ``"8 %"``, ``Decimal("0.125")`` → ``"12,5 %"`` (French decimal comma)."""
    pct = (rate * HUNDRED).normalize()
    text = format(pct, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") + NBSP + "%"


def parse_fcfa(
    text: str, field: str, *, allow_negative: bool = False, maximum: int = 10_000_000_000
) -> int:
    """Read an amount typed by a clerk (``"1 234 567"``, ``"1.234.567 FCFA"``).

    Refuses decimals (FCFA has no sub-unit), letters, negative amounts unless allowed,
    and absurd amounts above ``maximum``.
    """
    cleaned = text.strip().upper().replace(CURRENCY, "").replace("F", "")
    for sep in (" ", NBSP, "\u202f", ".", "\t"):
        cleaned = cleaned.replace(sep, "")
    if not cleaned:
        raise FieldError(field, "Le montant est obligatoire.")
    if "," in cleaned:
        raise FieldError(field, "Le franc CFA n'a pas de centimes : saisissez un montant entier.")
    negative = cleaned.startswith("-")
    body = cleaned[1:] if negative else cleaned
    if not body.isdigit():
        raise FieldError(field, "Montant invalide : saisissez un nombre entier de francs.")
    value = int(body)
    if negative:
        if not allow_negative:
            raise FieldError(field, "Le montant ne peut pas être négatif.")
        value = -value
    if abs(value) > maximum:
        raise FieldError(field, f"Montant trop élevé (au plus {format_fcfa(maximum)}).")
    return value


def parse_rate(text: str, field: str, *, maximum: Decimal = HUNDRED) -> Decimal:
    """Read a rate typed in percent (``"12,5"`` → ``Decimal("0.125")``), 0 to ``maximum`` %."""
    cleaned = text.strip().replace("%", "").replace(" ", "").replace(NBSP, "").replace(",", ".")
    if not cleaned:
        raise FieldError(field, "Le taux est obligatoire.")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise FieldError(
            field, "Taux invalide : saisissez un pourcentage, par exemple 12,5."
        ) from None
    if not value.is_finite() or value < 0:
        raise FieldError(field, "Le taux doit être un pourcentage positif.")
    if value > maximum:
        raise FieldError(field, f"Le taux ne peut pas dépasser {format(maximum, 'f')} %.")
    return value / HUNDRED


def parse_signed_rate(
    text: str, field: str, *, minimum: Decimal = -HUNDRED, maximum: Decimal = HUNDRED
) -> Decimal:
    """Read a change typed in percent, with its sign (``"-25"`` → ``Decimal("-0.25")``,
    ``"+15"`` or ``"15"`` → ``Decimal("0.15")``), from ``minimum`` to ``maximum`` %."""
    cleaned = (
        text.strip().replace("%", "").replace(" ", "").replace(NBSP, "").replace(",", ".")
    ).replace("−", "-")
    if not cleaned:
        raise FieldError(field, "Le pourcentage est obligatoire (0 pour aucun changement).")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise FieldError(
            field, "Pourcentage invalide : saisissez par exemple -25 ou +15."
        ) from None
    if not value.is_finite():
        raise FieldError(field, "Pourcentage invalide : saisissez par exemple -25 ou +15.")
    if not minimum <= value <= maximum:
        raise FieldError(
            field,
            f"Le pourcentage est compris entre {format(minimum, 'f')} et {format(maximum, 'f')} %.",
        )
    return value / HUNDRED
