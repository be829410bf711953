"""Reading a group's member list from an .xlsx file the office receives (domain.md §3, issue 3).

``read_member_file`` parses every row into an ``ImportedPerson`` and collects every problem
as an ``ImportProblem`` (Excel row, column header, French message) — it never stops at the
first one, so the clerk fixes the whole file in one pass. Nothing is saved here: the service
saves the persons only when the result has no problem at all, in one transaction. The tariff
and age rules of §4 are the service's to apply when it saves; this module checks what the
file itself can tell. The file is read in read-only (streaming) mode.
"""

from __future__ import annotations

import itertools
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import cast

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from desktop_app.domain.errors import FieldError
from desktop_app.domain.kinds import Gender, Relationship
from desktop_app.exports.member_cells import PARSERS
from desktop_app.exports.member_columns import (
    COLUMN_BY_KEY,
    MEMBER_COLUMNS,
)
from desktop_app.exports.member_template import TEMPLATE_SHEET, write_member_template

__all__ = [
    "ImportProblem",
    "ImportResult",
    "ImportedPerson",
    "read_member_file",
    "write_member_template",
    "MAX_ROWS",
]

MAX_ROWS = 5_000
HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class ImportProblem:
    row: int  # Excel row number; 0 for the file as a whole
    column: str  # the header as written in the file ("" for a whole row or the file)
    message: str  # French, for the clerk


@dataclass(frozen=True)
class ImportedPerson:
    row: int
    last_name: str
    first_names: str
    birth_date: date
    gender: Gender
    relationship: Relationship
    coverage_rate: int  # percent
    zone: int
    annual_ceiling: int
    entry_date: date
    birth_place: str = ""
    matricule: str = ""  # "" → the office generates one
    cmu_number: str = ""
    annual_net_premium: int | None = None  # None → the tariff's
    family: str = ""
    member_row: int | None = None  # a dependent's member: the row of that member in the file


@dataclass(frozen=True)
class ImportResult:
    persons: tuple[ImportedPerson, ...]
    problems: tuple[ImportProblem, ...]
    rows_read: int = 0

    @property
    def is_clean(self) -> bool:
        return not self.problems and bool(self.persons)

    def members(self) -> tuple[ImportedPerson, ...]:
        return tuple(p for p in self.persons if p.relationship is Relationship.SELF)

    def dependents_of(self, member: ImportedPerson) -> tuple[ImportedPerson, ...]:
        return tuple(p for p in self.persons if p.member_row == member.row)


@dataclass
class _Row:
    number: int
    values: dict[str, object] = field(default_factory=dict)
    bad: bool = False


def _file_problem(message: str) -> ImportResult:
    return ImportResult((), (ImportProblem(0, "", message),))


class _Reader:
    """Checks the rows of one sheet; ``problems`` receives everything found."""

    def __init__(self, headers: dict[str, tuple[int, str]], today: date) -> None:
        self.headers = headers  # field key → (0-based index, header text in the file)
        self.today = today
        self.problems: list[ImportProblem] = []

    def label(self, key: str) -> str:
        found = self.headers.get(key)
        return found[1] if found else COLUMN_BY_KEY[key].header

    def report(self, row: _Row, key: str, message: str) -> None:
        self.problems.append(ImportProblem(row.number, self.label(key), message))
        row.bad = True

    def raw(self, cells: Sequence[object], key: str) -> object:
        found = self.headers.get(key)
        if found is None or found[0] >= len(cells):
            return None
        value = cells[found[0]]
        if isinstance(value, str):
            value = " ".join(unicodedata.normalize("NFC", value).split())
            return value or None
        return value

    def parse(self, number: int, cells: Sequence[object]) -> _Row:
        row = _Row(number)
        for column in MEMBER_COLUMNS:
            value = self.raw(cells, column.key)
            if value is None:
                if column.required:
                    self.report(
                        row,
                        column.key,
                        f"« {self.label(column.key)} » est vide : cette information est obligatoire.",
                    )
                continue
            try:
                parse = PARSERS[column.key]
                row.values[column.key] = parse(value, column.key, self.label(column.key))
            except FieldError as error:
                self.report(row, column.key, error.message)
        self.cross_check(row)
        return row

    def cross_check(self, row: _Row) -> None:
        birth, entry = row.values.get("birth_date"), row.values.get("entry_date")
        if isinstance(birth, date):
            if birth > self.today:
                self.report(
                    row, "birth_date", "Date de naissance dans le futur : elle est impossible."
                )
                birth = None
            elif self.today.year - birth.year > 120:
                self.report(row, "birth_date", "Date de naissance impossible (plus de 120 ans).")
                birth = None
        if isinstance(entry, date):
            if isinstance(birth, date) and entry < birth:
                self.report(row, "entry_date", "La date d'entrée précède la date de naissance.")
            elif entry.year > self.today.year + 1:
                self.report(
                    row,
                    "entry_date",
                    f"Date d'entrée trop lointaine : au plus tard en {self.today.year + 1}.",
                )


def _find_headers(
    rows: Sequence[tuple[int, Sequence[object]]],
) -> tuple[int, dict[str, tuple[int, str]], list[ImportProblem]] | None:
    """The header row: the first row naming at least three known columns."""
    for number, cells in rows:
        found: dict[str, tuple[int, str]] = {}
        problems: list[ImportProblem] = []
        for index, cell in enumerate(cells):
            if not isinstance(cell, str) or not cell.strip():
                continue
            for column in MEMBER_COLUMNS:
                if column.matches(cell):
                    if column.key in found:
                        problems.append(
                            ImportProblem(
                                number, cell.strip(), f"Colonne « {cell.strip()} » en double."
                            )
                        )
                    else:
                        found[column.key] = (index, cell.strip())
                    break
        if len(found) >= 3:
            for column in MEMBER_COLUMNS:
                if column.required and column.key not in found:
                    problems.append(
                        ImportProblem(
                            number,
                            column.header,
                            f"Colonne « {column.header} » absente de la ligne d'en-tête.",
                        )
                    )
            return number, found, problems
    return None


def _link(reader: _Reader, rows: list[_Row]) -> None:
    """Second pass over the file: duplicate matricules and each dependent's member (§3)."""
    by_matricule: dict[str, _Row] = {}
    members_by_family: dict[str, _Row] = {}
    for row in rows:
        matricule = row.values.get("matricule")
        if isinstance(matricule, str):
            if matricule in by_matricule:
                reader.report(
                    row,
                    "matricule",
                    f"Matricule {matricule} en double : déjà porté "
                    f"ligne {by_matricule[matricule].number}.",
                )
            else:
                by_matricule[matricule] = row
        family = row.values.get("family")
        if row.values.get("relationship") is Relationship.SELF and isinstance(family, str):
            if family in members_by_family:
                reader.report(
                    row,
                    "family",
                    f"N° de famille {family} déjà porté par l'assuré "
                    f"principal de la ligne {members_by_family[family].number}.",
                )
            else:
                members_by_family[family] = row
    for row in rows:
        if row.values.get("relationship") in (None, Relationship.SELF):
            continue
        key = row.values.get("member_matricule")
        family = row.values.get("family")
        member: _Row | None = None
        if isinstance(key, str):
            member = by_matricule.get(key)
            if member is None:
                reader.report(
                    row,
                    "member_matricule",
                    f"L'assuré principal de matricule {key} n'est pas dans le fichier.",
                )
            elif member.values.get("relationship") is not Relationship.SELF:
                reader.report(
                    row,
                    "member_matricule",
                    f"Le matricule {key} (ligne {member.number}) "
                    "n'est pas celui d'un assuré principal.",
                )
                member = None
        elif isinstance(family, str):
            member = members_by_family.get(family)
            if member is None:
                reader.report(
                    row,
                    "family",
                    f"Aucun assuré principal n'a le n° de famille {family} dans le fichier.",
                )
        elif "member_matricule" not in row.values and "family" not in row.values:
            reader.report(
                row,
                "member_matricule",
                "Ayant droit sans assuré principal : indiquez "
                "le matricule du principal ou le n° de famille.",
            )
        if member is not None:
            row.values["member_row"] = member.number


MAX_EXPANDED_BYTES = 200_000_000
"""A list of 5 000 members is a few MB once unzipped; a file that unzips to more than this
is refused before openpyxl reads it (a 10 MB file whose shared strings expand to 10 GB ran
out of memory after 53 s: issue 11)."""


def _expanded_size(path: str | Path) -> int:
    """What the .xlsx (a zip) says its parts weigh once decompressed."""
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def read_member_file(
    path: str | Path, *, today: date | None = None, sheet: str | None = None
) -> ImportResult:
    """Check every row of the member list; see the module docstring. Never saves anything.

    Reads the sheet named ``sheet``, else « Assurés » (the template's), else the first one.
    """
    today = today or date.today()
    try:
        expanded = _expanded_size(path)
    except FileNotFoundError:
        return _file_problem("Fichier introuvable.")
    except (zipfile.BadZipFile, OSError):
        expanded = 0  # said below, by openpyxl's refusal
    if expanded > MAX_EXPANDED_BYTES:
        return _file_problem(
            f"Ce classeur se décompresse en {expanded // 1_000_000:,} Mo, bien plus qu'une liste "
            f"de {MAX_ROWS:,} assurés : il n'est pas lu (un fichier piégé ou endommagé ?).".replace(
                ",", " "
            )
        )
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        return _file_problem("Fichier introuvable.")
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        return _file_problem(
            "Ce fichier n'est pas un classeur Excel .xlsx lisible (un ancien "
            "fichier .xls doit d'abord être enregistré au format .xlsx)."
        )
    try:
        names = workbook.sheetnames
        name = sheet or (TEMPLATE_SHEET if TEMPLATE_SHEET in names else names[0])
        if name not in names:
            return _file_problem(f"Feuille « {name} » absente du classeur.")
        worksheet = workbook[name]
        worksheet.reset_dimensions()  # some programs write a wrong size; read to the real end
        return _read_rows(worksheet.iter_rows(values_only=True), today)
    finally:
        workbook.close()


def _read_rows(rows: Iterator[Sequence[object]], today: date) -> ImportResult:
    numbered = enumerate(rows, start=1)
    head = list(itertools.islice(numbered, HEADER_SEARCH_ROWS))
    found = _find_headers(head)
    if found is None:
        return _file_problem(
            "Ligne d'en-tête introuvable : la première ligne doit porter les "
            "titres des colonnes (Nom, Prénoms, Date de naissance, …) comme "
            "dans le modèle."
        )
    header_row, headers, problems = found
    if problems:
        return ImportResult((), tuple(problems))
    reader = _Reader(headers, today)
    parsed: list[_Row] = []
    below_header = (item for item in head if item[0] > header_row)
    for number, cells in itertools.chain(below_header, numbered):
        if all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells):
            continue
        if len(parsed) >= MAX_ROWS:
            message = (
                f"Le fichier compte plus de {MAX_ROWS} personnes : découpez-le en "
                "plusieurs fichiers."
            )
            return ImportResult((), (ImportProblem(number, "", message),), len(parsed))
        parsed.append(reader.parse(number, cells))
    if not parsed:
        return _file_problem("Le fichier ne contient aucune personne sous la ligne d'en-tête.")
    _link(reader, parsed)
    persons = tuple(_person(row) for row in parsed if not row.bad)
    problems = sorted(reader.problems, key=lambda p: p.row)
    return ImportResult(persons, tuple(problems), len(parsed))


def _person(row: _Row) -> ImportedPerson:
    v = row.values
    return ImportedPerson(
        row.number,
        cast(str, v["last_name"]),
        cast(str, v["first_names"]),
        cast(date, v["birth_date"]),
        cast(Gender, v["gender"]),
        cast(Relationship, v["relationship"]),
        cast(int, v["coverage_rate"]),
        cast(int, v["zone"]),
        cast(int, v["annual_ceiling"]),
        cast(date, v["entry_date"]),
        birth_place=cast(str, v.get("birth_place", "")),
        matricule=cast(str, v.get("matricule", "")),
        cmu_number=cast(str, v.get("cmu_number", "")),
        annual_net_premium=cast("int | None", v.get("annual_net_premium")),
        family=cast(str, v.get("family", "")),
        member_row=cast("int | None", v.get("member_row")),
    )
