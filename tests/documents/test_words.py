"""Amounts in French words (quittances, payment orders): traditional spelling."""

from __future__ import annotations

import pytest

from desktop_app.documents.words import amount_in_words_fr, number_in_words_fr


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zéro"),
        (1, "un"),
        (16, "seize"),
        (17, "dix-sept"),
        (21, "vingt et un"),
        (22, "vingt-deux"),
        (70, "soixante-dix"),
        (71, "soixante et onze"),
        (77, "soixante-dix-sept"),
        (80, "quatre-vingts"),
        (81, "quatre-vingt-un"),
        (91, "quatre-vingt-onze"),
        (99, "quatre-vingt-dix-neuf"),
        (100, "cent"),
        (101, "cent un"),
        (180, "cent quatre-vingts"),
        (200, "deux cents"),
        (201, "deux cent un"),
        (1_000, "mille"),
        (1_001, "mille un"),
        (2_000, "deux mille"),
        (21_000, "vingt et un mille"),
        (80_000, "quatre-vingt mille"),
        (200_000, "deux cent mille"),
        (125_000, "cent vingt-cinq mille"),
        (1_000_000, "un million"),
        (2_500_300, "deux millions cinq cent mille trois cents"),
        (80_000_000, "quatre-vingts millions"),
        (200_000_000, "deux cents millions"),
        (1_000_000_000, "un milliard"),
        (3_000_000_000, "trois milliards"),
    ],
)
def test_number_in_words(n: int, words: str) -> None:
    assert number_in_words_fr(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zéro franc CFA"),
        (1, "un franc CFA"),
        (2, "deux francs CFA"),
        (125_000, "cent vingt-cinq mille francs CFA"),
        (590_272, "cinq cent quatre-vingt-dix mille deux cent soixante-douze francs CFA"),
        # "de" before the currency only when the number ends with million(s) or milliard(s).
        (1_000_000, "un million de francs CFA"),
        (2_000_000, "deux millions de francs CFA"),
        (2_500_300, "deux millions cinq cent mille trois cents francs CFA"),
        (1_000_000_000, "un milliard de francs CFA"),
        (-5_000, "moins cinq mille francs CFA"),
    ],
)
def test_amount_in_words(n: int, words: str) -> None:
    assert amount_in_words_fr(n) == words
