"""Export data of drops and coupons, and the .ics calendar files."""

from __future__ import annotations

from weidian_desktop.core.coupons import Coupon, create_coupon
from weidian_desktop.core.drops import create_drop
from weidian_desktop.core.shop import update_shop
from weidian_desktop.export.drop_views import code_hash, coupon_rules, drops_export, ics_files
from weidian_desktop.export.ics import escape_text, fold
from weidian_desktop.export.load import load

from .conftest import DropShop, bag_drop


def test_drops_export_and_rules(shop: DropShop) -> None:
    drop_id = create_drop(shop.store, bag_drop(shop))
    create_coupon(shop.store, Coupon("BAGS", kind="fixed", value=5000, min_order=50000,
                                     scope="drop", drop_id=drop_id))
    create_coupon(shop.store, Coupon("HOME", scope="collection", collection_id=shop.home))
    create_coupon(shop.store, Coupon("OLD", ends_at="2026-01-01T00:00:00Z"))
    info = drops_export(load(shop.store, "2026-11-09T00:00:00Z"), ["en", "zh-CN"])
    edited = shop.store.scalar("SELECT updated_at FROM drops WHERE id = ?", (drop_id,))
    assert info["en"]["singles-day-bags"] | {"coupons": None} == {
        "made": 5, "left": 5, "as_of": edited, "sold_out": False,
        "ics": "ics/singles-day-bags.ics", "start": "2026-11-11T12:00:00Z",
        "end": "2026-11-12T12:00:00Z", "preview": "2026-11-08T12:00:00Z", "coupons": None}
    later = drops_export(load(shop.store, "2026-11-10T00:00:00Z"), ["en"])
    assert later["en"]["singles-day-bags"]["as_of"] == edited  # same file, same bytes
    assert info["zh-CN"]["singles-day-bags"]["coupons"] == [
        {"code": "BAGS", "off": "¥50.00", "min": "¥500.00"}]
    rules = coupon_rules(load(shop.store, "2026-11-09T00:00:00Z"))
    assert [r["h"] for r in rules] == [code_hash("bags"), code_hash("Home")]  # OLD expired
    assert "BAGS" not in str(rules) and rules[1]["pids"] == [shop.mug]
    assert rules[0]["drop"]["items"] == [[shop.bag, None]]


def test_ics_is_valid_folded_utc_and_escaped(shop: DropShop) -> None:
    create_drop(shop.store, bag_drop(shop, name="Bags; bags, bags",
                                     description="Only five.\n只做了五只手工皮包" * 3))
    update_shop(shop.store, name="Xiaoman", base_url="https://shop.example.com/")
    data = ics_files(load(shop.store, "2026-11-09T00:00:00Z"))[
        "ics/bags-bags-bags.ics"]
    text = data.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith(
        "END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART:20261111T120000Z\r\nDTEND:20261112T120000Z" in unfolded
    assert "SUMMARY:Bags\\; bags\\, bags · Xiaoman" in unfolded
    assert "URL:https://shop.example.com/d/bags-bags-bags/" in unfolded
    assert "UID:drop-bags-bags-bags@shop.example.com" in unfolded
    assert "Only five.\\n只做了五只手工皮包Only five." in unfolded
    assert fold("x" * 80) == "x" * 75 + "\r\n " + "x" * 5
    assert escape_text("a\x00b\x1b;c\nd") == "ab\\;c\\nd"  # controls a calendar refuses
