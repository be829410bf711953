"""Turns snapshot dataclasses into JSON-friendly dicts and back (architecture.md rule 7).

Dates are ISO strings, money stays ``int``, rates (``Decimal``) become strings, image
bytes become base64, tuples become lists. Reading checks every type, so a stored
snapshot that does not match its class fails loudly instead of printing nonsense.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Self, cast

_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def to_jsonable(value: Any) -> Any:
    """The JSON-friendly form of a snapshot value (see module docstring)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: to_jsonable(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, datetime):
        raise TypeError("Un instantané garde des dates, pas des heures.")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [to_jsonable(item) for item in value]
    raise TypeError(f"Type non prévu dans un instantané : {type(value).__name__}")


@functools.cache
def _field_types(tp: type) -> tuple[tuple[str, Any], ...]:
    """A dataclass's fields with their resolved types, read once per class (resolving the
    hints of a 2 000-line quittance's lines, each time, cost a quarter of a second)."""
    hints = typing.get_type_hints(tp)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(tp))


def from_jsonable(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` from its JSON-friendly form."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        options = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        return from_jsonable(options[0], data)
    if origin is tuple:
        item_type = typing.get_args(tp)[0]
        return tuple(from_jsonable(item_type, item) for item in _expect(list, data))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        mapping = _expect(dict, data)
        kwargs = {
            name: from_jsonable(hint, mapping[name])
            for name, hint in _field_types(tp)
            if name in mapping
        }
        return tp(**kwargs)
    if tp is date:
        return date.fromisoformat(_expect(str, data))
    if tp is Decimal:
        return Decimal(_expect(str, data))
    if tp is bytes:
        return base64.b64decode(_expect(str, data), validate=True)
    if tp is bool:
        return _expect(bool, data)
    if tp is int:
        if isinstance(data, bool):
            raise TypeError("Un montant ne peut pas être un booléen.")
        return _expect(int, data)
    if tp is str:
        return _expect(str, data)
    raise TypeError(f"Type non prévu dans un instantané : {tp!r}")


def _expect(kind: type, data: Any) -> Any:
    if not isinstance(data, kind):
        raise TypeError(
            f"Instantané illisible : {kind.__name__} attendu, {type(data).__name__} trouvé."
        )
    return data


class Snapshot:
    """Base of every snapshot dataclass: ``to_dict()`` / ``from_dict()``."""

    def to_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], to_jsonable(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return cast(Self, from_jsonable(cls, data))
