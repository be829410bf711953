"""Importing a group's member list from Excel (issue 3): all or nothing, every problem
reported with its row, column and a French message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop_app.exports.member_template import write_member_template
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import member_import, members
from tests.services.factories import draft_policy, reference_data

HEADER = [
    "Nom",
    "Prénoms",
    "Date de naissance",
    "Lieu de naissance",
    "Sexe",
    "Lien",
    "Matricule",
    "Matricule du principal",
    "N° CMU",
    "Taux",
    "Zone",
    "Plafond annuel",
    "Prime annuelle",
    "Date d'entrée",
]


def _file(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Assurés"
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _row(
    last: str, first: str, born: date, rel: str, matricule: str, principal: str = "", **kw: object
) -> list[object]:
    values = {"rate": 80, "zone": 1, "ceiling": 2_000_000, "entry": date(2026, 1, 1)} | kw
    return [
        last,
        first,
        born,
        "Abidjan",
        "M" if rel != "Conjoint" else "F",
        rel,
        matricule,
        principal,
        "",
        values["rate"],
        values["zone"],
        values["ceiling"],
        None,
        values["entry"],
    ]


@pytest.fixture
def policy(admin: ServiceContext, clerk: ServiceContext) -> int:
    inter, adm = reference_data(admin)
    return draft_policy(clerk, inter, adm, date(2026, 1, 1), name="SIFCA")


def test_clean_file_imports_members_with_dependents(
    clerk: ServiceContext, policy: int, tmp_path: Path
) -> None:
    path = _file(
        tmp_path / "liste.xlsx",
        [
            _row("N'Guessan", "Aïcha", date(1980, 5, 1), "Assuré principal", "GS-001"),
            _row("N'Guessan", "Koffi", date(1978, 2, 3), "Conjoint", "GS-002", "GS-001", rate=100),
            _row("Traoré", "Issa", date(1975, 7, 9), "Assuré principal", "GS-003"),
        ],
    )
    check = member_import.check_member_file(clerk, policy, path)
    assert check.is_clean and (check.members, check.dependents) == (2, 1)
    assert members.list_policy_persons(clerk, policy) == []  # a check saves nothing
    check, changes = member_import.import_member_file(clerk, policy, path)
    assert check.is_clean and changes.touches("insured_persons")
    rows = members.list_policy_persons(clerk, policy)
    assert [(r.matricule, r.last_name, r.first_names) for r in rows] == [
        ("GS-001", "N'Guessan", "Aïcha"),
        ("GS-002", "N'Guessan", "Koffi"),
        ("GS-003", "Traoré", "Issa"),
    ]
    assert rows[1].member_id == rows[0].id and rows[1].coverage_rate == 100


def test_bad_rows_are_all_reported_and_nothing_saved(
    clerk: ServiceContext, policy: int, tmp_path: Path
) -> None:
    members.save_person(
        clerk,
        members.PersonData(
            policy,
            "Yao",
            "Paul",
            date(1980, 1, 1),
            members.Gender.MALE,
            date(2026, 1, 1),
            80,
            1,
            2_000_000,
            matricule="GS-009",
        ),
    )
    path = _file(
        tmp_path / "liste.xlsx",
        [
            _row(
                "Koné", "Mariam", date(1980, 5, 1), "Assuré principal", "GS-009"
            ),  # row 2: matricule taken
            _row(
                "Bamba", "Sékou", date(1950, 5, 1), "Assuré principal", "GS-010"
            ),  # row 3: 75 years old
            _row(
                "Diallo",
                "Awa",
                date(1990, 5, 1),
                "Assuré principal",
                "GS-011",
                entry=date(2027, 2, 1),
            ),  # row 4
            _row(
                "", "Ange", date(1990, 5, 1), "Assuré principal", "GS-012", rate=75
            ),  # row 5: name, rate
        ],
    )
    check = member_import.check_member_file(clerk, policy, path)
    assert not check.is_clean
    by_row = {(p.row, p.column) for p in check.problems}
    assert (2, "Matricule") in by_row
    assert (3, "Date de naissance") in by_row
    assert (4, "Date d'entrée") in by_row
    assert (5, "Nom") in by_row and (5, "Taux") in by_row
    assert all(p.message.strip() for p in check.problems), check.problems
    check, changes = member_import.import_member_file(clerk, policy, path)
    assert not check.is_clean and not changes.tables
    assert [r.matricule for r in members.list_policy_persons(clerk, policy)] == ["GS-009"]


def test_template_reads_back(clerk: ServiceContext, policy: int, tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    write_member_template(path)
    check = member_import.check_member_file(clerk, policy, path)
    assert not check.is_clean and "aucune personne" in check.problems[0].message


def test_a_typed_matricule_in_our_own_format_is_never_generated_again(
    clerk: ServiceContext, policy: int, tmp_path: Path
) -> None:
    """Rows are written without a flush each: a row typing « PS00000001 » (the program's
    own format) and a later row without matricule must not get the same number."""
    path = _file(
        tmp_path / "assures.xlsx",
        [
            _row("Kouassi", "Jean", date(1980, 1, 1), "Assuré principal", "PS00000001"),
            _row("Yao", "Paul", date(1982, 2, 2), "Assuré principal", ""),
            _row("Bamba", "Awa", date(1984, 3, 3), "Assuré principal", ""),
        ],
    )
    done, _changes = member_import.import_member_file(clerk, policy, path)
    assert not done.problems, done.problems
    matricules = sorted(p.matricule for p in members.list_policy_persons(clerk, policy))
    assert len(set(matricules)) == 3 and "PS00000001" in matricules
