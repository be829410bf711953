"""The global search box like a clerk uses it (domain.md §3): type in the toolbar, wait
for the list, pick a person, read their summary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from desktop_app.app import create_main_window
from desktop_app.domain.money import NBSP
from desktop_app.services.context import ServiceContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.search.person_summary_dialog import PersonSummaryDialog
from desktop_app.ui.search.results_popup import PERSON_ID_ROLE
from tests.services.test_search import Portfolio, insert_portfolio
from tests.ui.helpers import type_text


@pytest.fixture
def portfolio(admin: ServiceContext) -> Portfolio:
    return insert_portfolio(admin)


@pytest.fixture
def window(qtbot, admin: ServiceContext, portfolio: Portfolio) -> MainWindow:  # type: ignore[no-untyped-def]
    window = create_main_window(admin, admin.db.describe())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_and_wait(qtbot, window: MainWindow, text: str) -> int:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.search_box.searched, timeout=3000) as blocker:
        type_text(qtbot, window.search_box, text)
    return int(blocker.args[0])


def _rows(window: MainWindow) -> list[list[str]]:
    tree = window.search_box.popup.tree
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def _label(dialog: PersonSummaryDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_accented_name_typed_finds_the_person_and_enter_opens_the_summary(
    qtbot, window: MainWindow, portfolio: Portfolio
) -> None:  # type: ignore[no-untyped-def]
    assert _type_and_wait(qtbot, window, "Aïch") == 1
    popup = window.search_box.popup
    assert popup.isVisible()
    assert _rows(window) == [
        [
            "M0001",
            "Koné Aïcha",
            "12/04/1985",
            "P2026-00001",
            "Société Ivoirienne de Cacao",
            "Couvert",
        ]
    ]
    assert popup.status_label.text() == "1 personne trouvée — Entrée pour ouvrir sa fiche."
    with qtbot.waitSignal(window.bus.person_opened, timeout=2000) as opened:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened.args == [portfolio.person["M0001"]]
    assert not popup.isVisible()
    dialog = window.search_box.summary_dialog
    assert isinstance(dialog, PersonSummaryDialog) and dialog.isVisible()
    assert _label(dialog, "matricule") == "M0001"
    assert _label(dialog, "full_name") == "Koné Aïcha"
    assert _label(dialog, "birth_date") == "12/04/1985 à Abidjan"
    assert _label(dialog, "policy_number") == "P2026-00001"
    assert _label(dialog, "subscriber") == "Société Ivoirienne de Cacao (Entreprise)"
    assert _label(dialog, "coverage_rate") == f"80{NBSP}%"
    assert _label(dialog, "zone") == "Zone 1 — Côte d'Ivoire"
    assert _label(dialog, "annual_ceiling") == f"2{NBSP}000{NBSP}000{NBSP}FCFA"
    assert _label(dialog, "annual_net_premium") == f"185{NBSP}400{NBSP}FCFA"
    family = dialog.findChild(QGroupBox, "family")
    assert family is not None and family.title() == "Ayants droit"
    assert any("Koné Ibrahim" in lab.text() for lab in family.findChildren(QLabel))


def test_without_accents_arrows_pick_the_second_person(
    qtbot, window: MainWindow, portfolio: Portfolio
) -> None:  # type: ignore[no-untyped-def]
    assert _type_and_wait(qtbot, window, "kone") == 2
    assert [row[1] for row in _rows(window)] == ["Koné Aïcha", "Koné Ibrahim"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.bus.person_opened, timeout=2000) as opened:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Enter)
    assert opened.args == [portfolio.person["M0001-01"]]
    dialog = window.search_box.summary_dialog
    assert dialog is not None and _label(dialog, "matricule") == "M0001-01"
    family = dialog.findChild(QGroupBox, "family")
    assert family.title() == "Assuré principal"


def test_double_click_opens_the_person(qtbot, window: MainWindow, portfolio: Portfolio) -> None:  # type: ignore[no-untyped-def]
    _type_and_wait(qtbot, window, "P2026-00002")
    tree = window.search_box.popup.tree
    item = tree.topLevelItem(0)
    assert item.data(0, PERSON_ID_ROLE) == portfolio.person["M0002"]
    rect = tree.visualItemRect(item)
    with qtbot.waitSignal(window.bus.person_opened, timeout=2000):
        # a real double-click: a press and release, then the double-click event
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert _label(window.search_box.summary_dialog, "matricule") == "M0002"


def test_subscriber_and_administrator_ref_from_the_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert _type_and_wait(qtbot, window, "societe ivoir") == 3
    assert _type_and_wait(qtbot, window, "gs-12") == 1
    assert _rows(window)[0][0] == "M0002"


def test_one_character_does_not_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    searches: list[int] = []
    window.search_box.searched.connect(searches.append)
    type_text(qtbot, window.search_box, "k")
    # No debounce timer running: no search is coming, however long one waits.
    assert not window.search_box._timer.isActive()
    assert searches == [] and not window.search_box.popup.isVisible()


def test_typing_is_debounced_into_one_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    searches: list[int] = []
    window.search_box.searched.connect(searches.append)
    type_text(qtbot, window.search_box, "ibrahim")
    qtbot.waitUntil(lambda: searches == [1], timeout=2000)
    # The one search stopped the timer: no second search is coming.
    assert not window.search_box._timer.isActive()
    assert searches == [1]


def test_nobody_found_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert _type_and_wait(qtbot, window, "Zogbo") == 0
    assert (
        window.search_box.popup.status_label.text() == "Aucune personne ne correspond à « Zogbo »."
    )
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.search_box.summary_dialog is None


def test_escape_hides_the_list_and_erasing_hides_it_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _type_and_wait(qtbot, window, "kone")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not window.search_box.popup.isVisible()
    _type_and_wait(qtbot, window, "kone")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)
    assert not window.search_box.popup.isVisible()
