"""Medical secrecy on every read path (issue 11, architecture.md rule 11, domain/medical.py):
a surcharge's reason, exclusions and a claim's observations reach only the roles with the
medical right — through the person, the person's summary and the audit journal; for the
others they are masked, and a clerk without the right who saves the person keeps them."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.medical import MASK
from desktop_app.domain.roles import ROLE_PERMISSIONS, Permission, Role
from desktop_app.logs import SafeFormatter
from desktop_app.persistence.models import InsuredPerson
from desktop_app.services.administration import audit, users
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import members, persons
from tests.conftest import make_user
from tests.services.claims.test_claims_builders import (
    Office,
    issued_policy,
    office,
    person,
    receive,
)
from tests.services.factories import draft_policy

SECRETS = ("Asthme chronique", "chirurgie du genou", "Cholécystectomie")


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _portfolio(o: Office) -> int:
    pid, ids = issued_policy(o, ["Kouassi"])
    with o.production.write() as session:
        kouassi = session.get(InsuredPerson, ids["Kouassi"])
        assert kouassi is not None
        kouassi.medical_surcharge_rate = Decimal("0.20")
        kouassi.surcharge_reason = SECRETS[0]
        kouassi.exclusions = f"Exclusion de la {SECRETS[1]} gauche"
    receive(o, ids["Kouassi"], 150_000, notes=f"{SECRETS[2]} programmée")
    return ids["Kouassi"]


def _as(o: Office, role: Role) -> ServiceContext:
    code = f"r{role.value[:8]}"
    make_user(o.admin, code, role)
    return users.login(o.admin.as_actor(None), code, "motdepasse1")


def _everything_read(ctx: ServiceContext, person_id: int) -> str:
    """What each read path returns about the person, as text."""
    seen = [
        repr(members.get_person(ctx, person_id)),
        repr(persons.get_person_summary(ctx, person_id)),
    ]
    if ctx.actor is not None and ctx.actor.can(Permission.VIEW_AUDIT):
        seen.append(repr(audit.fetch_audit(ctx, audit.AuditFilter(), limit=10_000)))
    return "\n".join(seen)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_reads_medical_details_only_with_the_right(o: Office, role: Role) -> None:
    person_id = _portfolio(o)
    ctx = _as(o, role)
    seen = _everything_read(ctx, person_id)
    medical = Permission.VIEW_MEDICAL in ROLE_PERMISSIONS[role]
    for secret in SECRETS[:2]:
        assert (secret in seen) is medical, (role, secret)
    if Permission.VIEW_AUDIT in ROLE_PERMISSIONS[role]:
        assert (SECRETS[2] in seen) is medical, role  # the claim's observations, audited
        assert medical or MASK in seen


def _draft_person(o: Office) -> int:
    """A person with a surcharge and its reason on a draft policy (typed by the clerk)."""
    pid = draft_policy(o.production, o.intermediary_id, o.administrator_id, date(2026, 1, 1))
    person_id, _ = members.save_person(
        o.production,
        person(
            pid,
            "Kouassi",
            medical_surcharge_rate=Decimal("0.20"),
            surcharge_reason=SECRETS[0],
            exclusions=SECRETS[1],
        ),
    )
    return person_id


def test_a_clerk_without_the_right_keeps_what_they_cannot_read(o: Office) -> None:
    """The production clerk reads the reason masked; saving the form as it comes back
    keeps the stored reason and exclusions; typing one replaces it."""
    person_id = _draft_person(o)
    data = members.get_person(o.production, person_id)
    assert (data.surcharge_reason, data.exclusions) == ("", "")
    members.save_person(o.production, replace(data, first_names="Jean Marc"))
    with o.production.read() as session:
        stored = session.get(InsuredPerson, person_id)
        assert stored is not None
        assert (stored.first_names, stored.surcharge_reason, stored.exclusions) == (
            "Jean Marc",
            SECRETS[0],
            SECRETS[1],
        )
    members.save_person(o.production, replace(data, surcharge_reason="Diabète de type 2"))
    with o.production.read() as session:
        stored = session.get(InsuredPerson, person_id)
        assert stored is not None and stored.surcharge_reason == "Diabète de type 2"


def test_an_unexpected_database_error_reaches_the_log_without_its_values(
    o: Office, tmp_path: Path
) -> None:
    """Issue 11: the log of an unexpected database error names its kind and statement,
    never the values (SQLAlchemy's parameters, PostgreSQL's « Failing row contains »)."""
    handler = logging.FileHandler(tmp_path / "journal.log", encoding="utf-8")
    handler.setFormatter(SafeFormatter("%(levelname)s %(message)s"))
    log = logging.getLogger("test.secret")
    log.addHandler(handler)
    try:
        with pytest.raises(DBAPIError) as failed, o.admin.db.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO subscribers (id, kind, name) VALUES (:id, :kind, :name)"),
                {"id": None, "kind": None, "name": SECRETS[2]},
            )
        log.error("erreur inattendue", exc_info=failed.value)
    finally:
        log.removeHandler(handler)
        handler.close()
    written = (tmp_path / "journal.log").read_text(encoding="utf-8")
    assert "INSERT INTO subscribers" in written and "valeurs masquées" in written
    assert SECRETS[2] not in written
