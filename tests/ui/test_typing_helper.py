from PySide6.QtWidgets import QLineEdit

from tests.ui.helpers import type_text


def test_accents(qtbot):
    w = QLineEdit()
    qtbot.addWidget(w)
    type_text(qtbot, w, "Kouassi Aïcha N'Guessan é à ç")
    assert w.text() == "Kouassi Aïcha N'Guessan é à ç"


def test_enum_combo_gives_back_the_member(qtbot):
    from desktop_app.domain.kinds import PaymentMode, PaymentTerms
    from desktop_app.ui.forms.fields import EnumCombo

    combo = EnumCombo(PaymentTerms)
    qtbot.addWidget(combo)
    combo.set_value(PaymentTerms.INSTALMENTS)
    assert combo.value() is PaymentTerms.INSTALMENTS and combo.currentText() == "Échéancier"
    modes = EnumCombo(PaymentMode)
    qtbot.addWidget(modes)
    assert modes.value() is PaymentMode.CASH and modes.currentText() == "Espèces"
