"""Keyset paging for the lazy lists (architecture.md rule 8): a list's order is declared once,
and both its ORDER BY and the WHERE that starts a page after a given row come from it.

A page "after" a row asks the database for the rows that sort after that row's key, so the
page at depth 900 000 costs what the first page costs (an OFFSET reads and drops every row
before it). The order must be total: its last terms must make the key unique (the row's id),
or rows sharing the sort values would be skipped or repeated at a page boundary.

The WHERE is the expanded form of a row-value comparison, with a loose bound on each term
before the strict test, so that both SQLite and PostgreSQL take the leading column as an
index range and walk the index in ORDER BY order, whatever the directions mixed in the key:
``a <= :a AND (a < :a OR (b <= :b AND (b < :b OR c > :c)))`` for ``a DESC, b DESC, c ASC``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_


@dataclass(frozen=True)
class SortTerm:
    """One column of a list's order, ascending or descending. Never NULL in a key."""

    column: SQLColumnExpression[Any]
    descending: bool = False


def ascending(column: SQLColumnExpression[Any]) -> SortTerm:
    return SortTerm(column, False)


def descending(column: SQLColumnExpression[Any]) -> SortTerm:
    return SortTerm(column, True)


@dataclass(frozen=True)
class KeyOrder:
    """A total order over a list's rows; a key is one value per term, in the same order."""

    terms: tuple[SortTerm, ...]

    @classmethod
    def of(cls, *terms: SortTerm) -> KeyOrder:
        if not terms:
            raise ValueError("an order needs at least one term")
        return cls(tuple(terms))

    def order_by(self) -> list[ColumnElement[Any]]:
        """The ORDER BY clauses, in the terms' order."""
        return [t.column.desc() if t.descending else t.column.asc() for t in self.terms]

    def after(self, key: Sequence[Any]) -> ColumnElement[bool]:
        """Rows that sort strictly after ``key`` (the values of the last row of a page)."""
        if len(key) != len(self.terms):
            raise ValueError(f"a key of {len(self.terms)} values was expected, got {len(key)}")
        return _after(self.terms, tuple(key))


def _after(terms: tuple[SortTerm, ...], key: tuple[Any, ...]) -> ColumnElement[bool]:
    term, value = terms[0], key[0]
    if value is None:
        raise ValueError("a key value cannot be NULL: the order would not be total")
    column = term.column
    strict: ColumnElement[bool] = column < value if term.descending else column > value
    if len(terms) == 1:
        return strict
    loose: ColumnElement[bool] = column <= value if term.descending else column >= value
    # loose AND (strict OR equal-here-and-after-on-the-rest): the loose bound is the index range.
    return and_(loose, or_(strict, _after(terms[1:], key[1:])))
