"""Renewing every policy due (issue 8): who is renewed, who is left for the clerk and
why, who leaves for age; the dry run writes nothing; a cancelled batch leaves each policy
renewed or untouched; the report is a real workbook read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.roles import Role
from desktop_app.persistence.models import Endorsement, Policy, PolicyYear, Quittance
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import benefits, issue, members, renewal_batch
from desktop_app.services.production.endorsement_input import EndorsementInput
from desktop_app.services.production.endorsements import validate_endorsement
from desktop_app.services.production.renewal_report import write_renewal_report
from tests.conftest import make_user
from tests.services.claims.test_claims_builders import Office, at, office, person
from tests.services.factories import draft_policy


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _issued(
    o: Office, clerk: ServiceContext, name: str, people: list[members.PersonData], **terms: object
) -> int:
    pid = draft_policy(
        clerk, o.intermediary_id, o.administrator_id, date(2026, 1, 1), name=name, **terms
    )
    template = benefits.list_templates(clerk)[0]
    benefits.copy_template(clerk, pid, template.id)
    for data in people:
        members.save_person(clerk, replace(data, policy_id=pid))
    issue.issue_policy(clerk, pid)
    return pid


def _portfolio(o: Office) -> dict[str, int]:
    """Four issued policies: A renews; B has no tacit renewal; C's only member reaches the
    age limit in 2026 (born 10/03/1961: covered to 31/12/2026); D was cancelled."""
    make_user(o.admin, "chef", Role.PRODUCTION, Role.MEDICAL_ADVISER)
    chef = at(users.login(o.admin, "chef", "motdepasse1"))
    ids = {
        "A": _issued(o, chef, "Société A", [person(0, "Kouassi"), person(0, "Yao")]),
        "B": _issued(o, chef, "Société B", [person(0, "Bamba")], tacit_renewal=False),
        "C": _issued(
            o,
            chef,
            "Société C",
            [person(0, "Aké", birth_date=date(1961, 3, 10), age_override_reason="Accord")],
        ),
        "D": _issued(o, chef, "Société D", [person(0, "Zadi")]),
    }
    validate_endorsement(
        chef,
        ids["D"],
        EndorsementInput(EndorsementKind.CANCELLATION, day=date(2026, 6, 1), reason="Impayés"),
    )
    return ids


def _years(o: Office) -> int:
    with o.production.read() as session:
        return int(session.scalar(select(func.count()).select_from(PolicyYear)) or 0)


def test_dry_run_reports_and_writes_nothing(o: Office, tmp_path: Path) -> None:
    _portfolio(o)
    before = _years(o)
    report = renewal_batch.renew_all(o.production, 2027, dry_run=True)
    assert _years(o) == before
    assert report.due == 3  # A, B, C: D is cancelled
    assert [r.policy_number for r in report.renewed] == ["MAL-2026-000001"]
    assert [(s.subscriber, s.reason[:24]) for s in report.skipped] == [
        ("Société B", "Sans tacite reconduction"),
        ("Société C", "Plus aucun assuré princi"),
    ]
    assert [(x.name, x.last_day) for x in report.leavers] == [("Aké Jean", date(2026, 12, 31))]
    assert "seraient renouvelées" in report.summary()
    path = tmp_path / "simulation.xlsx"
    write_renewal_report(o.production, path, report)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Renouvelées", "À traiter une à une", "Sorties limite d'âge"]
    renewed = book["Renouvelées"]
    header = [c.value for c in renewed[5]]
    assert header[:3] == ["N° de police", "Souscripteur", "Personnes reconduites"]
    row = [c.value for c in renewed[6]]
    assert row[:3] == ["MAL-2026-000001", "Société A", 2]
    assert row[9] == "(simulation)" and row[10] == report.renewed[0].total
    leavers = book["Sorties limite d'âge"]
    assert [c.value for c in leavers[6]][2] == "Aké Jean"


def test_batch_renews_what_is_due_and_nothing_twice(o: Office) -> None:
    ids = _portfolio(o)
    seen: list[tuple[int, int]] = []
    report = renewal_batch.renew_all(
        o.production, 2027, progress=lambda done, due: seen.append((done, due))
    )
    assert seen == [(3, 3)]  # one chunk
    assert [r.policy_number for r in report.renewed] == ["MAL-2026-000001"]
    assert report.renewed[0].quittance_number.startswith("Q-2026-")
    with o.production.read() as session:
        expiries = dict(session.execute(select(Policy.id, Policy.expiry_date)).all())
        assert expiries[ids["A"]] == date(2027, 12, 31)
        assert expiries[ids["B"]] == date(2026, 12, 31)
        assert expiries[ids["C"]] == date(2026, 12, 31)
    again = renewal_batch.renew_all(o.production, 2027)
    assert (again.due, again.renewed) == (2, [])  # A is no longer due; B and C still wait


def test_a_cancelled_batch_leaves_each_policy_renewed_or_untouched(o: Office) -> None:
    """Three policies that would renew; cancel after the first."""
    for name in ("Alpha", "Béta", "Gamma"):
        _issued(o, o.production, f"Société {name}", [person(0, name)])
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 1

    report = renewal_batch.renew_all(o.production, 2027, cancelled=cancelled)
    assert report.cancelled and len(report.renewed) == 1 and report.untouched == 2
    assert "interrompu : 2 police(s) non traitée(s)" in report.summary()
    with o.production.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(PolicyYear).where(PolicyYear.year == 2027)
            )
            == 1
        )
        renewals = session.scalars(
            select(Endorsement).where(Endorsement.kind == EndorsementKind.RENEWAL)
        ).all()
        assert len(renewals) == 1
        assert (
            session.scalar(
                select(func.count())
                .select_from(Quittance)
                .where(Quittance.period_start == date(2027, 1, 1))
            )
            == 1
        )


def test_the_year_is_checked(o: Office) -> None:
    with pytest.raises(ValidationFailed):
        renewal_batch.renew_all(o.production, 27)
