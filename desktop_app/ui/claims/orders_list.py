"""The payment orders (domain.md §10.3), latest first, page by page; under them the
décomptes of the order chosen, each with whether it is paid."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.services.claims import payment_orders
from desktop_app.services.claims.payment_orders import OrderItemRow, OrderRow
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import day, fit_columns, list_view, n, selected_row
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel, rows_after
from desktop_app.ui.widgets.naming import named

PAID_COLOUR, DUE_COLOUR, SIGNED_COLOUR = "#1b5e20", "#b35c00", "#0d47a1"
STATUS_COLOURS = {
    PaymentOrderState.TO_SIGN: DUE_COLOUR,
    PaymentOrderState.SIGNED: SIGNED_COLOUR,
    PaymentOrderState.PAID: PAID_COLOUR,
    PaymentOrderState.CANCELLED: "#888888",
}

ORDER_COLUMNS: list[Column[OrderRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "N° ordre"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: day(r.order_date)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "État"),
        lambda r: r.status_label,
        foreground=lambda r: STATUS_COLOURS[r.status],
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda r: n(r.total), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Décomptes"), lambda r: len(r.items), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Signataire"), lambda r: r.signatory),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Signé le"),
        lambda r: f"{r.signed_at:%d/%m/%Y %H:%M}" if r.signed_at else "",
    ),
]

ITEM_COLUMNS: list[Column[OrderItemRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Dossier"), lambda r: r.claim_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Assuré"), lambda r: r.person_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Bénéficiaire"), lambda r: r.payee_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Montant"), lambda r: n(r.amount), RIGHT),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Réglé"),
        lambda r: (
            QCoreApplication.translate("Claims", "Oui")
            if r.paid
            else QCoreApplication.translate("Claims", "Retiré de l'ordre")
            if r.withdrawn
            else QCoreApplication.translate("Claims", "Non")
        ),
        foreground=lambda r: PAID_COLOUR if r.paid else "#888888" if r.withdrawn else DUE_COLOUR,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Réglé le"), lambda r: day(r.payment_date)),
]


class OrdersList(QWidget):
    order_selected = Signal(int)  # -1 when none

    def __init__(
        self, bus: AppBus, status: PaymentOrderState | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.status = status
        self.model: LazyTableModel[OrderRow] = LazyTableModel(
            ORDER_COLUMNS,
            lambda: payment_orders.count_orders(bus.ctx, self.status),
            lambda after, limit: payment_orders.list_orders(
                bus.ctx, self.status, None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = list_view(self.model, "orders_table")
        # An order holds a handful of décomptes, read with it: the model pages through that copy.
        self._items: tuple[OrderItemRow, ...] = ()
        self.items_model: LazyTableModel[OrderItemRow] = LazyTableModel(
            ITEM_COLUMNS,
            lambda: len(self._items),
            lambda after, limit: rows_after(self._items, after, limit),
            parent=self,
        )
        self.items = list_view(self.items_model, "order_items_table")
        self.count = named(QLabel(), "orders_count")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Décomptes de l'ordre choisi")))
        lower_layout.addWidget(self.items)
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.count)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._on_selection_changed()
        )
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def selected(self) -> OrderRow | None:
        return selected_row(self.table)  # type: ignore[no-any-return]

    def select_order(self, order_id: int) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == order_id:
                self.table.selectRow(i)
                return True
        return False

    def reload(self) -> None:
        selected = self.selected()
        self.model.reload()
        fit_columns(self.table)
        self.count.setText(self.tr("%1 ordre(s) de paiement").replace("%1", str(self.model.total)))
        if selected is None or not self.select_order(selected.id):
            self._show_items(None)

    def _show_items(self, row: OrderRow | None) -> None:
        self._items = row.items if row else ()
        self.items_model.reload()
        fit_columns(self.items)

    def _on_selection_changed(self) -> None:
        row = self.selected()
        self._show_items(row)
        self.order_selected.emit(row.id if row else -1)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("payment_orders", "claim_payments"):
            self.reload()
