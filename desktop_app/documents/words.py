"""Amounts in French words for quittances and payment orders ("Arrêté à la somme de…").

Traditional spelling (hyphens only below one hundred, as on the office's forms):
"vingt et un", "soixante et onze", "quatre-vingts" but "quatre-vingt-un" and
"quatre-vingt mille", "deux cents" but "deux cent un" and "deux cent mille",
"mille" never "un mille", "deux millions de francs".
"""

from __future__ import annotations

_UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_hundred(n: int, plural: bool) -> str:
    """1–99. ``plural``: may "quatre-vingt" take its final s (not before "mille")."""
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens == 7:
        return "soixante et onze" if unit == 1 else "soixante-" + _below_hundred(10 + unit, plural)
    if tens == 8:
        if unit == 0:
            return "quatre-vingts" if plural else "quatre-vingt"
        return "quatre-vingt-" + _UNITS[unit]
    if tens == 9:
        return "quatre-vingt-" + _below_hundred(10 + unit, plural)
    if unit == 0:
        return _TENS[tens]
    if unit == 1:
        return _TENS[tens] + " et un"
    return _TENS[tens] + "-" + _UNITS[unit]


def _below_thousand(n: int, plural: bool) -> str:
    """1–999; "cent" takes an s only when multiplied, last, and ``plural``."""
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds == 1:
        parts.append("cent")
    elif hundreds > 1:
        parts.append(_UNITS[hundreds] + " cent" + ("s" if rest == 0 and plural else ""))
    if rest:
        parts.append(_below_hundred(rest, plural))
    return " ".join(parts)


def number_in_words_fr(n: int) -> str:
    """``125000`` → ``"cent vingt-cinq mille"``; negative numbers start with "moins"."""
    if n < 0:
        return "moins " + number_in_words_fr(-n)
    if n == 0:
        return _UNITS[0]
    billions, rest = divmod(n, 1_000_000_000)
    millions, rest = divmod(rest, 1_000_000)
    thousands, units = divmod(rest, 1000)
    parts: list[str] = []
    if billions:
        # "milliard" is a noun: the words before it keep their plural s.
        parts.append(number_in_words_fr(billions) + (" milliards" if billions > 1 else " milliard"))
    if millions:
        parts.append(
            _below_thousand(millions, True) + (" millions" if millions > 1 else " million")
        )
    if thousands:
        # "mille" is invariable and never preceded by "un"; before it "cent"/"vingt" stay bare.
        parts.append("mille" if thousands == 1 else _below_thousand(thousands, False) + " mille")
    if units:
        parts.append(_below_thousand(units, True))
    return " ".join(parts)


def amount_in_words_fr(n: int) -> str:
    """``125000`` → ``"cent vingt-cinq mille francs CFA"``; ``2000000`` →
    ``"deux millions de francs CFA"``; ``1`` → ``"un franc CFA"``."""
    words = number_in_words_fr(n)
    noun = "francs" if abs(n) >= 2 else "franc"
    joiner = " de " if abs(n) >= 1_000_000 and abs(n) % 1_000_000 == 0 else " "
    return f"{words}{joiner}{noun} CFA"
