"""The audit trail as a lazy table, newest first (issue 2, part 5; architecture.md rule 8)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop_app.services.administration import audit
from desktop_app.services.administration.audit import AuditFilter, AuditRow
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin.labels import (
    QT_TRANSLATE_NOOP,
    action_label,
    format_datetime,
    table_label,
)
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import ErrorSink, fetch
from desktop_app.ui.widgets.lazy_table_model import (
    CENTER,
    PAGE_SIZE,
    RIGHT,
    AtLeast,
    Column,
    LazyTableModel,
)

# The journal counts up to this many entries, then says « plus de 10 000 »: a clerk reads a
# few hundred, and counting a million entries of one table costs more than the opening.
COUNT_CAP = 10_000

AUDIT_COLUMNS: list[Column[AuditRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "Date/heure"),
        lambda r: format_datetime(r.at, seconds=True),
        CENTER,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Utilisateur"), lambda r: r.user_code),
    Column(QT_TRANSLATE_NOOP("Columns", "Action"), lambda r: action_label(r.action)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Table"),
        lambda r: table_label(r.table_name),
        tooltip=lambda r: r.table_name,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Enregistrement"), lambda r: r.record_id, RIGHT),
]


class AuditModel(LazyTableModel[AuditRow]):
    """Pages of ``fetch_audit`` under the current filter, each after the last entry loaded,
    fixed at the newest entry that existed when it was (re)loaded so the list is what was
    counted; the count stops at ``count_cap`` (``AtLeast``)."""

    def __init__(
        self,
        bus: AppBus,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
        errors: ErrorSink | None = None,
        count_cap: int | None = None,
    ) -> None:
        super().__init__(
            AUDIT_COLUMNS,
            self._count_entries,
            self._fetch_entries,
            page_size=page_size,
            parent=parent,
        )
        self._bus = bus
        self._errors = errors  # where a refused read is said (None: the error hook's box)
        self._count_cap = COUNT_CAP if count_cap is None else count_cap
        self._filter = AuditFilter()
        self._frozen = AuditFilter()

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    @filter.setter
    def filter(self, flt: AuditFilter) -> None:
        """The filter for the next ``reload()``."""
        self._filter = flt

    def _count_entries(self) -> int | AtLeast:
        wanted, cap = self._filter, self._count_cap

        def count(ctx: ServiceContext) -> tuple[AuditFilter, int]:
            frozen = replace(wanted, up_to_id=audit.latest_audit_id(ctx))
            return frozen, audit.count_audit(ctx, frozen, at_most=cap + 1)

        found = fetch(self._bus, count, self._errors)
        if found is None:  # refused: the list stays empty and says why
            return 0
        self._frozen, counted = found
        return AtLeast(counted) if counted > cap else int(counted)

    def _fetch_entries(self, after: AuditRow | None, limit: int) -> list[AuditRow]:
        frozen, key = self._frozen, None if after is None else after.page_key
        rows = fetch(
            self._bus, lambda ctx: audit.fetch_audit(ctx, frozen, key, limit), self._errors, []
        )
        return list(rows)
