"""Reading one cell of a member list (domain.md §3): each parser returns the typed value
or raises ``FieldError`` with the message the clerk will read next to the row and column.

Excel hands numbers over as floats; they are turned into exact integers or decimals through
their shortest text at once, and nothing is computed on a float.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import COVERAGE_RATES, Gender, Relationship
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.domain.text import search_key
from desktop_app.exports.member_columns import GENDER_WORDS, RELATIONSHIP_WORDS

Parser = Callable[[object, str, str], object]
"""``parser(value, key, label)``: ``key`` names the field, ``label`` is its header in the file."""

MAX_CEILING = 1_000_000_000  # the limits of the person form (services/members.py)
MAX_PREMIUM = 100_000_000
MAX_LENGTHS = {
    "last_name": 80,
    "first_names": 120,
    "birth_place": 80,
    "matricule": 30,
    "member_matricule": 30,
    "family": 30,
}
_MATRICULE = re.compile(r"^[A-Z0-9][A-Z0-9./-]*$")


def _text(value: object, key: str, label: str) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (datetime, date)):
        raise FieldError(key, f"« {label} » attend un texte, pas une date.")
    text = str(value).strip()
    limit = MAX_LENGTHS.get(key, 120)
    if len(text) > limit:
        raise FieldError(
            key, f"« {label} » est trop long ({len(text)} caractères, au plus {limit})."
        )
    return text


def _code(value: object, key: str, label: str) -> str:
    text = _text(value, key, label).upper()
    if not _MATRICULE.match(text):
        raise FieldError(
            key,
            f"« {text} » : un matricule ne contient que des lettres sans "
            "accent, des chiffres et les signes . / -",
        )
    return text


def _date(value: object, key: str, label: str) -> date:
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    elif isinstance(value, str):
        parsed = parse_date(value, key)
        assert parsed is not None  # required=True never returns None
        day = parsed
    else:
        raise FieldError(key, "Date invalide : saisissez-la sous la forme JJ/MM/AAAA.")
    if day.year < 1900:
        raise FieldError(key, f"Date impossible : {day:%d/%m/%Y}.")
    return day


def _choice(words: dict[str, tuple[str, ...]], value: object) -> str | None:
    key = search_key(str(value))
    for code, accepted in words.items():
        if key in accepted:
            return code
    return None


def _gender(value: object, key: str, label: str) -> Gender:
    code = _choice(GENDER_WORDS, value)
    if code is None:
        raise FieldError(key, f"Sexe « {value} » inconnu : écrivez M ou F.")
    return Gender(code)


def _relationship(value: object, key: str, label: str) -> Relationship:
    code = _choice(RELATIONSHIP_WORDS, value)
    if code is None:
        raise FieldError(
            key, f"Lien « {value} » inconnu : écrivez Assuré principal, Conjoint, Enfant ou Autre."
        )
    return Relationship(code)


def _decimal(value: object) -> Decimal | None:
    """A cell's number as an exact decimal; an Excel float is read through its shortest text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.replace("%", "").replace(" ", "").replace("\u00a0", "").replace(",", ".")
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    return None


def _rate(value: object, key: str, label: str) -> int:
    number = _decimal(value)
    if number is not None and number.is_finite():
        if number <= 1 and isinstance(value, (float, int)) and not isinstance(value, bool):
            number *= 100  # a cell in percent format holds 0.8 for 80 %
        if number == number.to_integral_value() and int(number) in COVERAGE_RATES:
            return int(number)
    raise FieldError(key, f"Taux « {value} » non prévu : 100, 90, 80, 70 ou 60.")


def _zone(value: object, key: str, label: str) -> int:
    text = str(value)
    if isinstance(value, str):
        text = search_key(value).removeprefix("zone").strip()
    number = _decimal(text)
    if number is not None and number in (1, 2, 3) and not isinstance(value, bool):
        return int(number)
    raise FieldError(key, f"Zone « {value} » inconnue : 1, 2 ou 3.")


def _amount(value: object, key: str, label: str) -> int:
    if isinstance(value, str):
        try:
            amount = parse_fcfa(value, key, allow_negative=True)
        except FieldError as error:
            raise FieldError(key, f"« {label} » : {error.message}") from None
    elif isinstance(value, float) and value.is_integer():
        amount = int(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        amount = value
    else:
        raise FieldError(key, f"« {label} » : saisissez un nombre entier de francs CFA.")
    maximum = MAX_CEILING if key == "annual_ceiling" else MAX_PREMIUM
    if amount < 0:
        raise FieldError(key, f"« {label} » ne peut pas être négatif.")
    if amount == 0 and key == "annual_ceiling":
        raise FieldError(key, "Le plafond annuel doit être supérieur à zéro.")
    if amount > maximum:
        raise FieldError(
            key,
            f"« {label} » : {format_fcfa(amount)} est un montant "
            f"invraisemblable (au plus {format_fcfa(maximum)}).",
        )
    return amount


def _cmu(value: object, key: str, label: str) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    digits = str(value).replace(" ", "").replace(".", "").replace("-", "")
    if not (len(digits) == 13 and digits.isascii() and digits.isdigit()):
        hint = (
            " Si le numéro commence par 0, mettez la colonne au format Texte."
            if isinstance(value, int)
            else ""
        )
        raise FieldError(
            key, f"N° CMU « {value} » invalide : il compte exactement 13 chiffres.{hint}"
        )
    return digits


PARSERS: dict[str, Parser] = {
    "last_name": _text,
    "first_names": _text,
    "birth_place": _text,
    "birth_date": _date,
    "entry_date": _date,
    "gender": _gender,
    "relationship": _relationship,
    "matricule": _code,
    "member_matricule": _code,
    "family": _code,
    "cmu_number": _cmu,
    "coverage_rate": _rate,
    "zone": _zone,
    "annual_ceiling": _amount,
    "annual_net_premium": _amount,
}
