"""Streaming Excel statements (bordereaux, domain.md §12): row iterators in, one .xlsx out.

``write_statement`` streams each ``SheetSpec``'s rows into its own sheet; ``StatementWriter``
lets a caller feed several sheets from one stream (the claims-paid statement routes each
row to its sheet). The sheet layout and the cell types are described in ``exports.sheet``.
openpyxl runs in write-only mode: rows go to temporary files as they come, and never is a
whole workbook held in memory (style.md; about 40 % faster with lxml, platform-notes.md).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

import openpyxl

from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import DomainError
from desktop_app.exports.sheet import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    Column,
    ColumnKind,
    SheetResult,
    SheetWriter,
    StatementValueError,
)

__all__ = [
    "FIRST_DATA_ROW",
    "HEADER_ROW",
    "LXML_ACTIVE",
    "PROGRESS_EVERY",
    "CancelCheck",
    "Column",
    "ColumnKind",
    "ProgressCallback",
    "SheetResult",
    "SheetSpec",
    "SheetWriter",
    "StatementCancelled",
    "StatementFileError",
    "StatementResult",
    "StatementSpec",
    "StatementValueError",
    "StatementWriter",
    "Target",
    "edited_text",
    "period_text",
    "write_statement",
]

Target = str | os.PathLike[str] | IO[bytes]
ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]

PROGRESS_EVERY = 1000

LXML_ACTIVE: bool = bool(openpyxl.LXML)
"""openpyxl streams about 40 % faster when it found lxml (platform-notes.md)."""

_INVALID_TITLE = set("[]:*?/\\")


class StatementCancelled(DomainError):
    """The clerk pressed Annuler: nothing was written at the destination."""

    def __init__(self) -> None:
        super().__init__("Édition du bordereau annulée : aucun fichier n'a été enregistré.")


class StatementFileError(DomainError):
    """The statement could not be written where the clerk asked."""

    def __init__(self, path: Path, error: OSError) -> None:
        if isinstance(error, PermissionError):
            text = (
                f"Impossible d'enregistrer « {path.name} » : le fichier est peut-être ouvert "
                "dans Excel, ou le dossier est protégé. Fermez-le ou choisissez un autre "
                "dossier, puis recommencez."
            )
        else:
            text = f"Impossible d'enregistrer « {path.name} » : {error.strerror or error}."
        super().__init__(text)
        self.path = path


@dataclass(frozen=True)
class StatementSpec:
    company: str
    title: str  # "Bordereau de production"
    period: str  # "du 01/01/2026 au 31/12/2026"
    generated_at: datetime
    generated_by: str  # the user's name
    scope: str = ""  # e.g. "Gestionnaire : ASCOMA-CI", shown after the period


@dataclass(frozen=True)
class SheetSpec:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]


@dataclass(frozen=True)
class StatementResult:
    sheets: tuple[SheetResult, ...] = field(default_factory=tuple)

    @property
    def rows(self) -> int:
        return sum(sheet.rows for sheet in self.sheets)

    def sheet(self, title: str) -> SheetResult:
        for sheet in self.sheets:
            if sheet.title == title:
                return sheet
        raise KeyError(title)


def period_text(start: date, end: date) -> str:
    """``"du 01/01/2026 au 31/12/2026"`` (both days included)."""
    return f"du {format_date(start)} au {format_date(end)}"


def edited_text(moment: datetime, user: str) -> str:
    """``"Édité le 21/11/2026 à 09:30 par Awa Koné"``."""
    return f"Édité le {moment:%d/%m/%Y} à {moment:%H:%M} par {user}"


class StatementWriter:
    """A workbook streamed to ``target`` (a path or a binary stream); use it in a ``with``.

    With a path, the workbook is written to a hidden file beside it and renamed over it only
    when complete: a refused row, a cancellation or a crash never leaves a half statement.
    ``progress(rows_done)`` is called every ``PROGRESS_EVERY`` rows and at the end;
    ``cancelled()`` is asked as often, and a true answer raises ``StatementCancelled``.
    """

    def __init__(
        self,
        target: Target,
        spec: StatementSpec,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> None:
        self.spec = spec
        self._target = target
        self._progress = progress
        self._cancelled = cancelled
        self._workbook = openpyxl.Workbook(write_only=True)
        self._sheets: list[SheetWriter] = []
        self._rows = 0
        self._closed = False

    def __enter__(self) -> StatementWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if not self._closed:
            self.abort()

    def add_sheet(self, title: str, columns: Sequence[Column]) -> SheetWriter:
        if len(title) > 31 or not title.strip() or _INVALID_TITLE & set(title):
            raise ValueError(f"nom de feuille invalide pour Excel : {title!r}")
        if any(sheet.title.casefold() == title.casefold() for sheet in self._sheets):
            raise ValueError(f"feuille en double : {title!r}")
        self._check_cancelled()
        spec = self.spec
        top = (
            spec.company,
            spec.title,
            f"{spec.period} — {spec.scope}" if spec.scope else spec.period,
            edited_text(spec.generated_at, spec.generated_by),
        )
        sheet = SheetWriter(
            self._workbook.create_sheet(title), title, columns, top, self._row_written
        )
        self._sheets.append(sheet)
        return sheet

    def _row_written(self) -> None:
        self._rows += 1
        if self._rows % PROGRESS_EVERY == 0:
            self._check_cancelled()
            if self._progress is not None:
                self._progress(self._rows)

    def _check_cancelled(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise StatementCancelled()

    def finish(self) -> StatementResult:
        """Close every sheet, save the workbook and return what was written."""
        self._check_cancelled()
        results = tuple(sheet.finish() for sheet in self._sheets)
        if isinstance(self._target, (str, os.PathLike)):
            destination = Path(self._target)
            partial: str | None = None
            try:
                handle, partial = tempfile.mkstemp(
                    prefix=".~", suffix=".xlsx", dir=destination.parent
                )
                os.close(handle)
                self._workbook.save(partial)
                # Windows refuses to replace a file Excel holds open: a PermissionError here.
                os.replace(partial, destination)
            except OSError as error:
                raise StatementFileError(destination, error) from error
            finally:
                if partial is not None and os.path.exists(partial):
                    with contextlib.suppress(OSError):
                        os.unlink(partial)
        else:
            self._workbook.save(self._target)
        self._closed = True
        if self._progress is not None:
            self._progress(self._rows)
        return StatementResult(results)

    def abort(self) -> None:
        """Drop the statement and the temporary files openpyxl streamed rows into."""
        self._closed = True
        for worksheet in self._workbook.worksheets:
            writer = getattr(worksheet, "_writer", None)
            if writer is None:  # no row reached this sheet yet: nothing on disk
                continue
            with contextlib.suppress(Exception):  # cleaning up after a failure: best effort
                if not worksheet.closed:
                    worksheet.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


def write_statement(
    target: Target,
    spec: StatementSpec,
    sheets: Sequence[SheetSpec],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> StatementResult:
    """Stream each sheet's rows, in order, into one workbook written to ``target``."""
    with StatementWriter(target, spec, progress=progress, cancelled=cancelled) as writer:
        for sheet in sheets:
            out = writer.add_sheet(sheet.title, sheet.columns)
            for row in sheet.rows:
                out.append(row)
        return writer.finish()
