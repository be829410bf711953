"""Reading the audit trail (issue 2, part 5): filtered, paged by key, newest first.

The trail grows by every change of every record: a million entries of one table is an
ordinary year. A page is a walk of an index from the last entry shown (``after``), and the
journal counts at most what a clerk can use (``count_audit(..., at_most=...)``): counting a
million index entries costs ≈ 120 ms on SQLite, longer than all the rest of the opening.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select

from desktop_app.domain.medical import masked_row
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import AuditEntry
from desktop_app.persistence.paging import KeyOrder, descending
from desktop_app.services.context import ServiceContext

ACTION_LABELS = {
    "insert": "Création",
    "update": "Modification",
    "delete": "Suppression",
    "override": "Dérogation",  # a print before the premium art. 13 requires (finance)
}


@dataclass(frozen=True)
class AuditFilter:
    user_code: str = ""
    table_name: str = ""
    record_id: str = ""
    action: str = ""
    start: date | None = None
    end: date | None = None  # inclusive
    # Entries are only ever added; a list fixed at the newest id when it opened shows what
    # it counted, even as new entries arrive while the clerk scrolls.
    up_to_id: int | None = None


class AuditKey(NamedTuple):
    """Where a page of the journal starts: after (below) the entry with this id."""

    id: int


# Newest first. Filtered by table it is the reverse walk of ``ix_audit_entries_table``
# (table_name, id); by record, of ``ix_audit_entries_record`` (SQLite keeps the id in it).
AUDIT_PAGING = KeyOrder.of(descending(AuditEntry.id))


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_code: str
    action: str
    table_name: str
    record_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def page_key(self) -> AuditKey:
        return AuditKey(self.id)


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.user_code.strip():
        query = query.where(func.lower(AuditEntry.user_code) == flt.user_code.strip().lower())
    if flt.table_name:
        query = query.where(AuditEntry.table_name == flt.table_name)
    if flt.record_id.strip():
        query = query.where(AuditEntry.record_id == flt.record_id.strip())
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.start:
        query = query.where(AuditEntry.at >= datetime.combine(flt.start, datetime.min.time()))
    if flt.end:
        query = query.where(
            AuditEntry.at < datetime.combine(flt.end + timedelta(days=1), datetime.min.time())
        )
    if flt.up_to_id is not None:
        query = query.where(AuditEntry.id <= flt.up_to_id)
    return query


def latest_audit_id(ctx: ServiceContext) -> int:
    """The id of the newest audit entry (0 when the trail is empty)."""
    ctx.require(Permission.VIEW_AUDIT)
    with ctx.read() as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def count_audit(ctx: ServiceContext, flt: AuditFilter, at_most: int | None = None) -> int:
    """How many entries the filter keeps; with ``at_most``, counting stops there (the answer
    is then ``at_most`` when there are at least that many)."""
    ctx.require(Permission.VIEW_AUDIT)
    if at_most is None:
        query = _filtered(select(func.count(AuditEntry.id)), flt)
    else:
        kept = _filtered(select(AuditEntry.id), flt).limit(max(0, at_most)).subquery()
        query = select(func.count()).select_from(kept)
    with ctx.read() as session:
        return int(session.scalar(query) or 0)


def fetch_audit(
    ctx: ServiceContext, flt: AuditFilter, after: AuditKey | None = None, limit: int = 200
) -> list[AuditRow]:
    """One page of entries, newest first, after (older than) the entry ``after`` (keyset
    paging: ``row.page_key``)."""
    actor = ctx.require(Permission.VIEW_AUDIT)
    medical = actor.can(Permission.VIEW_MEDICAL)
    if after is not None and flt.up_to_id is not None and after.id > flt.up_to_id:
        after = None  # above the newest entry counted: the first page
    if after is not None:
        # Two upper bounds on id: SQLite takes one of them for the index range, and took
        # ``up_to_id``, walking 900 000 entries down to the key (≈ 250 ms). The key is the
        # tighter one: it alone bounds the page.
        flt = replace(flt, up_to_id=None)
    e = AuditEntry
    # Columns, not entities: a third less time for a page of 200 (bench/bench_lists.py).
    query = _filtered(
        select(e.id, e.at, e.user_code, e.action, e.table_name, e.record_id, e.before, e.after),
        flt,
    )
    if after is not None:
        query = query.where(AUDIT_PAGING.after(after))
    query = query.order_by(*AUDIT_PAGING.order_by()).limit(limit)
    with ctx.read() as session:
        rows = [
            AuditRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                json.loads(r[6]) if r[6] else None,
                json.loads(r[7]) if r[7] else None,
            )
            for r in session.execute(query)
        ]
    if medical:
        return rows
    # Medical values masked for whoever lacks the right (issue 11; domain/medical.py).
    return [
        replace(
            r, before=masked_row(r.table_name, r.before), after=masked_row(r.table_name, r.after)
        )
        for r in rows
    ]


def audited_tables(ctx: ServiceContext) -> list[str]:
    ctx.require(Permission.VIEW_AUDIT)
    with ctx.read() as session:
        return list(
            session.scalars(
                select(AuditEntry.table_name).distinct().order_by(AuditEntry.table_name)
            )
        )
