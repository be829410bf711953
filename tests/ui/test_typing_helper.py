from PySide6.QtWidgets import QLineEdit

from tests.ui.helpers import type_text


def test_accents(qtbot):
    w = QLineEdit()
    qtbot.addWidget(w)
    type_text(qtbot, w, "Kouassi Aïcha N'Guessan é à ç")
    assert w.text() == "Kouassi Aïcha N'Guessan é à ç"
