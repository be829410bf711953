"""The production statement (domain.md §12, issue 3): one row per quittance, §5's identity on each."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.exports.production_statement import (
    COLUMNS,
    ProductionRow,
    QuittanceIdentityError,
    write_production_statement,
)
from desktop_app.exports.statement import StatementResult
from tests.exports.helpers import evaluate_subtotal, header_index

# Hand-worked quittances (§5): taxes = rate × (net + fees); commission 15 %, fee 5 % of net.
NEW = ProductionRow(
    "MAL-2026-000001",
    "ASC-77123",
    "Koné Awa",
    "AG01",
    "Agence du Plateau",
    "ASCOMA-CI",
    "Affaire nouvelle",
    "Q-2026-000001",
    date(2026, 1, 10),
    date(2026, 1, 15),
    date(2026, 12, 31),
    net=100_000,
    fees=20_000,
    taxes=9_600,
    total=129_600,  # individual: 8 % of 120 000
    commission=15_000,
    management_fee=5_000,
)
ENDORSEMENT = ProductionRow(
    "MAL-2026-000002",
    "",
    "SOTRA SA",
    "SIEGE",
    "Siège",
    "MCI-SOGEM",
    "Avenant n° 1",
    "Q-2026-000002",
    date(2026, 3, 2),
    date(2026, 3, 1),
    date(2026, 12, 31),
    net=250_000,
    fees=10_000,
    taxes=10_400,
    total=270_400,  # group: 4 % of 260 000
    commission=37_500,
    management_fee=12_500,
)
REFUND = ProductionRow(
    "MAL-2026-000001",
    "ASC-77123",
    "Koné Awa",
    "AG01",
    "Agence du Plateau",
    "ASCOMA-CI",
    "Ristourne",
    "Q-2026-000003",
    date(2026, 6, 30),
    date(2026, 7, 1),
    date(2026, 12, 31),
    net=-50_000,
    fees=0,
    taxes=-4_000,
    total=-54_000,  # a credit note: negative amounts
    commission=-7_500,
    management_fee=-2_500,
)
ROWS = [NEW, ENDORSEMENT, REFUND]


def write(path: Path, rows: list[ProductionRow]) -> StatementResult:
    return write_production_statement(
        path,
        iter(rows),
        company="Assurances Lagunes CI",
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        generated_at=datetime(2026, 11, 21, 9, 30),
        generated_by="Awa Koné",
    )


def test_one_row_per_quittance_with_typed_cells(tmp_path: Path) -> None:
    path = tmp_path / "production.xlsx"
    write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Production"]
    assert ws["A2"].value == "Bordereau de production"
    assert ws["A3"].value == "du 01/01/2026 au 31/12/2026"
    assert ws["A4"].value == "Édité le 21/11/2026 à 09:30 par Awa Koné"
    assert [c.value for c in ws[5]] == [c.header for c in COLUMNS]
    data = list(ws.iter_rows(min_row=6, max_row=8, values_only=True))
    assert [row[7] for row in data] == ["Q-2026-000001", "Q-2026-000002", "Q-2026-000003"]
    assert data[1][:8] == (
        "MAL-2026-000002",
        None,
        "SOTRA SA",
        "SIEGE",
        "Siège",
        "MCI-SOGEM",
        "Avenant n° 1",
        "Q-2026-000002",
    )
    assert data[0][8:11] == (datetime(2026, 1, 10), datetime(2026, 1, 15), datetime(2026, 12, 31))
    assert data[2][11:] == (-50_000, 0, -4_000, -54_000, -7_500, -2_500)
    for cell in ws[6][8:11]:
        assert cell.is_date and cell.number_format == "DD/MM/YYYY"
    for cell in ws[6][11:]:
        assert type(cell.value) is int and cell.number_format == '#,##0 "FCFA"'


def test_every_row_keeps_net_plus_fees_plus_taxes_equal_to_total(tmp_path: Path) -> None:
    path = tmp_path / "production.xlsx"
    write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Production"]
    net, fees, taxes, total = (
        header_index(ws, h) for h in ("Prime nette", "Accessoires", "Taxes", "Prime TTC")
    )
    rows = list(ws.iter_rows(min_row=6, max_row=8, values_only=True))
    assert len(rows) == 3
    for row in rows:
        assert row[net - 1] + row[fees - 1] + row[taxes - 1] == row[total - 1]


def test_totals_match_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "production.xlsx"
    result = write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Production"]
    totals = ws[9]
    assert totals[0].value == "Total"
    expected = {  # hand-worked: 100 000 + 250 000 − 50 000 = 300 000, and so on
        "Prime nette": 300_000,
        "Accessoires": 30_000,
        "Taxes": 16_000,
        "Prime TTC": 346_000,
        "Commission": 45_000,
        "Honoraires de gestion": 15_000,
    }
    for header, amount in expected.items():
        column = header_index(ws, header)
        formula = totals[column - 1].value
        letter = totals[column - 1].column_letter
        assert formula == f"=SUBTOTAL(109,{letter}6:{letter}8)"
        assert evaluate_subtotal(ws, formula) == amount
        assert result.sheet("Production").totals[header] == amount
        assert sum(getattr(row, _FIELD[header]) for row in ROWS) == amount


_FIELD = {
    "Prime nette": "net",
    "Accessoires": "fees",
    "Taxes": "taxes",
    "Prime TTC": "total",
    "Commission": "commission",
    "Honoraires de gestion": "management_fee",
}


def test_frozen_header_filter_and_widths(tmp_path: Path) -> None:
    path = tmp_path / "production.xlsx"
    write(path, ROWS)
    ws = openpyxl.load_workbook(path)["Production"]
    assert ws.freeze_panes == "A6"
    assert ws.auto_filter.ref == "A5:Q8"
    for index in range(1, len(COLUMNS) + 1):
        letter = openpyxl.utils.get_column_letter(index)
        assert ws.column_dimensions[letter].width >= 8
    assert ws.column_dimensions["C"].width >= len("Koné Awa")
    assert ws.column_dimensions["O"].width >= len("346 000 FCFA")


def test_a_quittance_with_a_wrong_identity_is_refused(tmp_path: Path) -> None:
    """The DELASS bug: 100 000 + 20 000 + 5 000 printed as 120 000 must never reach a statement."""
    wrong = dataclasses.replace(NEW, quittance_number="Q-2026-000099", taxes=5_000, total=120_000)
    path = tmp_path / "production.xlsx"
    with pytest.raises(QuittanceIdentityError) as error:
        write(path, [NEW, ENDORSEMENT, wrong, REFUND])
    assert error.value.quittance_number == "Q-2026-000099"
    message = error.value.message
    assert "Q-2026-000099" in message
    assert (
        "100\u00a0000\u00a0FCFA + accessoires 20\u00a0000\u00a0FCFA + taxes 5\u00a0000\u00a0FCFA"
        in message
    )
    assert "= 125\u00a0000\u00a0FCFA" in message and "120\u00a0000\u00a0FCFA" in message
    assert list(tmp_path.iterdir()) == []  # no statement at all, not a truncated one


def test_an_empty_period_gives_a_statement_with_zero_totals(tmp_path: Path) -> None:
    path = tmp_path / "production.xlsx"
    result = write(path, [])
    assert result.rows == 0
    ws = openpyxl.load_workbook(path)["Production"]
    assert ws["A6"].value == "Total" and ws["O6"].value == 0
