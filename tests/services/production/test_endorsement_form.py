"""What the endorsement window reads before the clerk types (domain.md §8): the refund
default from the policy's terms, the persons a movement may name, and the entries read
from the member import's Excel template (nothing written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.domain.kinds import Relationship
from desktop_app.persistence.models import Policy
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import members
from desktop_app.services.production.endorsement_form import (
    endorsement_form,
    read_additions_file,
)
from tests.services.claims.test_claims_builders import Office, issued_policy, office
from tests.services.production.test_member_import import _file, _row


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def test_the_refund_follows_the_policy_terms(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi", "Diallo"])
    form = endorsement_form(o.production, pid)
    assert form.refund_unused_days is True
    assert [(p.name, p.member) for p in form.persons] == [
        ("Diallo Jean", True),
        ("Kouassi Jean", True),
    ]
    assert form.persons[1].id == ids["Kouassi"]
    with o.production.write() as session:
        policy = session.get(Policy, pid)
        assert policy is not None
        policy.refund_unused_days = False
    assert endorsement_form(o.production, pid).refund_unused_days is False
    with pytest.raises(DomainError):  # reading the portfolio is not entering production
        endorsement_form(o.claims, pid)


def test_entries_from_the_member_template(o: Office, tmp_path: Path) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    entry = {"entry": date(2026, 7, 1)}
    found = read_additions_file(
        o.production,
        pid,
        _file(
            tmp_path / "liste.xlsx",
            [
                _row("Yao", "Paul", date(1985, 1, 20), "Assuré principal", "YA-001", **entry),
                _row("Yao", "Awa", date(1987, 3, 2), "Conjoint", "YA-002", "YA-001", **entry),
            ],
        ),
    )
    assert found.problems == ()
    paul, awa = found.additions
    assert (paul.person.matricule, paul.member_row, paul.person.entry_date) == (
        "YA-001",
        None,
        date(2026, 7, 1),
    )
    assert (awa.person.relationship, awa.member_row) == (Relationship.SPOUSE, 0)
    assert members.list_policy_persons(o.production, pid)[0].last_name == "Kouassi"
    assert len(members.list_policy_persons(o.production, pid)) == 1  # nothing written
    bad = read_additions_file(
        o.production,
        pid,
        _file(
            tmp_path / "mauvaise.xlsx",
            [_row("Yao", "Paul", date(1985, 1, 20), "Assuré principal", "YA-001", rate=55)],
        ),
    )
    assert bad.additions == ()
    assert bad.problems[0].startswith("Ligne 2, colonne « Taux » : ")
