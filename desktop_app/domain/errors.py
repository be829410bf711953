"""Typed errors that speak French to the clerk and name the field they concern.

A form shows ``FieldError.message`` next to the widget whose name is ``FieldError.field``;
a ``ValidationFailed`` carries several of them at once so a form can mark every bad
field in one pass (architecture.md, rule 3). A refused cell of a table (a décompte line's
amount) is a ``CellError``: the table's field name plus a row number and a column key, so
no screen has to parse a location back out of a string.
"""

from __future__ import annotations

from collections.abc import Iterable


class DomainError(Exception):
    """Any refusal the clerk must read. ``message`` is French and complete."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class FieldError(DomainError):
    """One field's value is refused."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.message!r})"


class CellError(FieldError):
    """One cell of a table refused. ``field`` names the table (``"lines"``), ``row`` is the
    0-based position of the row as the service received the rows, ``column`` the key of
    the column (the row's field name, ``"claimed"``); ``""`` means the whole row."""

    def __init__(self, field: str, message: str, *, row: int, column: str = "") -> None:
        super().__init__(field, message)
        self.row = row
        self.column = column

    def __repr__(self) -> str:
        return (
            f"CellError({self.field!r}, {self.message!r}, row={self.row!r}, column={self.column!r})"
        )


class ValidationFailed(DomainError):
    """Several fields refused at once; nothing was saved."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: list[FieldError] = list(errors)
        text = "\n".join(e.message for e in self.errors) or "Saisie invalide."
        super().__init__(text)

    def by_field(self) -> dict[str, str]:
        """The first message of each field (a table's cells count as its field)."""
        out: dict[str, str] = {}
        for error in self.errors:
            out.setdefault(error.field, error.message)
        return out

    def by_cell(self) -> dict[tuple[str, int, str], str]:
        """The first message of each refused cell, by (table, row, column)."""
        out: dict[tuple[str, int, str], str] = {}
        for error in self.errors:
            if isinstance(error, CellError):
                out.setdefault((error.field, error.row, error.column), error.message)
        return out


class PermissionDenied(DomainError):
    """The user's roles do not allow this action."""


class NotFound(DomainError):
    """The record asked for does not exist (or no longer exists)."""


class Conflict(DomainError):
    """Someone else changed the record, or the action clashes with its state."""


class AuthenticationFailed(DomainError):
    """Wrong user code or password, or a locked account."""


class Collector:
    """Gathers field errors so a check reports every problem, not only the first."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field, message))

    def capture(self, error: FieldError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
