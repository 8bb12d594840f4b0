"""The order detail beside the orders table: lines, buyer, warnings, history, actions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.formats import LOCAL, local_time
from ...core.money import format_money
from ...core.orders import FLOW, event_note

_ACTIONS = ("confirmed", "ordered", "shipped", "delivered", "cancelled")


class OrderDetail(QWidget):
    """Shows one order (escaped HTML) and asks for status changes and service messages."""

    statusRequested = Signal(str)
    copyRequested = Signal(str)
    editTemplateRequested = Signal(str)

    def __init__(self, locale: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.buttons: dict[str, QPushButton] = {}
        labels = {"confirmed": self.tr("Confirm"), "ordered": self.tr("Ordered from supplier"),
                  "shipped": self.tr("Shipped…"), "delivered": self.tr("Delivered"),
                  "cancelled": self.tr("Cancel order")}
        # Buttons in rows of three, not one long row: the detail then leaves the order list
        # room for the reference and the buyer in a 1024 px window, in every language.
        actions = QGridLayout()
        for n, status in enumerate(_ACTIONS):
            button = QPushButton(labels[status])
            button.clicked.connect(lambda _=False, s=status: self.statusRequested.emit(s))
            actions.addWidget(button, n // 3, n % 3)
            self.buttons[status] = button
        self.templates = QComboBox()
        for kind, label in (("confirmed", self.tr("Order confirmed")),
                            ("shipped", self.tr("Shipped, with tracking number")),
                            ("delivered", self.tr("Arrived")),
                            ("how_to_use", self.tr("How to use"))):
            self.templates.addItem(label, kind)
        copy = QPushButton(self.tr("Copy message for the chat"))
        copy.clicked.connect(lambda: self.copyRequested.emit(self.templates.currentData()))
        edit = QPushButton(self.tr("Edit wording…"))
        edit.clicked.connect(lambda: self.editTemplateRequested.emit(
            self.templates.currentData()))
        service = QGridLayout()
        service.addWidget(QLabel(self.tr("Message:")), 0, 0)
        service.addWidget(self.templates, 0, 1, 1, 2)
        service.addWidget(copy, 1, 1)
        service.addWidget(edit, 1, 2)
        service.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(service)
        self.show_order(None)

    def show_order(self, order: dict | None, status_name=str) -> None:
        """Render ``order`` (from core.orders.get_order), or a hint when none is selected."""
        enabled = order is not None
        for status, button in self.buttons.items():
            button.setEnabled(enabled and _allowed(order["status"], status) if order else False)
        self.templates.setEnabled(enabled)
        if order is None:
            self.view.setHtml("<p style='color:#666'>" + escape(self.tr(
                "Paste a buyer's order message here (Ctrl+V or the Paste order button), "
                "or select an order.")) + "</p>")
            return
        self.view.setHtml(self._html(order, status_name))

    def _html(self, order: dict, status_name) -> str:
        cur = order["currency"]

        def money(amount: int) -> str:
            return escape(format_money(amount, cur, self._locale))

        parts = [f"<h2>{escape(order['reference'])} · {escape(status_name(order['status']))}"
                 "</h2>"]
        for w in order["warnings"]:
            said = self.tr("{0}: {1}").format(f"<b>{escape(w.title)}</b>", escape(w.message))
            parts.append(f"<p style='background:#fff3cd;padding:4px'>{said}</p>")
        rows = "".join(
            f"<tr><td>{ln['quantity']} ×</td><td>{escape(ln['title'])}"
            + (f" ({escape(ln['variant_title'])})" if ln["variant_title"] else "")
            + f"</td><td>{escape(ln['sku'])}</td><td align='right'>{money(ln['unit_price'])}"
            f"</td><td align='right'>{money(ln['line_total'])}</td></tr>"
            for ln in order["lines"])
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>")
        # Words said before the f-strings: lupdate does not look inside them (these four
        # were never translated).
        coupon, total = escape(self.tr("Coupon")), escape(self.tr("Total"))
        history_title = escape(self.tr("History (this computer’s clock)"))
        pasted_title = escape(self.tr("Message as pasted"))
        discount = (f"{coupon} {escape(order['coupon_code'] or '')} "
                    f"−{money(order['discount'])} · " if order["discount"] else "")
        parts.append(f"<p align='right'>{discount}<b>{total} "
                     f"{money(order['total'])}</b></p>")
        fields = [(self.tr("Name"), order["buyer_name"]), (self.tr("Phone"), order["buyer_phone"]),
                  (self.tr("Address"), order["buyer_address"]),
                  (self.tr("Note"), order["buyer_note"]),
                  (self.tr("Campaign"), order["campaign"] or ""),
                  (self.tr("Tracking number"), order["tracking_number"])]
        parts.append("<table cellpadding='2'>" + "".join(
            f"<tr><td style='color:#666'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in fields if v) + "</table>")
        history = "".join(
            f"<li>{escape(local_time(e['at'], LOCAL).strftime('%Y-%m-%d %H:%M %Z'))} — "
            f"{escape(status_name(e['to_status']))}"
            + (f" ({escape(event_note(e['note']))})" if e["note"] else "") + "</li>"
            for e in order["events"])
        parts.append(f"<h3>{history_title}</h3><ul>{history}</ul>")
        parts.append(f"<h3>{pasted_title}</h3><pre>{escape(order['message'])}</pre>")
        return "".join(parts)


def _allowed(current: str, target: str) -> bool:
    if current in ("delivered", "cancelled"):
        return False
    if target == "cancelled":
        return True
    return target in FLOW and FLOW.index(target) > FLOW.index(current)
