"""The production statement read back from the .xlsx (domain.md §12, issue 3)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.kinds import IntermediaryKind
from desktop_app.persistence.models import InsuredPerson, Intermediary, PersonTerm, Policy
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import endorsements, issue
from desktop_app.services.production.endorsement_input import (
    AdditionInput,
    EndorsementInput,
    ExitInput,
)
from desktop_app.services.statements import production as statements
from tests.services.claims.test_claims_builders import issued_policy, office, person
from tests.services.production.test_issue import _ready_policy


def _data_rows(path: Path) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(path)
    ws = wb["Production"]
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "N° de police")
    return [r for r in rows[header + 1 :] if r and r[0] and not str(r[0]).startswith("Total")]


def test_production_statement_one_row_per_quittance(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    pid = _ready_policy(admin, clerk, ["Kouassi"])
    issue.issue_policy(clerk, pid)
    out = tmp_path / "production.xlsx"
    today = clerk.today()
    result = statements.export_production(
        admin, statements.StatementScope(date(today.year, 1, 1), today), out
    )
    assert result.rows == 1
    (row,) = _data_rows(out)
    assert row[0] == "MAL-2026-000001"
    numbers = [v for v in row if isinstance(v, int)]
    assert 240_000 in numbers and 270_000 in numbers  # net and TTC typed as integers
    sheet = result.sheet("Production")
    assert sheet.totals["Prime TTC"] == 270_000


def test_a_closed_period_keeps_the_names_it_was_issued_with(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """Architecture rule 5: the subscriber, intermediary and administrator of a quittance are
    those of the day it was issued. Renamed afterwards, and the policy given to another
    intermediary, the statement of its period still prints and filters the old ones."""
    pid = _ready_policy(admin, clerk, ["Kouassi"])
    issue.issue_policy(clerk, pid)
    today = clerk.today()
    scope = statements.StatementScope(date(today.year, 1, 1), today)
    before = tmp_path / "before.xlsx"
    statements.export_production(admin, scope, before)
    with admin.write() as session:
        policy = session.get(Policy, pid)
        assert policy is not None and policy.intermediary is not None
        old_intermediary = policy.intermediary_id
        policy.subscriber.name = "SIB devenue Société Générale"
        policy.intermediary.name = "Agence renommée"
        other = Intermediary(
            code="AG99",
            kind=IntermediaryKind.AGENT,
            name="Autre agence",
            commission_rate=Decimal("0.10"),
        )
        session.add(other)
        session.flush()
        policy.intermediary_id = other.id
    after = tmp_path / "after.xlsx"
    statements.export_production(admin, scope, after)
    assert _data_rows(after) == _data_rows(before)
    (row,) = _data_rows(after)
    assert row[2:5] == ("Société Ivoirienne de Banque", "AG01", "Agence Yao Kouassi")
    by_old = statements.StatementScope(scope.start, scope.end, intermediary_id=old_intermediary)
    assert statements.export_production(admin, by_old, tmp_path / "old.xlsx").rows == 1


def test_statement_rights_and_period(
    clerk: ServiceContext, admin: ServiceContext, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        statements.export_production(
            clerk,
            statements.StatementScope(date(2026, 1, 1), date(2026, 1, 31)),
            tmp_path / "x.xlsx",
        )
    with pytest.raises(FieldError):
        statements.export_production(
            admin,
            statements.StatementScope(date(2026, 2, 1), date(2026, 1, 31)),
            tmp_path / "x.xlsx",
        )
    assert not (tmp_path / "x.xlsx").exists()


def test_export_verb_writes_the_file_without_a_window(tmp_path: Path) -> None:
    env = {
        "PORTEFEUILLE_SANTE_HOME": str(tmp_path / "home"),
        "PORTEFEUILLE_FAST_HASH": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
    }
    out = tmp_path / "prod.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            "production",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "--out",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "Bordereau écrit" in done.stdout and out.is_file()
    assert _data_rows(out) == []
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            "production",
            "--from",
            "2026-12-31",
            "--to",
            "2026-01-01",
            "--out",
            str(tmp_path / "bad.xlsx"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert bad.returncode == 2 and "précède" in bad.stderr


def test_every_endorsement_quittance_is_a_row_with_its_kind_and_number(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """Issue 8 + §12: an incorporation (Yao, 240 000 a year from 01/07/2026: TTC 133 905) and
    a retrait with refund (Koné, 180 000 a year, out on 01/10/2026: credit note −49 000) are
    two rows « Avenant n° 1 — incorporation » and « Avenant n° 2 — retrait » beside the new
    business one; the TTC total is the new business + 133 905 − 49 000."""
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    with o.production.write() as session:
        kone = session.get(InsuredPerson, ids["Koné"])
        assert kone is not None
        kone.annual_net_premium = 180_000
        for term in session.query(PersonTerm).filter(PersonTerm.person_id == kone.id):
            term.annual_net_premium = 180_000
    first = endorsements.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            EndorsementKind.ADDITION,
            additions=(AdditionInput(person(pid, "Yao", "Paul", entry_date=date(2026, 7, 1))),),
        ),
    )
    second = endorsements.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            EndorsementKind.REMOVAL,
            exits=(ExitInput(ids["Koné"], date(2026, 10, 1)),),
            refund=True,
        ),
    )
    assert (first.total, second.total) == (133_905, -49_000)

    out = tmp_path / "production.xlsx"
    today = o.production.today()
    result = statements.export_production(
        o.admin, statements.StatementScope(date(today.year, 1, 1), today), out
    )
    rows = _data_rows(out)
    acts = {row[6]: row for row in rows}
    assert set(acts) == {
        "Affaire nouvelle",
        "Avenant n° 1 — incorporation",
        "Avenant n° 2 — retrait",
    }
    assert acts["Avenant n° 1 — incorporation"][7] == first.quittance_number
    assert acts["Avenant n° 1 — incorporation"][14] == 133_905
    assert acts["Avenant n° 2 — retrait"][7] == second.quittance_number
    assert acts["Avenant n° 2 — retrait"][14] == -49_000
    new_business = acts["Affaire nouvelle"][14]
    assert isinstance(new_business, int)
    assert result.sheet("Production").totals["Prime TTC"] == new_business + 133_905 - 49_000
