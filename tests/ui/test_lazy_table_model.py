"""The generic lazy table model (architecture.md, rule 8): a million rows open with one
page fetched; scrolling fetches the page after the last row loaded (keyset paging); a
capped count is a lower bound; the model passes the model tester."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from desktop_app.ui.widgets.lazy_table_model import (
    PAGE_SIZE,
    RIGHT,
    ROW_ROLE,
    AtLeast,
    Column,
    LazyTableModel,
    rows_after,
)

MILLION = 1_000_000


class FakeSource:
    """A million numbered rows, in order, that records every fetch it is asked for: the
    page after row ``n`` starts at ``n + 1``."""

    def __init__(self, total: int = MILLION, *, cap: int | None = None) -> None:
        self.total = total
        self.cap = cap  # counts stop there, as the audit journal's do
        self.calls: list[tuple[int | None, int]] = []
        self.counts = 0

    def count(self) -> int | AtLeast:
        self.counts += 1
        if self.cap is not None and self.total > self.cap:
            return AtLeast(self.cap)
        return self.total

    def fetch(self, after: int | None, limit: int) -> list[int]:
        self.calls.append((after, limit))
        start = 0 if after is None else after + 1
        return list(range(start, min(start + limit, self.total)))


def make_model(source: FakeSource, page_size: int = PAGE_SIZE) -> LazyTableModel[int]:
    columns = [
        Column[int]("Numéro", lambda n: n, RIGHT),
        Column[int]("Double", lambda n: f"{2 * n} F"),
    ]
    return LazyTableModel(columns, source.count, source.fetch, page_size=page_size)


def test_a_million_rows_open_with_one_page(qtbot) -> None:
    source = FakeSource()
    model = make_model(source)
    view = QTableView()
    qtbot.addWidget(view)
    started = time.perf_counter()
    view.setModel(model)
    model.reload()
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    elapsed = time.perf_counter() - started
    assert source.counts == 1
    assert source.calls == [(None, 200)]
    assert model.total == MILLION and model.total_exact
    assert model.rowCount() == 200
    assert elapsed < 1.0  # opening costs one page, not a million rows

    # Scrolling to the bottom of what is loaded makes the view ask for the next page.
    view.scrollToBottom()
    qtbot.waitUntil(lambda: len(source.calls) >= 2)
    assert source.calls[1] == (199, 200)  # the page after the last row loaded
    assert model.rowCount() == 400
    assert model.index(399, 0).data() == "399"
    assert model.index(399, 1).data() == "798 F"


def test_last_page_is_short_and_then_nothing_more(qtbot) -> None:
    source = FakeSource(total=450)
    model = make_model(source)
    model.reload()
    model.fetchMore(QModelIndex())
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert source.calls == [(None, 200), (199, 200), (399, 50)]
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert len(source.calls) == 3


def test_source_that_shrank_stops_fetching(qtbot) -> None:
    source = FakeSource(total=300)
    model = make_model(source)
    model.reload()
    source.total = 200  # rows vanished between the count and the next page
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    assert not model.canFetchMore(QModelIndex())


def test_a_page_follows_the_last_row_not_a_position(qtbot) -> None:
    """Rows that arrive above the loaded ones (a newer entry of a list newest first) shift
    nothing: the next page starts after the last row shown, never repeats it."""
    rows = [f"n{number}" for number in range(10, 0, -1)]  # newest first

    def fetch(after: str | None, limit: int) -> list[str]:
        start = 0 if after is None else rows.index(after) + 1
        return rows[start : start + limit]

    model = LazyTableModel([Column[str]("Nom", str)], lambda: len(rows), fetch, page_size=4)
    model.reload()
    rows.insert(0, "n11")  # arrives while the clerk reads the first page
    model.fetch_all()
    assert model.rows() == [f"n{number}" for number in range(10, 0, -1)]


def test_a_capped_count_is_a_lower_bound(qtbot) -> None:
    source = FakeSource(total=450, cap=300)
    model = make_model(source)
    model.reload()
    assert (model.total, model.total_exact) == (300, False)
    model.fetchMore(QModelIndex())
    assert model.canFetchMore(QModelIndex())  # 400 loaded: past the count, not at the end
    assert (model.rowCount(), model.total, model.total_exact) == (400, 300, False)
    model.fetchMore(QModelIndex())
    assert source.calls == [(None, 200), (199, 200), (399, 200)]  # full pages: the end unknown
    assert (model.rowCount(), model.total, model.total_exact) == (450, 450, True)
    assert not model.canFetchMore(QModelIndex())


def test_a_capped_count_met_exactly_ends_on_an_empty_page(qtbot) -> None:
    source = FakeSource(total=400, cap=300)
    model = make_model(source)
    model.reload()
    model.fetch_all()
    assert source.calls == [(None, 200), (199, 200), (399, 200)]
    assert (model.rowCount(), model.total, model.total_exact) == (400, 400, True)
    assert not model.canFetchMore(QModelIndex())


def test_rows_after_pages_a_list_in_memory() -> None:
    rows = [object() for _ in range(5)]
    assert rows_after(rows, None, 2) == rows[:2]
    assert rows_after(rows, rows[1], 2) == rows[2:4]
    assert rows_after(rows, rows[4], 2) == []
    assert rows_after(rows, object(), 2) == []  # read again since: nothing follows


def test_roles_and_headers(qtbot) -> None:
    model = make_model(FakeSource(total=5))
    model.reload()
    index = model.index(3, 0)
    assert index.data() == "3"
    assert index.data(ROW_ROLE) == 3
    assert model.row(index) == 3 and model.row(4) == 4 and model.row(5) is None
    alignment = Qt.AlignmentFlag(index.data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Numéro"
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.index(0, 0).parent() == QModelIndex()
    assert model.rowCount(model.index(0, 0)) == 0


def test_reload_counts_again(qtbot) -> None:
    source = FakeSource(total=3)
    model = make_model(source)
    model.reload()
    source.total = 7
    with qtbot.waitSignal(model.modelReset):
        model.reload()
    assert model.rowCount() == 7 and source.counts == 2


def test_model_tester(qtmodeltester) -> None:
    model = make_model(FakeSource(total=1234), page_size=100)
    model.reload()
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.reload()  # the tester checks again after the reset (and may fetch a page itself)
    assert 100 <= model.rowCount() < 1234


def test_python_model_tester(qtmodeltester) -> None:
    # pytest-qt's Python tester also fetches more rows while it checks.
    model = make_model(FakeSource(total=1234), page_size=100)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    empty = make_model(FakeSource(total=0))
    empty.reload()
    qtmodeltester.check(empty, force_py=True)
    capped = make_model(FakeSource(total=1234, cap=500), page_size=100)
    capped.reload()
    qtmodeltester.check(capped, force_py=True)
