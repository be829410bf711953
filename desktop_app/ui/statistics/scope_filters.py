"""The optional administrator and intermediary filters of a statement (domain.md §12)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox

from desktop_app.services.administration import reference
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import fetch


class ScopeFilters(QObject):
    """Two combos, « Tous » first; they follow changes to the reference data."""

    def __init__(self, bus: AppBus, *, load: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.administrator_combo = QComboBox()
        self.administrator_combo.setObjectName("administrator")
        self.intermediary_combo = QComboBox()
        self.intermediary_combo.setObjectName("intermediary")
        for combo in (self.administrator_combo, self.intermediary_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(34)
        self._load = load
        self.reload()
        bus.data_changed.connect(self._on_bus_data_changed)

    def administrator_id(self) -> int | None:
        data = self.administrator_combo.currentData()
        return data if isinstance(data, int) else None

    def intermediary_id(self) -> int | None:
        data = self.intermediary_combo.currentData()
        return data if isinstance(data, int) else None

    def reload(self) -> None:
        administrators: list[tuple[int | None, str]] = []
        intermediaries: list[tuple[int | None, str]] = []
        if self._load:
            # No right to read the reference data: « Tous » only, and nothing to say.
            found = fetch(
                self._bus,
                lambda ctx: (
                    reference.list_administrators(ctx),
                    reference.list_intermediaries(ctx),
                ),
                lambda _error: None,
                fallback=([], []),
            )
            administrators = [(a.id, self._label(a.code, a.name, a.active)) for a in found[0]]
            intermediaries = [(i.id, self._label(i.code, i.name, i.active)) for i in found[1]]
        self._fill(self.administrator_combo, self.tr("Tous les gestionnaires"), administrators)
        self._fill(self.intermediary_combo, self.tr("Tous les intermédiaires"), intermediaries)

    def _label(self, code: str, name: str, active: bool) -> str:
        text = f"{code} — {name}" if code else name
        return text if active else text + " " + self.tr("(inactif)")

    @staticmethod
    def _fill(combo: QComboBox, everyone: str, items: list[tuple[int | None, str]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, None)
        for item_id, text in items:
            combo.addItem(text, item_id)
        index = combo.findData(kept) if kept is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _on_bus_data_changed(self, changes: Changes) -> None:
        if self._load and changes.touches("administrators", "intermediaries"):
            self.reload()
