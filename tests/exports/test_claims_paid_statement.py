"""The claims-paid statement (domain.md §10.4, §12, issue 4): by décade, tiers payant apart."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.exports.claims_paid_statement import (
    COLUMNS,
    DIRECT_SHEET,
    OUTSIDE_SHEET,
    ClaimPaidRow,
    ClaimsPaidResult,
    write_claims_paid_statement,
)
from desktop_app.exports.statement import StatementValueError
from tests.exports.helpers import evaluate_subtotal, header_index


def paid(
    day: date,
    claim: str,
    claimed: int,
    cmu: int,
    excluded: int,
    reimbursed: int,
    *,
    direct: bool = False,
) -> ClaimPaidRow:
    return ClaimPaidRow(
        payment_date=day,
        payment_order_number="OP-2026-00012",
        claim_number=claim,
        policy_number="MAL-2026-000001",
        person_name="N'Guessan Aïcha",
        matricule="PS00000042",
        provider="Clinique Sainte Anne-Marie" if direct else "Optique du Plateau",
        category="Optique",
        care_date=date(2026, 10, 28),
        claimed=claimed,
        cmu_share=cmu,
        excluded=excluded,
        reimbursed=reimbursed,
        payee="Clinique Sainte Anne-Marie" if direct else "N'Guessan Aïcha",
        payment_mode="Virement" if direct else "Chèque",
        reference=f"REF-{claim}",
        direct_billing=direct,
    )


# Hand-worked lines (§10.2): reimbursed = min((claimed − CMU − excluded) × rate, caps).
ROWS = [
    paid(
        date(2026, 11, 10), "S-2026-000101", 75_000, 0, 0, 50_000
    ),  # optical: 80 % = 60 000, capped 50 000
    paid(
        date(2026, 11, 11), "S-2026-000102", 40_000, 10_000, 5_000, 20_000, direct=True
    ),  # 25 000 × 80 %
    paid(date(2026, 11, 20), "S-2026-000103", 30_000, 0, 0, 24_000),  # 80 % of 30 000
    paid(
        date(2026, 12, 21), "S-2026-000104", 100_000, 0, 10_000, 90_000, direct=True
    ),  # 100 % of 90 000
    paid(date(2026, 12, 31), "S-2026-000105", 12_000, 2_000, 0, 8_000),  # 80 % of 10 000
]


def write(path: Path, rows: list[ClaimPaidRow]) -> ClaimsPaidResult:
    return write_claims_paid_statement(
        path,
        iter(rows),
        company="Assurances Lagunes CI",
        start=date(2026, 11, 1),
        end=date(2026, 12, 31),
        generated_at=datetime(2027, 1, 5, 8, 0),
        generated_by="Awa Koné",
    )


def test_two_sheets_split_by_management_system(tmp_path: Path) -> None:
    path = tmp_path / "sinistres.xlsx"
    result = write(path, ROWS)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Hors tiers payant", "Tiers payant"]
    outside, direct = workbook[OUTSIDE_SHEET], workbook[DIRECT_SHEET]
    assert outside["A2"].value == direct["A2"].value == "Bordereau des sinistres réglés"
    assert outside["A3"].value == "du 01/11/2026 au 31/12/2026"
    claim = header_index(outside, "N° de dossier")
    assert [r[claim - 1] for r in outside.iter_rows(min_row=6, max_row=8, values_only=True)] == [
        "S-2026-000101",
        "S-2026-000103",
        "S-2026-000105",
    ]
    assert [r[claim - 1] for r in direct.iter_rows(min_row=6, max_row=7, values_only=True)] == [
        "S-2026-000102",
        "S-2026-000104",
    ]
    assert outside["A9"].value == "Total" and direct["A8"].value == "Total"
    assert [s.rows for s in result.statement.sheets] == [3, 2]


def test_each_row_carries_its_decade(tmp_path: Path) -> None:
    path = tmp_path / "sinistres.xlsx"
    result = write(path, ROWS)
    workbook = openpyxl.load_workbook(path)
    outside, direct = workbook[OUTSIDE_SHEET], workbook[DIRECT_SHEET]
    decade = header_index(outside, "Décade")
    assert [outside.cell(row=r, column=decade).value for r in (6, 7, 8)] == [
        "1re décade de novembre 2026",  # paid on 10 November
        "2e décade de novembre 2026",  # 20 November
        "3e décade de décembre 2026",  # 31 December
    ]
    assert [direct.cell(row=r, column=decade).value for r in (6, 7)] == [
        "2e décade de novembre 2026",  # 11 November
        "3e décade de décembre 2026",  # 21 December
    ]
    assert result.reimbursed_by_decade == {
        OUTSIDE_SHEET: {(2026, 11, 1): 50_000, (2026, 11, 2): 24_000, (2026, 12, 3): 8_000},
        DIRECT_SHEET: {(2026, 11, 2): 20_000, (2026, 12, 3): 90_000},
    }


def test_amounts_are_typed_and_totals_match(tmp_path: Path) -> None:
    path = tmp_path / "sinistres.xlsx"
    result = write(path, ROWS)
    workbook = openpyxl.load_workbook(path)
    expected = {
        OUTSIDE_SHEET: {
            "Montant réclamé": 117_000,
            "Part CMU": 2_000,
            "Montant exclu": 0,
            "Montant remboursé": 82_000,
        },
        DIRECT_SHEET: {
            "Montant réclamé": 140_000,
            "Part CMU": 10_000,
            "Montant exclu": 15_000,
            "Montant remboursé": 110_000,
        },
    }
    for title, amounts in expected.items():
        ws = workbook[title]
        rows = result.statement.sheet(title).rows
        assert ws.cell(row=6, column=1).is_date
        assert ws.cell(row=6, column=header_index(ws, "Date des soins")).value == datetime(
            2026, 10, 28
        )
        for header, amount in amounts.items():
            column = header_index(ws, header)
            cell = ws.cell(row=6, column=column)
            assert type(cell.value) is int and cell.number_format == '#,##0 "FCFA"'
            formula = ws.cell(row=6 + rows, column=column).value
            assert evaluate_subtotal(ws, formula) == amount
            assert result.statement.sheet(title).totals[header] == amount
        mine = [r for r in ROWS if r.direct_billing == (title == DIRECT_SHEET)]
        assert sum(r.reimbursed for r in mine) == amounts["Montant remboursé"]
        assert ws.freeze_panes == "A6"
        assert ws.auto_filter.ref == f"A5:Q{5 + rows}"
    assert [c.value for c in workbook[OUTSIDE_SHEET][5]] == [c.header for c in COLUMNS]


def test_rows_must_come_in_payment_date_order(tmp_path: Path) -> None:
    late = dataclasses.replace(
        ROWS[0], payment_date=date(2026, 11, 5), claim_number="S-2026-000199"
    )
    with pytest.raises(StatementValueError) as error:
        write(tmp_path / "sinistres.xlsx", [*ROWS, late])
    assert "S-2026-000199" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_a_period_without_tiers_payant_still_has_both_sheets(tmp_path: Path) -> None:
    path = tmp_path / "sinistres.xlsx"
    result = write(path, [r for r in ROWS if not r.direct_billing])
    ws = openpyxl.load_workbook(path)[DIRECT_SHEET]
    assert ws["A6"].value == "Total"
    assert result.statement.sheet(DIRECT_SHEET).totals["Montant remboursé"] == 0
