"""Text helpers: the accent- and case-insensitive key used by search (domain.md §3)."""

from __future__ import annotations

import re
import unicodedata

_NOT_KEY = re.compile(r"[^a-z0-9]+")
# Control characters other than tab and line breaks, and halves of a surrogate pair (a
# character mangled on its way in): PostgreSQL refuses U+0000, nothing can encode a lone
# surrogate (issue 11).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
INVALID_CHARACTER = (
    "contient un caractère invalide (caractère de contrôle ou mal encodé) : retapez-le."
)


def has_invalid_characters(text: str) -> bool:
    return _INVALID.search(text) is not None


def searchable(text: str | None) -> str:
    """What a search box's text may be matched with: invalid characters dropped."""
    return _INVALID.sub("", text or "")


def search_key(text: str | None) -> str:
    """``"Kouassi-N'Guessan Aïcha"`` → ``"kouassi nguessan aicha"``.

    Accents are stripped, case folded, apostrophes dropped, every other run of
    punctuation or space becomes one space. The result is plain ASCII so that a byte-ordered index answers prefix searches
    on SQLite and PostgreSQL alike.
    """
    if not text:
        return ""
    text = searchable(text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    # An apostrophe joins: « N'Guessan » is typed « nguessan » as often as « n'guessan ».
    stripped = stripped.replace("'", "").replace("’", "").replace("`", "")
    return _NOT_KEY.sub(" ", stripped).strip()


def clean_text(text: str | None) -> str:
    """Trim and collapse inner white space of a typed value."""
    return " ".join((text or "").split())


def check_text(
    value: str | None, field: str, label: str, *, required: bool = True, max_length: int = 120
) -> str:
    """Return the cleaned value or raise a French ``FieldError``."""
    from desktop_app.domain.errors import FieldError

    cleaned = clean_text(value)
    if has_invalid_characters(cleaned):
        raise FieldError(field, f"{label} {INVALID_CHARACTER}")
    if required and not cleaned:
        plural = label.startswith(("Les ", "Des "))
        raise FieldError(field, f"{label} {'sont obligatoires' if plural else 'est obligatoire'}.")
    if len(cleaned) > max_length:
        raise FieldError(
            field, f"{label} ne peut dépasser {max_length} caractères ({len(cleaned)} saisis)."
        )
    return cleaned
