"""Reading statements back with openpyxl, the way an accountant's Excel would open them."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

_SUBTOTAL = re.compile(r"^=SUBTOTAL\(109,([A-Z]+)(\d+):([A-Z]+)(\d+)\)$")


def open_sheet(path: Path, title: str) -> Worksheet:
    workbook = openpyxl.load_workbook(path)
    return workbook[title]


def evaluate_subtotal(ws: Worksheet, formula: str) -> int:
    """What Excel shows for ``=SUBTOTAL(109,F6:F105)`` with no filter: the sum of the range.

    Parsing the range (rather than trusting it) checks that it covers the data rows exactly.
    """
    match = _SUBTOTAL.match(formula)
    assert match, formula
    first_col, first_row, last_col, last_row = match.groups()
    assert first_col == last_col
    total = 0
    for (cell,) in ws[f"{first_col}{first_row}:{last_col}{last_row}"]:
        assert cell.value is None or type(cell.value) is int, cell.value
        total += cell.value or 0
    return total


def header_index(ws: Worksheet, header: str, row: int = 5) -> int:
    """1-based column of ``header`` in the header row."""
    for cell in ws[row]:
        if cell.value == header:
            return int(cell.column)
    raise KeyError(header)
