"""Purchase orders: grouped by supplier, CSV safe against formulas, PDF readable."""

from __future__ import annotations

import csv
import io

import pytest

from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.order_message import Buyer
from weidian_desktop.core.orders import change_status, get_order, record_order
from weidian_desktop.core.purchase_orders import (
    mark_ordered,
    neutralise,
    purchase_orders,
    to_csv,
)
from weidian_desktop.media.purchase_pdf import export_purchase_orders

from .conftest import cart_message, insert_supplier


def confirmed(store, items, reference, buyer=None) -> int:
    oid = record_order(store, cart_message(items, reference=reference, buyer=buyer)).order_id
    change_status(store, oid, "confirmed")
    return oid


def test_confirmed_orders_grouped_by_supplier(order_shop) -> None:
    confirmed(order_shop, {"XM-001-1": 2, "XM-002": 1}, "WD-AAAAAA")
    confirmed(order_shop, {"XM-003": 3, "XM-001-2": 1}, "WD-BBBBBB")
    record_order(order_shop, cart_message({"XM-001-1": 5}, reference="WD-CCCCCC"))  # requested
    groups = purchase_orders(order_shop)
    assert [g.label for g in groups] == ["Hangzhou Silk Co", "no supplier"]
    silk = groups[0]
    assert [(ln.reference, ln.supplier_sku, ln.quantity, ln.supplier_price)
            for ln in silk.lines] == [("WD-AAAAAA", "HS-RED", 2, 6000),
                                      ("WD-BBBBBB", "HS-TEA", 3, 2500),
                                      ("WD-BBBBBB", "HS-BLUE", 1, 6500)]
    assert silk.totals() == {"CNY": 2 * 6000 + 3 * 2500 + 6500}
    assert [(ln.supplier_sku, ln.supplier_price) for ln in groups[1].lines] == [("XM-002", None)]
    assert silk.lines[0].ship_to_address == "浙江省杭州市西湖区文三路 100 号"
    only = purchase_orders(order_shop, supplier="no supplier")
    assert [g.label for g in only] == ["no supplier"]
    with pytest.raises(NotFoundError):
        purchase_orders(order_shop, supplier="Nobody Ltd")


def test_csv_neutralises_formula_cells(order_shop) -> None:
    [bad] = insert_supplier(order_shop, "=HYPERLINK(\"http://x\")", [("-2+3", "@SUM(A1)", 100)])
    with order_shop.atomic() as db:
        db.execute("UPDATE variants SET stock_item_id = ? WHERE sku = 'XM-001-1'", [bad])
    confirmed(order_shop, {"XM-001-1": 1}, "WD-AAAAAA",
              buyer=Buyer("+1 555 0100", "=cmd|'/c calc'!A1", "\tTab street\r", "@note"))
    rows = list(csv.reader(io.StringIO(to_csv(purchase_orders(order_shop)))))
    assert rows[0][:3] == ["supplier", "order", "supplier_sku"]
    data = rows[1]
    for cell in data:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert data[0] == "'=HYPERLINK(\"http://x\")" and data[2] == "'-2+3"
    assert data[9] == "'+1 555 0100" and data[10] == "'=cmd|'/c calc'!A1"
    assert neutralise("plain") == "plain" and neutralise(None) == ""


def test_files_are_written_whole_and_orders_marked(order_shop, tmp_path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="no confirmed order"):
        export_purchase_orders(order_shop, tmp_path / "po.csv")
    a = confirmed(order_shop, {"XM-001-1": 2}, "WD-AAAAAA")
    with pytest.raises(ValidationError, match=r"\.csv or \.pdf"):
        export_purchase_orders(order_shop, tmp_path / "po.xlsx")
    written = export_purchase_orders(order_shop, tmp_path / "po.csv")
    raw = (tmp_path / "po.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "真丝围巾".encode() not in raw  # supplier title
    assert b"Silk scarf red" in raw
    assert [p.name for p in tmp_path.iterdir()] == ["po.csv"]  # no temporary file left
    assert [c.order_id for c in mark_ordered(order_shop, written)] == [a]
    assert get_order(order_shop, a)["status"] == "ordered"


def test_pdf_renders_chinese_and_hostile_text(order_shop, tmp_path) -> None:
    import pypdfium2 as pdfium

    confirmed(order_shop, {"XM-001-1": 2, "XM-002": 1}, "WD-AAAAAA",
              buyer=Buyer("<b>张三</b>", "+86 138 0013 8000", "浙江省杭州市 & <script>",
                          "轻拿轻放"))
    export_purchase_orders(order_shop, tmp_path / "po.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "po.pdf"))
    assert len(pdf) == 2  # one page per supplier
    text = pdf[0].get_textpage().get_text_range()
    assert "Hangzhou Silk Co" in text and "<b>张三</b>" in text and "HS-RED" in text
    image = pdf[0].render(scale=1.5).to_pil()
    image.save(tmp_path / "po-page1.png")
    assert image.convert("L").getextrema()[0] < 100  # something dark was drawn
