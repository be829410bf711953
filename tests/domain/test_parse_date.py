"""Dates as clerks type them (style: JJ/MM/AAAA; a table cell takes the eight digits a
masked field would)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import FieldError


@pytest.mark.parametrize(
    "typed", ["01/11/2026", "01-11-2026", "01.11.2026", "2026-11-01", "01112026", " 01112026 "]
)
def test_every_way_a_clerk_types_a_date(typed: str) -> None:
    assert parse_date(typed, "day") == date(2026, 11, 1)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31022026", "n'existe pas"),
        ("31/02/2026", "n'existe pas"),
        ("1112026", "JJ/MM/AAAA"),
        ("2026/11/01", "JJ/MM/AAAA"),
        ("", "obligatoire"),
    ],
)
def test_what_is_not_a_date_is_said(typed: str, message: str) -> None:
    with pytest.raises(FieldError, match=message):
        parse_date(typed, "day")
