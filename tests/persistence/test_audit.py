"""The audit trail (architecture.md, rule 5): every change of an audited record leaves a
row — who, when, which table and record, before and after — written in the same
transaction as the change, so a change that is rolled back leaves no trace either."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.roles import Role
from desktop_app.persistence.audit import MASK
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import AuditEntry, Intermediary, Subscriber
from desktop_app.persistence.unit_of_work import AuditActor, unit_of_work
from desktop_app.services.administration import company, users
from desktop_app.services.context import ServiceContext
from tests.persistence.conftest import new_subscriber


class Boom(Exception):
    pass


def _entries(db: Database, table: str) -> list[AuditEntry]:
    with db.read() as session:
        entries = list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.table_name == table).order_by(AuditEntry.id)
            )
        )
        session.expunge_all()  # keep them loaded: the read session's rollback would expire them
        return entries


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def _json(text: str | None) -> dict[str, Any] | None:
    return None if text is None else json.loads(text)


def test_updating_the_company_records_who_when_and_what_changed(admin: ServiceContext) -> None:
    db = admin.db
    before_call = datetime.now().replace(microsecond=0)
    company.update_company(admin, company.CompanySettings(name="Assurances Ivoire", city="Abidjan"))
    company.update_company(
        admin, company.CompanySettings(name="Assurances Ivoire", city="Yamoussoukro")
    )
    after_call = datetime.now() + timedelta(seconds=1)

    created, updated = _entries(db, "company")
    assert admin.actor is not None
    for entry in (created, updated):
        assert (entry.user_id, entry.user_code) == (admin.actor.user_id, "admin")
        assert entry.record_id == "1"
        assert before_call <= entry.at <= after_call
    assert created.action == "insert"
    assert created.before is None
    after = _json(created.after)
    assert after is not None
    assert after["name"] == "Assurances Ivoire"
    assert after["city"] == "Abidjan"
    assert "logo" not in after  # excluded column: bytes have no place in the trail
    # An update keeps only what changed, before and after.
    assert updated.action == "update"
    assert _json(updated.before) == {"city": "Abidjan"}
    assert _json(updated.after) == {"city": "Yamoussoukro"}


def test_an_update_that_changes_nothing_leaves_no_row(admin: ServiceContext) -> None:
    data = company.CompanySettings(name="Assurances Ivoire")
    company.update_company(admin, data)
    count = _count(admin.db)
    company.update_company(admin, data)
    assert _count(admin.db) == count


def test_creating_a_user_records_the_user_and_roles_with_the_password_masked(
    admin: ServiceContext,
) -> None:
    user_id, _ = users.create_user(
        admin,
        users.UserInput(
            "awa", "Awa Traoré", frozenset({Role.CLAIMS}), True, "motdepasse1", "motdepasse1"
        ),
    )

    (entry,) = [e for e in _entries(admin.db, "users") if e.record_id == str(user_id)]
    assert entry.action == "insert"
    assert entry.user_code == "admin"
    after = _json(entry.after)
    assert after is not None
    assert after["code"] == "awa"
    assert after["full_name"] == "Awa Traoré"  # accents kept as text, not escaped
    assert "Awa Traoré" in (entry.after or "")
    assert after["password_hash"] == MASK  # recorded as set, never shown
    roles = [e for e in _entries(admin.db, "user_roles") if e.record_id.startswith(f"{user_id}/")]
    assert [(e.action, e.record_id) for e in roles] == [
        ("insert", f"{user_id}/{Role.CLAIMS.value}")
    ]


def test_a_refused_service_call_leaves_no_audit_row(admin: ServiceContext) -> None:
    count = _count(admin.db)
    with pytest.raises(ValidationFailed):
        users.create_user(admin, users.UserInput("x y", "", frozenset(), True, "a", "b"))
    with pytest.raises(ValidationFailed):
        company.update_company(admin, company.CompanySettings(name=""))
    assert _count(admin.db) == count


def test_the_audit_row_is_in_the_same_transaction_as_the_change(db: Database) -> None:
    actor = AuditActor(None, "test")
    with unit_of_work(db, actor) as session:
        subscriber = new_subscriber("Koné Aïcha")
        session.add(subscriber)
        session.flush()
        # Visible inside the transaction that made the change…
        inside = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "subscribers"))
        assert [e.record_id for e in inside] == [str(subscriber.id)]
        # …and not yet to anyone else.
        assert _entries(db, "subscribers") == []
    (entry,) = _entries(db, "subscribers")
    assert (entry.action, entry.user_id, entry.user_code) == ("insert", None, "test")


def test_a_failed_unit_of_work_leaves_no_audit_row(db: Database) -> None:
    """The first insert was flushed (and audited) before the failure: both go away."""
    with unit_of_work(db) as session:
        session.add(Intermediary(code="AG01", kind="agent", name="Agence Yao"))
    count = _count(db)

    with pytest.raises(Boom), unit_of_work(db) as session:
        session.add(new_subscriber("Koné Aïcha"))
        session.flush()
        raise Boom
    with pytest.raises(IntegrityError), unit_of_work(db) as session:
        session.add(new_subscriber("Yao Kouassi"))
        session.flush()
        session.add(Intermediary(code="AG01", kind="agent", name="Doublon"))  # UNIQUE code

    assert _count(db) == count
    with db.read() as session:
        assert session.scalar(select(func.count(Subscriber.id))) == 0


def test_a_deletion_records_the_whole_record_before(db: Database) -> None:
    with unit_of_work(db) as session:
        subscriber = new_subscriber("Koné Aïcha")
        session.add(subscriber)
        session.flush()
        subscriber_id = subscriber.id
    with unit_of_work(db) as session:
        session.delete(session.get(Subscriber, subscriber_id))

    inserted, deleted = _entries(db, "subscribers")
    assert (inserted.action, deleted.action) == ("insert", "delete")
    assert deleted.after is None
    before = _json(deleted.before)
    assert before is not None
    assert before["name"] == "Koné Aïcha"
    assert before["id"] == subscriber_id
