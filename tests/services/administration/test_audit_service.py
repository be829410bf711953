"""Reading the audit trail (issue 2, part 5): newest first, filtered, paged, stable while
new entries arrive, visible only to those allowed."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop_app.domain.errors import PermissionDenied
from desktop_app.domain.roles import Role
from desktop_app.services.administration import audit, company, users
from desktop_app.services.administration.audit import AuditFilter
from desktop_app.services.administration.company import CompanySettings
from desktop_app.services.context import SYSTEM_ACTOR, ServiceContext
from tests.conftest import make_user


def rename(ctx: ServiceContext, *names: str) -> None:
    for name in names:
        company.update_company(ctx, CompanySettings(name=name))


def test_newest_first_and_paged(admin: ServiceContext) -> None:
    rename(admin, "Un", "Deux", "Trois", "Quatre")
    flt = AuditFilter(table_name="company")
    assert audit.count_audit(admin, flt) == 4
    first = audit.fetch_audit(admin, flt, limit=3)
    rest = audit.fetch_audit(admin, flt, first[-1].page_key, 3)
    assert audit.fetch_audit(admin, flt, rest[-1].page_key, 3) == []
    assert [(e.action, (e.after or {}).get("name")) for e in first + rest] == [
        ("update", "Quatre"),
        ("update", "Trois"),
        ("update", "Deux"),
        ("insert", "Un"),
    ]
    assert [e.id for e in first + rest] == sorted((e.id for e in first + rest), reverse=True)


def test_filters(admin: ServiceContext) -> None:
    kone = make_user(admin, "kone", Role.CLAIMS)
    rename(admin, "Lagune Santé")
    signed_in = users.login(admin, "kone", "motdepasse1")  # kone's own login updates his row
    assert signed_in.actor is not None
    everything = audit.count_audit(admin, AuditFilter())

    by_kone = audit.fetch_audit(admin, AuditFilter(user_code="KONE"), limit=50)
    assert [(e.user_code, e.action, e.table_name, e.record_id) for e in by_kone] == [
        ("kone", "update", "users", str(kone))
    ]
    assert by_kone[0].after is not None and "last_login_at" in by_kone[0].after

    roles = audit.fetch_audit(admin, AuditFilter(table_name="user_roles"), limit=50)
    assert {e.record_id for e in roles} == {"1/admin", f"{kone}/claims"}
    assert audit.count_audit(admin, AuditFilter(table_name="users", action="insert")) == 2
    assert audit.count_audit(admin, AuditFilter(table_name="users", record_id=str(kone))) == 2

    today = admin.today()
    assert audit.count_audit(admin, AuditFilter(start=today, end=today)) == everything
    assert audit.count_audit(admin, AuditFilter(start=today + timedelta(days=1))) == 0
    assert audit.count_audit(admin, AuditFilter(end=today - timedelta(days=1))) == 0
    assert audit.audited_tables(admin) == ["company", "user_roles", "users"]


def test_a_list_fixed_at_its_newest_entry_shows_what_it_counted(admin: ServiceContext) -> None:
    rename(admin, "Un", "Deux", "Trois")
    newest = audit.latest_audit_id(admin)
    frozen = AuditFilter(table_name="company", up_to_id=newest)
    first_page = audit.fetch_audit(admin, frozen, limit=2)
    rename(admin, "Quatre", "Cinq")  # arrive while the clerk scrolls
    second_page = audit.fetch_audit(admin, frozen, first_page[-1].page_key, 2)
    names = [(e.after or {}).get("name") for e in first_page + second_page]
    assert names == ["Trois", "Deux", "Un"]
    # A key above the newest entry counted (none is): the list starts at its top.
    assert audit.fetch_audit(admin, frozen, audit.AuditKey(newest + 10), 2) == first_page
    assert audit.count_audit(admin, frozen) == 3
    assert audit.latest_audit_id(admin) > newest


def test_empty_trail(anon: ServiceContext) -> None:
    system = anon.as_actor(SYSTEM_ACTOR)
    assert audit.latest_audit_id(system) == 0
    assert audit.count_audit(system, AuditFilter()) == 0
    assert audit.fetch_audit(system, AuditFilter()) == []
    assert audit.audited_tables(system) == []


def test_who_may_read_the_trail(admin: ServiceContext, clerk: ServiceContext) -> None:
    with pytest.raises(PermissionDenied, match="journal d'audit"):
        audit.count_audit(clerk, AuditFilter())
    with pytest.raises(PermissionDenied):
        audit.latest_audit_id(clerk)
    make_user(admin, "dg", Role.MANAGEMENT)
    manager = users.login(admin, "dg", "motdepasse1")
    assert audit.count_audit(manager, AuditFilter()) > 0
