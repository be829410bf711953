"""The generic streaming statement writer: the sheet conventions of domain.md §12."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from desktop_app.exports import statement
from desktop_app.exports.statement import (
    Column,
    SheetSpec,
    StatementCancelled,
    StatementSpec,
    StatementValueError,
    period_text,
    write_statement,
)
from tests.exports.helpers import evaluate_subtotal

SPEC = StatementSpec(
    "Assurances Lagunes CI",
    "Bordereau d'essai",
    period_text(date(2026, 11, 1), date(2026, 11, 30)),
    datetime(2026, 11, 21, 9, 30),
    "Awa Koné",
)
COLUMNS = (
    Column("Nom"),
    Column("Montant", "money"),
    Column("Date", "date"),
    Column("Taux", "rate"),
    Column("Taux de couverture", "percent"),
    Column("Nombre", "int"),
)
ROWS = [
    ("Koné Awa", 150_000, date(2026, 11, 3), Decimal("0.125"), 80, 2),
    ("N'Guessan Aïcha", 1_234_567, date(2026, 11, 10), Decimal("0.07"), 100, 1),
    ("Yao", -20_000, date(2026, 11, 30), Decimal("0.04"), 60, 3),
]


def write(
    path: Path,
    rows: list[tuple[object, ...]],
    columns: tuple[Column, ...] = COLUMNS,
    **kwargs: object,
) -> statement.StatementResult:
    return write_statement(path, SPEC, [SheetSpec("Essai", columns, iter(rows))], **kwargs)  # type: ignore[arg-type]


def test_top_rows_header_frozen_and_filtered(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Essai"]
    assert [ws.cell(row=r, column=1).value for r in range(1, 5)] == [
        "Assurances Lagunes CI",
        "Bordereau d'essai",
        "du 01/11/2026 au 30/11/2026",
        "Édité le 21/11/2026 à 09:30 par Awa Koné",
    ]
    assert [c.value for c in ws[5]] == [c.header for c in COLUMNS]
    assert all(c.font.bold for c in ws[5])
    assert ws.freeze_panes == "A6"  # everything above the data stays in view
    assert ws.auto_filter.ref == "A5:F8"  # header + the three data rows, not the totals
    assert ws.print_title_rows == "$5:$5"


def test_cells_are_typed(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Essai"]
    name, money, day, rate, cover, count = ws[7]
    assert name.value == "N'Guessan Aïcha" and name.data_type == "s"
    assert type(money.value) is int and money.value == 1_234_567
    assert money.number_format == '#,##0 "FCFA"'
    assert day.is_date and day.value == datetime(2026, 11, 10)
    assert day.number_format == "DD/MM/YYYY"
    assert rate.number_format == "0.00%" and Decimal(str(rate.value)) == Decimal("0.07")
    assert type(cover.value) is int and cover.value == 100 and cover.number_format == '0" %"'
    assert type(count.value) is int and count.number_format == "#,##0"


def test_rates_are_stored_as_their_exact_decimal_text(tmp_path: Path) -> None:
    """Handed a Decimal, openpyxl would print 0.07 through a float as 0.07000000000000001."""
    path = tmp_path / "essai.xlsx"
    write(path, ROWS)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>0.07</v>" in xml and "<v>0.125</v>" in xml and "<v>0.04</v>" in xml
    assert "0000000" not in xml


def test_totals_row_is_a_subtotal_excel_recomputes(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    result = write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Essai"]
    total = ws[9]
    assert total[0].value == "Total" and total[0].font.bold
    assert total[1].value == "=SUBTOTAL(109,B6:B8)"
    assert total[5].value == "=SUBTOTAL(109,F6:F8)"
    assert total[2].value is None and total[3].value is None  # dates and rates are not summed
    # 150 000 + 1 234 567 − 20 000 = 1 364 567; 2 + 1 + 3 = 6
    assert (
        evaluate_subtotal(ws, total[1].value)
        == 1_364_567
        == result.sheet("Essai").totals["Montant"]
    )
    assert evaluate_subtotal(ws, total[5].value) == 6 == result.sheet("Essai").totals["Nombre"]
    assert result.rows == 3 and result.sheet("Essai").totals_row == 9
    workbook_xml = zipfile.ZipFile(path).read("xl/workbook.xml").decode()
    assert 'fullCalcOnLoad="1"' in workbook_xml  # Excel recomputes the totals on opening


def test_widths_fit_the_header_and_the_values(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    long_name = "Société Ivoirienne de Transport Lagunaire et Fluvial"  # 51 characters
    write(path, [*ROWS, (long_name, 5, date(2026, 11, 1), Decimal("0.1"), 90, 1)])
    ws = openpyxl.load_workbook(path)["Essai"]
    widths = {letter: ws.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["A"] == len(long_name) + 2
    assert widths["B"] >= len("1 234 567 FCFA") + 2
    assert widths["C"] >= len("30/11/2026")
    assert all(8 <= width <= 60 for width in widths.values())


def test_a_given_width_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    write(path, ROWS, (Column("Nom", width=33), *COLUMNS[1:]))
    assert openpyxl.load_workbook(path)["Essai"].column_dimensions["A"].width == 33


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    write(
        path,
        [
            ('=HYPERLINK("http://x")', 1, None, None, None, None),
            ("#N/A", 2, None, None, None, None),
            ("tab\x07bell", 3, None, None, None, None),
        ],
    )
    ws = openpyxl.load_workbook(path)["Essai"]
    assert ws["A6"].data_type == "s" and ws["A6"].value == '=HYPERLINK("http://x")'
    assert ws["A7"].data_type == "s" and ws["A7"].value == "#N/A"
    assert ws["A8"].value == "tabbell"  # a control character Excel refuses is dropped


def test_rows_beyond_the_width_sample_stream_in_order(tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    rows = [(f"P{n:04d}", n, None, None, None, None) for n in range(1, 451)]
    result = write(path, rows)
    ws = openpyxl.load_workbook(path, read_only=True)["Essai"]
    values = [row[:2] for row in ws.iter_rows(min_row=6, max_row=455, values_only=True)]
    assert values == [(f"P{n:04d}", n) for n in range(1, 451)]
    assert result.sheet("Essai").totals["Montant"] == 450 * 451 // 2  # 101 475


def test_streamed_rows_keep_each_value_and_its_format(tmp_path: Path) -> None:
    """Past the width sample each column's styled cell is reused for every row: every row
    must still hold its own amount and date, each with the column's format."""
    path = tmp_path / "formats.xlsx"
    rows = [
        (f"P{n:04d}", n * 1_000, date(2026, 1, 1 + n % 28), None, None, n) for n in range(1, 451)
    ]
    write(path, rows)
    ws = openpyxl.load_workbook(path)["Essai"]
    for n in (1, 200, 201, 202, 450):
        row = 5 + n
        assert ws.cell(row, 2).value == n * 1_000
        assert ws.cell(row, 3).value.date() == date(2026, 1, 1 + n % 28)
        assert ws.cell(row, 6).value == n
        assert ws.cell(row, 2).number_format == ws.cell(6, 2).number_format != "General"
        assert ws.cell(row, 3).number_format == ws.cell(6, 3).number_format == "DD/MM/YYYY"


def test_an_empty_sheet_has_its_header_and_zero_totals(tmp_path: Path) -> None:
    path = tmp_path / "vide.xlsx"
    result = write(path, [])
    ws = openpyxl.load_workbook(path)["Essai"]
    assert ws["A5"].value == "Nom" and ws.auto_filter.ref == "A5:F5"
    assert ws["A6"].value == "Total" and ws["B6"].value == 0 and ws["F6"].value == 0
    assert result.sheet("Essai").totals == {"Montant": 0, "Nombre": 0}


@pytest.mark.parametrize(
    "bad",
    [
        ("Koné", 1500.0, None, None, None, None),  # a float amount
        ("Koné", Decimal("1500"), None, None, None, None),  # money is int, not Decimal
        ("Koné", True, None, None, None, None),
        ("Koné", 10**15, None, None, None, None),  # Excel keeps 15 digits
        ("Koné", 1, "01/11/2026", None, None, None),  # a date as text
        ("Koné", 1, None, 0.07, None, None),  # a float rate
        ("Koné", 1, None, None, 85.5, None),
        (42, 1, None, None, None, None),  # a number in a text column
        ("Koné", 1, None),  # too few values
    ],
)
def test_a_value_of_the_wrong_type_is_refused_and_nothing_is_written(
    tmp_path: Path, bad: tuple[object, ...]
) -> None:
    path = tmp_path / "faux.xlsx"
    with pytest.raises(StatementValueError) as error:
        write(path, [*ROWS, bad])
    assert "Essai, ligne 4" in str(error.value)
    assert list(tmp_path.iterdir()) == []  # no statement, no half-written temporary file


def test_progress_and_cancellation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statement, "PROGRESS_EVERY", 100)
    rows = [(f"P{n}", n, None, None, None, None) for n in range(250)]
    seen: list[int] = []
    write(tmp_path / "ok.xlsx", rows, progress=seen.append)
    assert seen == [100, 200, 250]

    temp_files = len(openpyxl_sheet_writer.ALL_TEMP_FILES)
    seen.clear()
    with pytest.raises(StatementCancelled) as error:
        write(
            tmp_path / "annule.xlsx", rows, progress=seen.append, cancelled=lambda: len(seen) >= 1
        )
    assert "annulée" in error.value.message
    assert seen == [100]  # stopped at the check after the first progress report
    assert not (tmp_path / "annule.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx"]
    assert len(openpyxl_sheet_writer.ALL_TEMP_FILES) == temp_files  # streamed rows cleaned up


def test_a_failed_statement_leaves_the_previous_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "bordereau.xlsx"
    path.write_bytes(b"previous statement")
    with pytest.raises(StatementValueError):
        write(path, [*ROWS, ("Koné", 1.5, None, None, None, None)])
    assert path.read_bytes() == b"previous statement"


def test_writes_to_a_stream_and_several_sheets(tmp_path: Path) -> None:
    stream = io.BytesIO()
    sheets = [SheetSpec("Un", COLUMNS, iter(ROWS)), SheetSpec("Deux", COLUMNS, iter(ROWS[:1]))]
    result = write_statement(stream, SPEC, sheets)
    workbook = openpyxl.load_workbook(io.BytesIO(stream.getvalue()))
    assert workbook.sheetnames == ["Un", "Deux"]
    assert workbook["Deux"]["A1"].value == "Assurances Lagunes CI"
    assert [s.rows for s in result.sheets] == [3, 1]
    assert result.sheet("Deux").totals == {"Montant": 150_000, "Nombre": 2}


@pytest.mark.parametrize("title", ["", "a" * 32, "Prod/2026", "Prod:1"])
def test_sheet_titles_excel_refuses(tmp_path: Path, title: str) -> None:
    with pytest.raises(ValueError):
        write_statement(tmp_path / "x.xlsx", SPEC, [SheetSpec(title, COLUMNS, iter(ROWS))])


def test_scope_follows_the_period(tmp_path: Path) -> None:
    path = tmp_path / "essai.xlsx"
    spec = StatementSpec(
        SPEC.company,
        SPEC.title,
        SPEC.period,
        SPEC.generated_at,
        SPEC.generated_by,
        scope="Gestionnaire : ASCOMA-CI",
    )
    write_statement(path, spec, [SheetSpec("Essai", COLUMNS, iter(ROWS))])
    ws = openpyxl.load_workbook(path)["Essai"]
    assert ws["A3"].value == "du 01/11/2026 au 30/11/2026 — Gestionnaire : ASCOMA-CI"


def test_openpyxl_streams_with_lxml() -> None:
    assert statement.LXML_ACTIVE, "lxml missing: statements would be about 40 % slower"


def test_a_file_held_open_by_excel_gives_a_french_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows, replacing a workbook that Excel has open raises PermissionError."""
    path = tmp_path / "bordereau.xlsx"
    path.write_bytes(b"last month's statement, open in Excel")

    def locked(source: str, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(statement.os, "replace", locked)
    with pytest.raises(statement.StatementFileError) as error:
        write(path, ROWS)
    assert (
        "« bordereau.xlsx »" in error.value.message and "ouvert dans Excel" in error.value.message
    )
    assert path.read_bytes() == b"last month's statement, open in Excel"
    assert [p.name for p in tmp_path.iterdir()] == ["bordereau.xlsx"]  # no temporary file left
