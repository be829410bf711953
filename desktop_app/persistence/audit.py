"""Writes the audit trail in the same transaction as the change (architecture.md, rule 5).

After every flush, each inserted, updated or deleted ``Audited`` object leaves one row:
who, when, which record, and the values before and after (only the changed columns for
an update). Masked columns (password hashes) are recorded as changed, never shown.
"""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction

from desktop_app.persistence.base import Audited
from desktop_app.persistence.models.audit import AuditEntry

MASK = "•••"


class AuditedSession(Session):
    """A session whose flushes leave audit rows."""


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} octets>"
    return value


def _record_id(obj: Any) -> str:
    # New objects have no identity key yet in after_flush, but their primary key is set.
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(_plain(part)) if part is not None else "?" for part in key)


def _columns(obj: Any) -> list[tuple[str, str]]:
    """(attribute key, column name) of the object's mapped columns worth auditing."""
    mapper = inspect(obj).mapper
    skip = {"created_at", "updated_at"} | set(type(obj).__audit_exclude__)
    return [
        (attr.key, attr.columns[0].name) for attr in mapper.column_attrs if attr.key not in skip
    ]


def _value(obj: Any, key: str, column: str, raw: Any) -> Any:
    return MASK if key in type(obj).__audit_mask__ else _plain(raw)


def _snapshot(obj: Any) -> dict[str, Any]:
    return {col: _value(obj, key, col, getattr(obj, key)) for key, col in _columns(obj)}


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key, col in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        before[col] = _value(obj, key, col, old)
        after[col] = _value(obj, key, col, new)
    return before, after


def _dump(values: dict[str, Any] | None) -> str | None:
    return None if values is None else json.dumps(values, ensure_ascii=False, sort_keys=True)


@event.listens_for(AuditedSession, "before_flush")
def _refuse_invalid_characters(session: Session, _flush: Any, _instances: Any) -> None:
    """The last guard for every typed text, whatever form it came from (multi-line notes,
    addresses…): a control character or a lone surrogate is refused on its column, in
    French, before the database sees it (issue 11)."""
    from desktop_app.domain.errors import FieldError
    from desktop_app.domain.text import INVALID_CHARACTER, has_invalid_characters

    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            value = state.attrs[attr.key].loaded_value
            if isinstance(value, str) and has_invalid_characters(value):
                raise FieldError(attr.key, f"Le texte saisi {INVALID_CHARACTER}")


@event.listens_for(AuditedSession, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    actor = session.info.get("actor")
    user_id = getattr(actor, "user_id", None)
    user_code = getattr(actor, "code", "système")
    clock = getattr(actor, "clock", None) or datetime.now
    now = clock().replace(microsecond=0)
    rows: list[dict[str, Any]] = []

    def add(
        action: str, obj: Any, before: dict[str, Any] | None, after: dict[str, Any] | None
    ) -> None:
        rows.append(
            {
                "at": now,
                "user_id": user_id,
                "user_code": user_code,
                "action": action,
                "table_name": type(obj).__table__.name,
                "record_id": _record_id(obj),
                "before": _dump(before),
                "after": _dump(after),
            }
        )

    for obj in session.new:
        if isinstance(obj, Audited):
            add("insert", obj, None, _snapshot(obj))
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            before, after = _changes(obj)
            if after:
                add("update", obj, before, after)
    for obj in session.deleted:
        if isinstance(obj, Audited):
            add("delete", obj, _snapshot(obj), None)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def record_updates(
    session: Session,
    table_name: str,
    changes: list[tuple[object, dict[str, Any], dict[str, Any]]],
) -> None:
    """Audit rows for updates written with bulk statements (which the flush does not see):
    one per record, with the columns before and after, as the flush would have written."""
    if not changes:
        return
    actor = session.info.get("actor")
    clock = getattr(actor, "clock", None) or datetime.now
    now = clock().replace(microsecond=0)
    session.connection().execute(
        insert(AuditEntry),
        [
            {
                "at": now,
                "user_id": getattr(actor, "user_id", None),
                "user_code": getattr(actor, "code", "système"),
                "action": "update",
                "table_name": table_name,
                "record_id": str(record_id),
                "before": _dump({k: _plain(v) for k, v in before.items()}),
                "after": _dump({k: _plain(v) for k, v in after.items()}),
            }
            for record_id, before, after in changes
        ],
    )


def record_inserts(
    session: Session, table_name: str, ids: list[int], rows: list[dict[str, Any]]
) -> None:
    """Audit rows for inserts written with bulk statements: one per record, with the values
    written, as the flush would have written them."""
    if not rows:
        return
    actor = session.info.get("actor")
    clock = getattr(actor, "clock", None) or datetime.now
    now = clock().replace(microsecond=0)
    session.connection().execute(
        insert(AuditEntry),
        [
            {
                "at": now,
                "user_id": getattr(actor, "user_id", None),
                "user_code": getattr(actor, "code", "système"),
                "action": "insert",
                "table_name": table_name,
                "record_id": str(record_id),
                "before": None,
                "after": _dump({"id": record_id, **{k: _plain(v) for k, v in row.items()}}),
            }
            for record_id, row in zip(ids, rows, strict=True)
        ],
    )
