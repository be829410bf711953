"""Enums are stored by their value as short strings (portable, readable in the database)."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


def enum_column(enum_class: type[enum.Enum], length: int = 20, check: str | None = None) -> Enum:
    """A string column holding the enum's values. ``check``: the name of a CHECK constraint
    (``ck_<table>_<check>``) by which the database itself refuses any other value — a state
    is one of its workflow's states, never a free string (architecture.md rule 6)."""
    return Enum(
        enum_class,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        create_constraint=check is not None,
        name=check,
    )


def values(enum_class: type[enum.Enum]) -> list[Any]:
    return [m.value for m in enum_class]
