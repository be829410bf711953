"""The English catalogue (style.md: French source texts, English translation): complete,
faithful to the placeholders, compiled, and really shown by the screens."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView

from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "portefeuille_en.ts"
QM = TS.with_suffix(".qm")

PLACEHOLDER = re.compile(r"\{\d+\}|%\d+")
# An accelerator is a single & before a letter; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?=\w)")
TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")


def _messages(path: Path = TS) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the catalogue."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def _tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``, on the PATH or beside this Python."""
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    if not Path(found).is_file():
        pytest.skip(f"pyside6-{name} is not installed")
    return found


# -- the catalogue -----------------------------------------------------------------------


def test_catalogue_is_english_from_french() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "en"
    assert root.get("sourcelanguage") == "fr_CI"


def test_every_message_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 500  # the whole of the screens, not a sample
    unfinished = [(c, s) for c, s, t in messages if t.get("type") == "unfinished"]
    gone = [(c, s) for c, s, t in messages if t.get("type") in ("obsolete", "vanished")]
    empty = [(c, s) for c, s, t in messages if not (t.text or "").strip()]
    assert unfinished == [], f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"
    assert gone == [], "obsolete entries: run tools/update_translations.sh (it drops them)"
    assert empty == []


def test_no_message_lost_its_context() -> None:
    """A ``tr`` alias misread by lupdate files the context name as the source text."""
    assert [s for c, s, _t in _messages() if not c] == []


def test_translations_keep_placeholders_accelerators_and_tags() -> None:
    wrong = []
    for context, source, translation in _messages():
        text = translation.text or ""
        if not text:
            continue  # an untranslated message shows its source: test_every_message_is_translated
        for pattern in (PLACEHOLDER, TAG):
            if sorted(pattern.findall(source)) != sorted(pattern.findall(text)):
                wrong.append((context, source, text))
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            wrong.append((context, source, text))
    assert wrong == []


def test_placeholder_check_sees_a_lost_one() -> None:
    assert sorted(PLACEHOLDER.findall("Police {0} — {1}")) != sorted(
        PLACEHOLDER.findall("Policy {0}")
    )
    assert PLACEHOLDER.findall("%1 — %2 jours") == ["%1", "%2"]
    assert ACCELERATOR.findall("&Fichier") == ["&"] and ACCELERATOR.findall("A && B") == []


def test_known_words_follow_the_glossary() -> None:
    table = {(c, s): (t.text or "") for c, s, t in _messages()}
    assert table["Columns", "N° de police"] == "Policy no."
    assert table["DocumentsTab", "Quittance"] == "Premium receipt"
    assert table["ProductionArea", "Souscripteurs"] == "Subscribers"
    assert table["PersonsTab", "Ajouter un ayant droit"] == "Add a dependent"
    assert (
        table["ExclusionForm", "Actif (proposé sur les décomptes)"]
        == "Active (offered on claim assessments)"
    )


# -- the compiled file -------------------------------------------------------------------


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), "run tools/update_translations.sh"


def test_catalogue_holds_every_text_the_screens_mark(tmp_path: Path) -> None:
    """A new ``tr`` not yet in the catalogue would show French on English screens."""
    copy = tmp_path / "resources" / "translations" / TS.name
    copy.parent.mkdir(parents=True)
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "desktop_app" / "app.py"))
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    before = {(c, s) for c, s, _t in _messages()}
    after = {(c, s) for c, s, _t in _messages(copy)}
    assert sorted(after - before) == [], (
        "new texts: run tools/update_translations.sh and translate them"
    )
    assert sorted(before - after) == [], (
        "texts gone from the code: run tools/update_translations.sh"
    )


# -- the screens in English ------------------------------------------------------------------


def _headers(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def _tabs(tabs) -> list[str]:  # type: ignore[no-untyped-def]
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_production_area_in_english(qtbot, admin: ServiceContext, english) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.production.production_area import ProductionArea

    area = ProductionArea(AppBus(admin))
    qtbot.addWidget(area)
    assert _tabs(area.lists) == [
        "Policies",
        "Subscribers",
        "Cards waiting",
        "Requests log",
        "Renewal calendar",
    ]
    assert _tabs(area.editor.tabs) == [
        "Contract and management",
        "Schedule of benefits",
        "Insured persons",
        "Premium and receipts",
        "Tracking",
        "Documents",
        "Endorsements",
        "Cards",
        "Requests and renewal",
    ]
    assert _headers(area.policies.table)[:3] == ["Policy no.", "Subscriber", "TPA no."]
    assert _headers(area.subscribers.table)[0] == "Name or company name"
    assert area.policies.new_button.text() == "New policy"
    tree = area.editor.persons.tree
    assert (
        tree.headerItem().text(0) == "Member number"
        and tree.headerItem().text(11) == "Tariff premium"
    )


def test_administration_in_english(qtbot, admin: ServiceContext, english) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.admin.admin_area import AdminArea

    area = AdminArea(AppBus(admin))
    qtbot.addWidget(area)
    assert _tabs(area.tabs) == ["Users", "Company", "Reference data", "Audit trail"]
    assert area.reference_area is not None
    side = area.reference_area.side
    assert [side.item(i).text() for i in range(side.count())] == [
        "Intermediaries",
        "Administrators (TPA)",
        "Providers",
        "Care categories",
        "Exclusion reasons",
        "Tariff",
        "Loss-ratio adjustment",
        "Benefit templates",
        "Cards",
        "Premium collection",
    ]
    users_table = area.users_page.findChild(QTableView) if area.users_page is not None else None
    assert users_table is not None
    assert _headers(users_table)[:3] == ["Code", "Name", "Roles"]


def test_statistics_page_in_english(qtbot, admin: ServiceContext, english) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.statistics.statistics_area import StatisticsArea

    area = StatisticsArea(AppBus(admin))
    qtbot.addWidget(area)
    page = area.statements_page
    assert _tabs(area.tabs) == ["Statements"]
    assert page.statement_combo.itemText(0) == "Production (premium receipts issued)"
    kinds = page.period.kind_combo
    assert [kinds.itemText(i) for i in range(kinds.count())] == [
        "Ten-day period",
        "Month",
        "Quarter",
        "Year",
        "Custom dates",
    ]
    assert page.browse_button.text() == "Browse…"
    assert page.export_button.text() == "Export"
    assert page.period.start_edit.placeholderText() == "DD/MM/YYYY"


def test_lines_written_in_english(english) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.statistics.statements_page import _lines

    assert _lines(1) == "1 row written"
    assert _lines(1234).endswith(" rows written") and _lines(1234).startswith("1")


def test_french_again_once_the_translators_are_removed(qtbot, admin: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.production.production_area import ProductionArea

    area = ProductionArea(AppBus(admin))
    qtbot.addWidget(area)
    assert _tabs(area.lists) == [
        "Polices",
        "Souscripteurs",
        "Cartes en attente",
        "Suivi des demandes",
        "Calendrier des renouvellements",
    ]
    assert _headers(area.policies.table)[0] == "N° de police"
    assert QCoreApplication.translate("Columns", "N° de police") == "N° de police"
