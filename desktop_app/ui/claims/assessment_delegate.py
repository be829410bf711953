"""Editors of the décompte table: a list to choose from for the category, the provider and
the exclusion reason (the model's ``choices``), a date mask for the date of care, and a
plain line for the rest. Choosing in a list commits at once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop_app.ui.claims.assessment_lines_model import CHOICE_KEYS, KEYS, AssessmentLinesModel
from desktop_app.ui.widgets.naming import named

Index = QModelIndex | QPersistentModelIndex


class LinesDelegate(QStyledItemDelegate):
    def _key(self, index: Index) -> str:
        return KEYS[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        key = self._key(index)
        model = index.model()
        if key in CHOICE_KEYS and isinstance(model, AssessmentLinesModel):
            combo = named(QComboBox(parent), f"editor_{key}")
            for label, value in model.choices[key]:
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        edit = named(QLineEdit(parent), f"editor_{key}")
        if key == "care_date":
            edit.setInputMask("00/00/0000;_")
        return edit

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            text = editor.text()
            if (
                self._key(index) == "care_date"
                and not text.replace("/", "").replace("_", "").strip()
            ):
                text = ""
            model.setData(index, text, Qt.ItemDataRole.EditRole)
