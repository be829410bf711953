"""Checking (dry run) and importing a member file of 5 000 rows into a draft group policy
(issue 13: check ≤ 5 s, import ≤ 8 s; 46 s and 45 s before). Builds a fresh SQLite file
with the office of ``bench_endorsement`` and writes the file with openpyxl (members, a
dependent for every third), then times ``check_member_file`` and ``import_member_file``;
the floor is reading the file alone (``read_member_file``).

    python bench/bench_member_import.py [--rows 5000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import openpyxl  # noqa: E402
from bench_endorsement import _office  # noqa: E402

from desktop_app.exports.member_import import read_member_file  # noqa: E402
from desktop_app.persistence import migrate  # noqa: E402
from desktop_app.persistence.database import Database, sqlite_url  # noqa: E402
from desktop_app.services.production import member_import  # noqa: E402

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


def _write(path: Path, rows: int) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Assurés"
    sheet.append(HEADER)
    member = ""
    for n in range(rows):
        dependent = n % 3 == 2
        matricule = f"IMP{n:06d}"
        if not dependent:
            member = matricule
        sheet.append(
            [
                f"Nom{n}",
                "Enfant" if dependent else "Jean",
                date(2010 + n % 10, 1 + n % 12, 1 + n % 28)
                if dependent
                else date(1970 + n % 30, 1 + n % 12, 1 + n % 28),
                "Abidjan",
                "M",
                "Enfant" if dependent else "Assuré principal",
                matricule,
                member if dependent else "",
                "",
                80,
                1,
                2_000_000,
                None,
                date(2026, 1, 1),
            ]
        )
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    db = Database(sqlite_url(work / "bench.db"))
    migrate.upgrade(db)
    clerk, pid = _office(db)
    path = work / "assures.xlsx"
    _write(path, args.rows)
    began = time.perf_counter()
    read = read_member_file(path, today=date(2026, 11, 21))
    floor = time.perf_counter() - began
    assert not read.problems, read.problems[:3]
    began = time.perf_counter()
    check = member_import.check_member_file(clerk, pid, path)
    checked = time.perf_counter() - began
    assert not check.problems, check.problems[:3]
    began = time.perf_counter()
    done, _changes = member_import.import_member_file(clerk, pid, path)
    imported = time.perf_counter() - began
    assert not done.problems, done.problems[:3]
    print(
        f"{args.rows} rows: read {floor:.2f} s (floor); check {checked:.2f} s; import {imported:.2f} s"
    )
    print("targets: check ≤ 5 s, import ≤ 8 s")


if __name__ == "__main__":
    main()
