"""Enums are stored by their value as short strings (portable, readable in the database)."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


def enum_column(enum_class: type[enum.Enum], length: int = 20) -> Enum:
    return Enum(
        enum_class,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        create_constraint=False,
    )


def values(enum_class: type[enum.Enum]) -> list[Any]:
    return [m.value for m in enum_class]
