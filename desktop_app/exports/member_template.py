"""The member-list template handed to a group subscriber or its administrator (issue 3).

Sheet « Assurés » holds the header alone, for the persons; the example lives on its own
sheet « Exemple » so that it can never be imported by mistake; « Consignes » explains the
columns. The template is three small sheets with drop-down lists (data validations, which
write-only mode cannot write), so it is built in normal mode.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.exports.member_columns import MEMBER_COLUMNS

TEMPLATE_SHEET = "Assurés"
EXAMPLE_SHEET = "Exemple"
GUIDE_SHEET = "Consignes"
TEMPLATE_ROWS = 5_000

EXAMPLE_ROWS: tuple[tuple[object, ...], ...] = (
    (
        "KOUASSI",
        "Jean-Baptiste",
        date(1980, 3, 14),
        "Bouaké",
        "M",
        "Assuré principal",
        "ADM-0001",
        None,
        "F001",
        "1234567890123",
        80,
        1,
        2_000_000,
        None,
        date(2026, 1, 1),
    ),
    (
        "N'GUESSAN",
        "Aïcha",
        date(1985, 7, 2),
        "Abidjan",
        "F",
        "Conjoint",
        "ADM-0002",
        "ADM-0001",
        "F001",
        "0987654321098",
        80,
        1,
        2_000_000,
        None,
        date(2026, 1, 1),
    ),
    (
        "KOUASSI",
        "Yao Emmanuel",
        date(2015, 11, 30),
        "Abidjan",
        "M",
        "Enfant",
        "",
        "ADM-0001",
        "F001",
        "",
        80,
        1,
        1_500_000,
        185_000,
        date(2026, 3, 15),
    ),
)

GUIDE_LINES = (
    "Une ligne par personne assurée, sur la feuille « Assurés », sous la ligne des titres.",
    "Obligatoire : Nom, Prénoms, Date de naissance, Sexe, Lien, Taux, Zone, Plafond annuel, "
    "Date d'entrée.",
    "Dates au format JJ/MM/AAAA. Sexe : M ou F.",
    "Lien : Assuré principal, Conjoint, Enfant ou Autre.",
    "Un ayant droit se rattache à son assuré principal par « Matricule du principal » "
    "ou par le même « N° de famille ».",
    "Matricule : celui du gestionnaire s'il en donne un ; vide, la compagnie en attribue un.",
    "N° CMU : 13 chiffres (colonne au format Texte pour garder un 0 en tête).",
    "Taux : 100, 90, 80, 70 ou 60. Zone : 1 (Côte d'Ivoire), 2 (+ Afrique et France), 3 (monde).",
    "Plafond annuel et prime annuelle : en francs CFA, nombres entiers. Prime vide : la prime "
    "du tarif.",
    f"Au plus {TEMPLATE_ROWS} personnes par fichier. Rien n'est enregistré tant qu'une ligne "
    "est en erreur : chaque erreur est signalée avec sa ligne et sa colonne.",
)

_TEXT_KEYS = {"matricule", "member_matricule", "family", "cmu_number"}
_DATE_KEYS = {"birth_date", "entry_date"}
_MONEY_KEYS = {"annual_ceiling", "annual_net_premium"}


def _header(ws: Worksheet) -> None:
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    for index, column in enumerate(MEMBER_COLUMNS, start=1):
        cell = ws.cell(row=1, column=index, value=column.header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(index)
        ws.column_dimensions[letter].width = max(len(column.header) + 2, 14)
    ws.freeze_panes = "A2"


def _format(ws: Worksheet, rows: int = 0) -> None:
    """Column styles, which Excel gives the cells the clerk types; ``rows`` example cells too."""
    for index, column in enumerate(MEMBER_COLUMNS, start=1):
        if column.key in _TEXT_KEYS:
            fmt = "@"  # keeps a CMU number's leading 0
        elif column.key in _DATE_KEYS:
            fmt = "DD/MM/YYYY"
        elif column.key in _MONEY_KEYS:
            fmt = '#,##0 "FCFA"'
        else:
            continue
        ws.column_dimensions[get_column_letter(index)].number_format = fmt
        for row in range(2, rows + 2):
            ws.cell(row=row, column=index).number_format = fmt


def _lists(ws: Worksheet, last: int) -> None:
    choices = {
        "gender": '"M,F"',
        "relationship": '"Assuré principal,Conjoint,Enfant,Autre"',
        "coverage_rate": '"100,90,80,70,60"',
        "zone": '"1,2,3"',
    }
    for index, column in enumerate(MEMBER_COLUMNS, start=1):
        if column.key in choices:
            rule = DataValidation(
                type="list",
                formula1=choices[column.key],
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=column.header,
                error=f"Valeur non prévue pour « {column.header} ».",
            )
            letter = get_column_letter(index)
            rule.add(f"{letter}2:{letter}{last}")
            ws.add_data_validation(rule)


def write_member_template(path: str | Path) -> None:
    """Write the template: « Assurés » (header, drop-downs), « Exemple », « Consignes »."""
    workbook = openpyxl.Workbook()
    persons = workbook.active
    assert persons is not None
    persons.title = TEMPLATE_SHEET
    _header(persons)
    _lists(persons, TEMPLATE_ROWS + 1)
    _format(persons)
    example = workbook.create_sheet(EXAMPLE_SHEET)
    _header(example)
    for number, values in enumerate(EXAMPLE_ROWS, start=2):
        for index, value in enumerate(values, start=1):
            example.cell(row=number, column=index, value=value)
    _format(example, len(EXAMPLE_ROWS))
    guide = workbook.create_sheet(GUIDE_SHEET)
    guide.column_dimensions["A"].width = 110
    guide.cell(row=1, column=1, value="Comment remplir la liste des assurés").font = Font(
        bold=True, size=12
    )
    for number, line in enumerate(GUIDE_LINES, start=3):
        guide.cell(row=number, column=1, value=line).alignment = Alignment(wrap_text=True)
    workbook.save(path)
