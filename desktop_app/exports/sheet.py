"""One statement sheet streamed in openpyxl write-only mode: layout, typed cells, totals (§12).

Layout: row 1 the company, row 2 the statement's title, row 3 the period, row 4 « Édité le
21/11/2026 à 09:30 par … », row 5 the bold header (frozen, with an auto-filter over the data),
the data from row 6, then a totals row of ``SUBTOTAL(109, …)`` formulas that Excel recomputes
and that honour the filters. The totals are also summed here, for the caller and the tests.

Cell types (architecture.md rule 1):

- ``money`` and ``int``: a Python ``int`` written as an integer cell; money is shown with the
  format ``#,##0 "FCFA"`` (Excel puts the user's thousands separator). Never a float.
- ``balance``: money that the totals row leaves out (a running balance).
- ``date``: a real date cell shown ``DD/MM/YYYY``.
- ``rate``: a ``Decimal`` fraction (``Decimal("0.125")``) written as a number in percent
  format. Rates are the one place a statement holds a non-whole number. The file carries the
  exact decimal text (``<v>0.07</v>``; handed a ``Decimal`` openpyxl would go through a float
  and print ``0.07000000000000001``), and no float exists on our side; but Excel, like any
  spreadsheet, reads every number into a binary double (15 significant digits, so rates of
  more than 15 are refused). We keep rates numeric rather than text so that an accountant
  can compute with them; no amount of the statement is derived from them.
- ``percent``: a whole percentage (coverage rate ``80``) written as an integer shown « 80 % ».
- ``text``: always text: a name that starts with ``=`` never becomes a formula.

Write-only mode writes the column widths before the first row and cannot autofit, so a
sheet keeps its first ``SAMPLE_ROWS`` rows back, sizes the columns on them and the header,
then streams: memory stays flat whatever the number of rows (style.md, platform-notes.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop_app.domain.money import format_fcfa, format_rate, group_digits

ColumnKind = Literal["text", "int", "money", "balance", "date", "rate", "percent"]

HEADER_ROW = 5
FIRST_DATA_ROW = HEADER_ROW + 1
SAMPLE_ROWS = 200
MONEY_FORMAT = '#,##0 "FCFA"'
INT_FORMAT = "#,##0"
DATE_FORMAT = "DD/MM/YYYY"
RATE_FORMAT = "0.00%"
PERCENT_FORMAT = '0" %"'
MAX_EXACT = 10**15 - 1  # Excel keeps 15 significant digits: larger integers would be altered
MAX_TEXT = 32_767  # Excel's limit for one cell
MIN_WIDTH, MAX_WIDTH = 8, 60
# A totals cell must not show "####": money columns are wide enough for 999 999 999 999 FCFA.
MIN_TOTAL_WIDTH: Mapping[str, int] = {"money": 20, "int": 12}
TOTALLED: frozenset[str] = frozenset({"money", "int"})
_FORMULA_LOOKALIKES = ("=", "#")  # "=…" would be a formula, "#N/A"… an error value
_FORMATS: Mapping[str, str] = {
    "int": INT_FORMAT,
    "money": MONEY_FORMAT,
    "balance": MONEY_FORMAT,  # money that is not summed: a running balance
    "date": DATE_FORMAT,
    "rate": RATE_FORMAT,
    "percent": PERCENT_FORMAT,
}
_BOLD = Font(bold=True)
_TOTAL_BORDER = Border(top=Side(style="thin"))
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F0")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
_TOP_FONTS = (Font(bold=True, size=14), Font(bold=True, size=12), None, Font(italic=True))


class StatementValueError(TypeError):
    """A value does not fit its column (a programming error in the caller, not a clerk's)."""


@dataclass(frozen=True)
class Column:
    header: str
    kind: ColumnKind = "text"
    width: int | None = None  # None: sized on the header and the first rows


@dataclass(frozen=True)
class SheetResult:
    title: str
    rows: int
    totals: Mapping[str, int]  # column header → total, for money and int columns
    columns: tuple[Column, ...] = ()

    @property
    def last_data_row(self) -> int:
        return FIRST_DATA_ROW + self.rows - 1

    @property
    def totals_row(self) -> int:
        return FIRST_DATA_ROW + self.rows


def display_length(kind: str, value: object) -> int:
    """Characters the value takes once Excel formats it (French style), to size columns."""
    if value is None:
        return 0
    if kind == "date":
        return 10
    if kind == "balance" and isinstance(value, int):
        return len(format_fcfa(value))
    if kind in TOTALLED and isinstance(value, int):
        return len(format_fcfa(value) if kind == "money" else group_digits(value))
    if kind == "rate" and isinstance(value, Decimal):
        return len(format_rate(value)) + 1
    if kind == "percent":
        return len(str(value)) + 2
    return max((len(line) for line in str(value).splitlines()), default=0)


class SheetWriter:
    """One sheet being streamed; rows go in with ``append``, values in column order."""

    def __init__(
        self,
        worksheet: Any,
        title: str,
        columns: Sequence[Column],
        top_lines: Sequence[str],
        on_row: Callable[[], None],
    ) -> None:
        if not columns:
            raise ValueError("a sheet needs at least one column")
        unknown = [c.kind for c in columns if c.kind != "text" and c.kind not in _FORMATS]
        if unknown:
            raise ValueError(f"unknown column kinds: {unknown}")
        self._ws = worksheet  # an openpyxl WriteOnlyWorksheet
        self.title = title
        self.columns = tuple(columns)
        self._top_lines = tuple(top_lines)
        self._on_row = on_row
        self._kinds = tuple(column.kind for column in self.columns)
        self._totals = [0] * len(self.columns)
        self._lengths = [0] * len(self.columns)
        self._sample: list[list[object]] | None = []  # None once the head is written
        self._stream: tuple[Callable[[object, int], object], ...] = ()
        self.rows = 0
        self.finished = False

    def append(self, values: Sequence[object]) -> None:
        if self.finished:
            raise RuntimeError(f"feuille « {self.title} » déjà terminée")
        if len(values) != len(self.columns):
            raise StatementValueError(
                f"{self.title}, ligne {self.rows + 1} : {len(values)} "
                f"valeurs pour {len(self.columns)} colonnes"
            )
        if self._sample is None:  # the head is written: the row goes straight to the file
            stream = self._stream
            self._ws.append(
                [stream[i](v, i) if v is not None else None for i, v in enumerate(values)]
            )
            self.rows += 1
            self._on_row()
            return
        kinds, totals = self._kinds, self._totals
        cells: list[object] = []
        for index, value in enumerate(values):
            kind = kinds[index]
            if value is None:
                cells.append(None)
            elif kind == "text":
                cells.append(self._text(value, index))
            elif kind == "money" or kind == "int":
                number = self._integer(value, index)
                totals[index] += number
                cells.append(self._styled(number, kind))
            elif kind == "balance":
                cells.append(self._styled(self._integer(value, index), kind))
            elif kind == "date":
                cells.append(self._styled(self._date(value, index), kind))
            elif kind == "rate":
                cells.append(self._rate(value, index))
            else:
                cells.append(self._styled(self._percent(value, index), kind))
        self.rows += 1
        if self._sample is None:
            self._ws.append(cells)
        else:
            lengths = self._lengths
            for index, value in enumerate(values):
                lengths[index] = max(lengths[index], display_length(kinds[index], value))
            self._sample.append(cells)
            if len(self._sample) >= SAMPLE_ROWS:
                self._write_head()
        self._on_row()

    # -- values -------------------------------------------------------------------------

    def _refuse(self, index: int, value: object, expected: str) -> StatementValueError:
        return StatementValueError(
            f"{self.title}, ligne {self.rows + 1}, colonne « {self.columns[index].header} » : "
            f"{expected} attendu, reçu {value!r}"
        )

    def _text(self, value: object, index: int) -> object:
        if not isinstance(value, str):
            raise self._refuse(index, value, "texte")
        text = str.__str__(value)  # a StrEnum member becomes its plain value
        if len(text) > MAX_TEXT:
            raise self._refuse(index, text[:40] + "…", f"texte de {MAX_TEXT} caractères au plus")
        if ILLEGAL_CHARACTERS_RE.search(text):
            text = ILLEGAL_CHARACTERS_RE.sub("", text)
        if not text.startswith(_FORMULA_LOOKALIKES):
            return text
        # openpyxl would store "=…" as a formula and "#N/A" as an error: force plain text.
        cell = WriteOnlyCell(self._ws, text)
        cell.data_type = "s"
        return cell

    def _integer(self, value: object, index: int) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._refuse(index, value, "nombre entier (francs CFA)")
        if not -MAX_EXACT <= value <= MAX_EXACT:
            raise self._refuse(index, value, "montant de 15 chiffres au plus")
        return int(value)

    def _date(self, value: object, index: int) -> date:
        if isinstance(value, datetime):
            return value.date()
        if not isinstance(value, date):
            raise self._refuse(index, value, "date")
        return value

    def _rate(self, value: object, index: int) -> WriteOnlyCell:
        if isinstance(value, int) and not isinstance(value, bool):
            value = Decimal(value)
        if not isinstance(value, Decimal) or not value.is_finite():
            raise self._refuse(index, value, "taux (Decimal)")
        if len(value.as_tuple().digits) > 15:
            raise self._refuse(index, value, "taux de 15 chiffres significatifs au plus")
        # openpyxl prints numbers through a float ("%.16g": 0.07 → 0.07000000000000001);
        # a numeric cell given the decimal text keeps the exact value in the file.
        cell = WriteOnlyCell(self._ws, format(value, "f"))
        cell.data_type = "n"
        cell.number_format = RATE_FORMAT
        return cell

    def _percent(self, value: object, index: int) -> int:
        if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
            return int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._refuse(index, value, "pourcentage entier")
        return int(value)

    def _streamers(self) -> tuple[Callable[[object, int], object], ...]:
        """For each column, what turns a value into its cell once rows stream: checked as
        in the sample, and for a formatted kind the column's one styled cell given the value
        (the row is written before the next one comes: a new cell and its format for each
        value cost a quarter of a long statement)."""
        out: list[Callable[[object, int], object]] = []
        for index, kind in enumerate(self._kinds):
            if kind == "text":
                out.append(self._text)
            elif kind == "rate":
                out.append(self._rate)
            else:
                cell = WriteOnlyCell(self._ws)
                cell.number_format = _FORMATS[kind]
                read = {
                    "money": self._integer,
                    "int": self._integer,
                    "balance": self._integer,
                    "date": self._date,
                }.get(kind, self._percent)
                out.append(self._filler(cell, read, index if kind in TOTALLED else None))
        return tuple(out)

    def _filler(
        self, cell: WriteOnlyCell, read: Callable[[object, int], object], total: int | None
    ) -> Callable[[object, int], object]:
        totals = self._totals

        def fill(value: object, index: int) -> object:
            checked = read(value, index)
            if total is not None:
                totals[total] += checked  # type: ignore[operator]
            cell.value = checked
            return cell

        return fill

    def _styled(self, value: object, kind: str) -> WriteOnlyCell:
        # The format goes first: a date given a date format is not first given openpyxl's.
        cell = WriteOnlyCell(self._ws)
        cell.number_format = _FORMATS[kind]
        cell.value = value
        return cell

    # -- layout -------------------------------------------------------------------------

    def _width(self, index: int) -> int:
        column = self.columns[index]
        if column.width is not None:
            return column.width
        # A long header wraps over two lines, so it only asks for half its length.
        size = len(column.header)
        header = size if size <= 16 else (size + 1) // 2 + 1
        width = max(header, self._lengths[index]) + 2
        width = max(width, MIN_TOTAL_WIDTH.get(column.kind, 0))
        return min(max(width, MIN_WIDTH), MAX_WIDTH)

    def _write_head(self) -> None:
        """Widths, frozen panes and print set-up go before the first row in write-only mode."""
        ws = self._ws
        for index in range(len(self.columns)):
            ws.column_dimensions[get_column_letter(index + 1)].width = self._width(index)
        ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        for text, font in zip(self._top_lines, _TOP_FONTS, strict=True):
            cell = WriteOnlyCell(ws, text)
            cell.data_type = "s"
            if font is not None:
                cell.font = font
            ws.append([cell])
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(ws, column.header)
            cell.data_type = "s"
            cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, _HEADER_ALIGN
            header.append(cell)
        ws.append(header)
        for cells in self._sample or ():
            ws.append(cells)
        self._sample = None
        self._stream = self._streamers()

    def finish(self) -> SheetResult:
        """Write the totals row and the auto-filter (called before the workbook is saved)."""
        if self.finished:
            return self.result()
        if self._sample is not None:
            self._write_head()
        ws = self._ws
        last = FIRST_DATA_ROW + self.rows - 1
        ws.auto_filter.ref = (
            f"A{HEADER_ROW}:{get_column_letter(len(self.columns))}{max(last, HEADER_ROW)}"
        )
        row: list[object] = []
        for index, kind in enumerate(self._kinds):
            letter = get_column_letter(index + 1)
            if kind in TOTALLED:
                total: object = (
                    f"=SUBTOTAL(109,{letter}{FIRST_DATA_ROW}:{letter}{last})" if self.rows else 0
                )
                cell = self._styled(total, kind)
            elif index == 0:
                cell = WriteOnlyCell(ws, "Total")
            else:
                row.append(None)
                continue
            cell.font, cell.border = _BOLD, _TOTAL_BORDER
            row.append(cell)
        ws.append(row)
        self.finished = True
        return self.result()

    def result(self) -> SheetResult:
        totals = {
            column.header: self._totals[index]
            for index, column in enumerate(self.columns)
            if column.kind in TOTALLED
        }
        return SheetResult(self.title, self.rows, totals, self.columns)
