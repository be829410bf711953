"""Typed refusals: a refused cell of a table carries its row and column as values, so a
screen places the message without parsing a location out of a string."""

from __future__ import annotations

from desktop_app.domain.errors import CellError, FieldError, ValidationFailed


def test_a_cell_error_is_a_field_error_of_its_table_with_row_and_column() -> None:
    error = CellError("lines", "Ligne 4 : montant invalide.", row=3, column="claimed")
    assert isinstance(error, FieldError)
    assert (error.field, error.row, error.column, error.message) == (
        "lines",
        3,
        "claimed",
        "Ligne 4 : montant invalide.",
    )
    assert CellError("bands", "Tranche refusée.", row=0).column == ""  # the whole row


def test_validation_failed_lists_cells_by_row_and_column_and_fields_by_name() -> None:
    failed = ValidationFailed(
        [
            FieldError("name", "Le nom est obligatoire."),
            CellError("lines", "Ligne 1 : date.", row=0, column="care_date"),
            CellError("lines", "Ligne 1 : autre message.", row=0, column="care_date"),
            CellError("lines", "Ligne 2 : montant.", row=1, column="claimed"),
        ]
    )
    assert failed.by_cell() == {
        ("lines", 0, "care_date"): "Ligne 1 : date.",
        ("lines", 1, "claimed"): "Ligne 2 : montant.",
    }
    assert failed.by_field() == {"name": "Le nom est obligatoire.", "lines": "Ligne 1 : date."}
