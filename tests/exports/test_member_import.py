"""Importing a group's member list (domain.md §3, issue 3): every row checked, every problem told."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.kinds import Gender, Relationship
from desktop_app.exports import member_import
from desktop_app.exports.member_import import (
    ImportProblem,
    read_member_file,
    write_member_template,
)
from desktop_app.exports.member_template import EXAMPLE_SHEET, TEMPLATE_SHEET

TODAY = date(2026, 11, 21)
HEADER = (
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
)


def xlsx(
    path: Path, rows: list[tuple[object, ...]], *, above: int = 0, header: tuple[str, ...] = HEADER
) -> Path:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    assert ws is not None
    for n in range(above):
        ws.append([f"Liste du personnel assuré — ligne de titre {n + 1}"])
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    workbook.save(path)
    return path


def problems_of(path: Path) -> set[tuple[int, str, str]]:
    result = read_member_file(path, today=TODAY)
    return {(p.row, p.column, p.message) for p in result.problems}


def test_a_clean_file_with_tolerant_headers(tmp_path: Path) -> None:
    header = (
        "NOM",
        "prenoms",
        "Date de Naissance",
        "Lieu de naissance",
        "SEXE",
        "Lien de parenté",
        "N° de famille",
        "n° cmu",
        " Taux ",
        "ZONE",
        "Plafond",
        "Prime nette annuelle",
        "Date d'entree",
        "Observations",
    )
    rows = [
        (
            "N'Guessan",
            "Aïcha",
            datetime(1985, 7, 2),
            "Abidjan",
            "F",
            "Assuré principal",
            "F1",
            "0123456789012",
            80,
            1,
            2_000_000,
            250_000,
            datetime(2026, 1, 1),
            "RAS",
        ),
        (
            "Kouassi",
            "Yao  Emmanuel",
            "30/11/2015",
            "Bouaké",
            "Masculin",
            "enfant",
            "F1",
            None,
            0.8,
            "Zone 1",
            "1 500 000",
            None,
            "15/03/2026",
            None,
        ),
        (
            "Koné",
            "Awa",
            datetime(1990, 5, 5),
            None,
            "femme",
            "Conjointe",
            "F1",
            1234567890123,
            90,
            2,
            3_000_000.0,
            None,
            datetime(2026, 2, 1),
            None,
        ),
        (None, None, None, None, None, None, None, None, None, None, None, None, None, None),
        (
            "Traoré",
            "Moussa",
            datetime(1970, 1, 31),
            "Korhogo",
            "M",
            "Principal",
            "F2",
            None,
            100,
            3,
            5_000_000,
            None,
            datetime(2026, 1, 1),
            None,
        ),
    ]
    path = xlsx(tmp_path / "liste.xlsx", rows, above=2, header=header)
    result = read_member_file(path, today=TODAY)
    assert result.problems == ()
    assert result.is_clean and result.rows_read == 4
    aicha, yao, awa, moussa = result.persons
    assert (aicha.row, aicha.last_name, aicha.first_names) == (4, "N'Guessan", "Aïcha")
    assert aicha.relationship is Relationship.SELF and aicha.gender is Gender.FEMALE
    assert aicha.birth_date == date(1985, 7, 2) and aicha.entry_date == date(2026, 1, 1)
    assert aicha.cmu_number == "0123456789012"  # the leading 0 of a text cell is kept
    assert (aicha.coverage_rate, aicha.zone, aicha.annual_ceiling, aicha.annual_net_premium) == (
        80,
        1,
        2_000_000,
        250_000,
    )
    assert yao.first_names == "Yao Emmanuel"  # inner spaces collapsed
    assert yao.birth_date == date(2015, 11, 30) and yao.entry_date == date(2026, 3, 15)
    assert yao.coverage_rate == 80  # 0.8: a cell in percent format
    assert (yao.zone, yao.annual_ceiling, yao.annual_net_premium) == (1, 1_500_000, None)
    assert yao.relationship is Relationship.CHILD and yao.member_row == 4
    assert awa.relationship is Relationship.SPOUSE and awa.member_row == 4
    assert awa.cmu_number == "1234567890123" and awa.annual_ceiling == 3_000_000
    assert moussa.row == 8 and moussa.member_row is None  # row 7 was empty
    assert result.members() == (aicha, moussa)
    assert result.dependents_of(aicha) == (yao, awa)


def test_dependents_linked_by_the_members_matricule(tmp_path: Path) -> None:
    rows = [
        (
            "Kouassi",
            "Jean",
            "01/01/1980",
            "",
            "M",
            "Enfant",
            "ADM-2",
            "adm-1",
            "",
            80,
            1,
            1_000_000,
            "",
            "01/01/2026",
        ),
        (
            "Kouassi",
            "Paul",
            "01/01/1970",
            "",
            "M",
            "Assuré principal",
            "adm-1",
            "",
            "",
            80,
            1,
            1_000_000,
            "",
            "01/01/2026",
        ),
    ]
    result = read_member_file(xlsx(tmp_path / "l.xlsx", rows), today=TODAY)
    assert result.problems == ()
    child, member = result.persons
    assert member.matricule == "ADM-1" and child.member_row == 3  # the member may come later


def test_every_problem_is_reported_with_row_column_and_french_message(tmp_path: Path) -> None:
    good = (
        "Kouassi",
        "Paul",
        "01/01/1970",
        "Abidjan",
        "M",
        "Assuré principal",
        "ADM-1",
        None,
        None,
        80,
        1,
        1_000_000,
        None,
        "01/01/2026",
    )
    rows = [
        good,  # row 2
        (
            None,
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Conjoint",
            "ADM-2",
            "ADM-1",
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "31/02/1980",
            None,
            "F",
            "Conjoint",
            None,
            "ADM-1",
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "01/01/2030",
            None,
            "F",
            "Conjoint",
            None,
            "ADM-1",
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "01/01/1980",
            None,
            "X",
            "Cousine",
            None,
            "ADM-1",
            None,
            75,
            4,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Enfant",
            None,
            "ADM-1",
            None,
            80,
            1,
            -5,
            999_999_999_999,
            "01/01/2026",
        ),
        (
            "Y" * 81,
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Enfant",
            None,
            "ADM-1",
            "12345",
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Enfant",
            "ADM-1",
            "ADM-1",
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Enfant",
            None,
            "ADM-9",
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
        ),
        (
            "Yao",
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Enfant",
            None,
            None,
            None,
            80,
            1,
            1_000_000,
            None,
            "1er janvier",
        ),
        (
            "Yao",
            "Ama",
            "01/01/1980",
            None,
            "F",
            "Enfant",
            "ADM-3",
            "ADM-2",
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/1979",
        ),
        (
            "Yao",
            "Ama",
            29221,
            None,
            "F",
            "Enfant",
            "ADM é",
            "ADM-1",
            None,
            80,
            1,
            1_500.5,
            None,
            "01/01/2026",
        ),
    ]
    path = xlsx(tmp_path / "erreurs.xlsx", rows)
    result = read_member_file(path, today=TODAY)
    found = {(p.row, p.column, p.message) for p in result.problems}
    assert found == {
        (3, "Nom", "« Nom » est vide : cette information est obligatoire."),
        (4, "Date de naissance", "La date 31/02/1980 n'existe pas dans le calendrier."),
        (5, "Date de naissance", "Date de naissance dans le futur : elle est impossible."),
        (6, "Sexe", "Sexe « X » inconnu : écrivez M ou F."),
        (
            6,
            "Lien",
            "Lien « Cousine » inconnu : écrivez Assuré principal, Conjoint, Enfant ou Autre.",
        ),
        (6, "Taux", "Taux « 75 » non prévu : 100, 90, 80, 70 ou 60."),
        (6, "Zone", "Zone « 4 » inconnue : 1, 2 ou 3."),
        (7, "Plafond annuel", "« Plafond annuel » ne peut pas être négatif."),
        (
            7,
            "Prime annuelle",
            "« Prime annuelle » : 999\u00a0999\u00a0999\u00a0999\u00a0FCFA est un montant "
            "invraisemblable (au plus 100\u00a0000\u00a0000\u00a0FCFA).",
        ),
        (8, "Nom", "« Nom » est trop long (81 caractères, au plus 80)."),
        (8, "N° CMU", "N° CMU « 12345 » invalide : il compte exactement 13 chiffres."),
        (9, "Matricule", "Matricule ADM-1 en double : déjà porté ligne 2."),
        (
            10,
            "Matricule du principal",
            "L'assuré principal de matricule ADM-9 n'est pas dans le fichier.",
        ),
        (
            11,
            "Matricule du principal",
            "Ayant droit sans assuré principal : indiquez le matricule "
            "du principal ou le n° de famille.",
        ),
        (11, "Date d'entrée", "Date invalide : saisissez-la sous la forme JJ/MM/AAAA."),
        (12, "Date d'entrée", "La date d'entrée précède la date de naissance."),
        (
            12,
            "Matricule du principal",
            "Le matricule ADM-2 (ligne 3) n'est pas celui d'un assuré principal.",
        ),
        (13, "Date de naissance", "Date invalide : saisissez-la sous la forme JJ/MM/AAAA."),
        (
            13,
            "Matricule",
            "« ADM É » : un matricule ne contient que des lettres sans accent, des "
            "chiffres et les signes . / -",
        ),
        (13, "Plafond annuel", "« Plafond annuel » : saisissez un nombre entier de francs CFA."),
    }
    assert [p.row for p in result.problems] == sorted(p.row for p in result.problems)
    assert [p.row for p in result.persons] == [2]  # only the clean row is typed
    assert not result.is_clean


def test_headers_as_the_file_spells_them_name_the_problem(tmp_path: Path) -> None:
    header = ("NOM", *HEADER[1:])
    path = xlsx(
        tmp_path / "l.xlsx",
        [
            (
                None,
                "Ama",
                "01/01/1980",
                None,
                "F",
                "Assuré principal",
                None,
                None,
                None,
                80,
                1,
                1_000_000,
                None,
                "01/01/2026",
            )
        ],
        header=header,
    )
    assert problems_of(path) == {
        (2, "NOM", "« NOM » est vide : cette information est obligatoire.")
    }


def test_a_missing_required_column_is_reported_once(tmp_path: Path) -> None:
    header = tuple(h for h in HEADER if h != "Date de naissance")
    path = xlsx(tmp_path / "l.xlsx", [("Yao",)], header=header)
    assert problems_of(path) == {
        (1, "Date de naissance", "Colonne « Date de naissance » absente de la ligne d'en-tête.")
    }


def test_a_dependent_needs_a_link_column(tmp_path: Path) -> None:
    header = tuple(h for h in HEADER if h != "Matricule du principal")
    row = (
        "Yao",
        "Ama",
        "01/01/1980",
        None,
        "F",
        "Enfant",
        None,
        None,
        80,
        1,
        1_000_000,
        None,
        "01/01/2026",
    )
    assert problems_of(xlsx(tmp_path / "l.xlsx", [row], header=header)) == {
        (
            2,
            "Matricule du principal",
            "Ayant droit sans assuré principal : indiquez le matricule "
            "du principal ou le n° de famille.",
        )
    }


def test_a_family_number_without_its_member(tmp_path: Path) -> None:
    header = (*HEADER, "N° de famille")
    rows = [
        (
            "Yao",
            "Paul",
            "01/01/1970",
            None,
            "M",
            "Assuré principal",
            None,
            None,
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
            "F1",
        ),
        (
            "Yao",
            "Awa",
            "01/01/1975",
            None,
            "F",
            "Assuré principal",
            None,
            None,
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
            "F1",
        ),
        (
            "Yao",
            "Ama",
            "01/01/2010",
            None,
            "F",
            "Enfant",
            None,
            None,
            None,
            80,
            1,
            1_000_000,
            None,
            "01/01/2026",
            "F7",
        ),
    ]
    assert problems_of(xlsx(tmp_path / "l.xlsx", rows, header=header)) == {
        (3, "N° de famille", "N° de famille F1 déjà porté par l'assuré principal de la ligne 2."),
        (4, "N° de famille", "Aucun assuré principal n'a le n° de famille F7 dans le fichier."),
    }


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(member_import, "MAX_ROWS", 50)
    row = (
        "Yao",
        "Paul",
        "01/01/1970",
        None,
        "M",
        "Assuré principal",
        None,
        None,
        None,
        80,
        1,
        1_000_000,
        None,
        "01/01/2026",
    )
    result = read_member_file(xlsx(tmp_path / "l.xlsx", [row] * 51), today=TODAY)
    assert result.persons == ()
    assert result.problems == (
        ImportProblem(  # header row 1, the 51st person on row 52
            52, "", "Le fichier compte plus de 50 personnes : découpez-le en plusieurs fichiers."
        ),
    )


def test_the_limit_is_five_thousand_persons() -> None:
    assert member_import.MAX_ROWS == 5_000


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"Nom;Prenoms\nYao;Ama\n")
    result = read_member_file(path, today=TODAY)
    assert result.persons == () and len(result.problems) == 1
    assert result.problems[0].row == 0 and "pas un classeur Excel" in result.problems[0].message
    assert read_member_file(tmp_path / "absent.xlsx").problems[0].message == "Fichier introuvable."


def test_a_sheet_without_a_header_row(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "l.xlsx", [("Yao", "Ama")], header=("A", "B"))
    (problem,) = read_member_file(path, today=TODAY).problems
    assert problem.row == 0 and problem.message.startswith("Ligne d'en-tête introuvable")


def test_the_template_has_the_header_and_an_example_that_imports_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    write_member_template(path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:2] == [TEMPLATE_SHEET, EXAMPLE_SHEET]
    persons = workbook[TEMPLATE_SHEET]
    assert [c.value for c in persons[1]] == [
        "Nom",
        "Prénoms",
        "Date de naissance",
        "Lieu de naissance",
        "Sexe",
        "Lien",
        "Matricule",
        "Matricule du principal",
        "N° de famille",
        "N° CMU",
        "Taux",
        "Zone",
        "Plafond annuel",
        "Prime annuelle",
        "Date d'entrée",
    ]
    assert persons.max_row == 1 and persons.freeze_panes == "A2"  # no example to import by mistake
    assert len(persons.data_validations.dataValidation) == 4  # Sexe, Lien, Taux, Zone
    # the blank template read as is: nothing to import, said plainly
    (problem,) = read_member_file(path, today=TODAY).problems
    assert problem.message == "Le fichier ne contient aucune personne sous la ligne d'en-tête."
    example = read_member_file(path, today=TODAY, sheet=EXAMPLE_SHEET)
    assert example.problems == () and len(example.persons) == 3
    member, spouse, child = example.persons
    assert (spouse.last_name, spouse.first_names) == ("N'GUESSAN", "Aïcha")
    assert spouse.cmu_number == "0987654321098"
    assert spouse.member_row == child.member_row == member.row == 2


def test_a_file_that_unzips_to_gigabytes_is_refused_before_reading(tmp_path: Path) -> None:
    """Issue 11: a small .xlsx whose parts expand to 250 MB is refused from what its zip
    says, in French, without openpyxl reading a byte of it."""
    import time
    import zipfile

    path = tmp_path / "piege.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Nom", "Prénoms", "Date de naissance"])
    workbook.save(path)
    zeros = b"\0" * 1_000_000
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/sharedStrings2.xml", "w") as part,
    ):
        for _ in range(250):
            part.write(zeros)
    assert path.stat().st_size < 2_000_000
    began = time.perf_counter()
    result = member_import.read_member_file(path, today=date(2026, 11, 21))
    assert time.perf_counter() - began < 2
    assert not result.persons and result.rows_read == 0
    assert any("se décompresse en 250 Mo" in problem.message for problem in result.problems)
