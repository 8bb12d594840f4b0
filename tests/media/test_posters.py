"""Posters and label sheets: QR codes decode at 150 dpi, Chinese text is real and visible."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.media import posters
from weidian_desktop.media.fonts import covered_codepoints
from weidian_desktop.media.pdf_preview import page_text, render_page
from weidian_desktop.media.poster_words import word
from weidian_desktop.media.posters import PosterOptions, load_job, make_poster, render

from .conftest import DROP_SLUG
from .helpers import decode, decode_pdf

BASE = "https://xiaoman.example.com/"
CASES = [("shop", None, BASE), ("product", "silk-scarf", BASE + "p/silk-scarf/"),
         ("collection", "tea", BASE + "c/tea/"), ("drop", DROP_SLUG, BASE + f"d/{DROP_SLUG}/")]


@pytest.mark.parametrize(("kind", "slug", "url"), CASES)
@pytest.mark.parametrize("size", ["A4", "A5", "A6", "Letter"])
def test_poster_qr_decodes_at_150_dpi(media_store: ShopStore, kind: str, slug: str | None,
                                      url: str, size: str) -> None:
    pdf = make_poster(media_store, kind, slug, options=PosterOptions(size=size),
                      campaign="poster-test")
    assert decode_pdf(pdf) == [url + "?src=poster-test"]
    width, height = pdfium.PdfDocument(pdf)[0].get_size()
    assert (round(width), round(height)) == tuple(round(v) for v in posters.PAPER[size])


def test_label_sheet_every_label_decodes(media_store: ShopStore) -> None:
    job = load_job(media_store, "labels")
    items = list(job.items) * 2  # 26 labels: a full A4 sheet of 24 and a second page
    pdf = posters.render_labels(job.shop, items, PosterOptions("A4"))
    assert len(pdfium.PdfDocument(pdf)) == 2
    first, second = decode_pdf(pdf, 0), decode_pdf(pdf, 1)
    assert sorted(first + second) == sorted(i.url for i in items)
    assert len(first) == 24


@pytest.mark.parametrize("size", ["Letter", "A5", "A6"])
def test_label_sheets_of_other_sizes_decode(media_store: ShopStore, size: str) -> None:
    job = load_job(media_store, "labels", slugs=["silk-scarf", "leather-bag", "moka-pot"])
    pdf = render(job, PosterOptions(size))
    assert sorted(decode_pdf(pdf)) == sorted(i.url for i in job.items)


def test_chinese_title_in_text_layer_and_drawn(media_store: ShopStore) -> None:
    pdf = make_poster(media_store, "product", "silk-scarf", options=PosterOptions("A5"))
    text = page_text(pdf)
    for words in ("真丝围巾", word("zh-CN", "scan_product"), word("zh-CN", "drop_price"),
                  "小满杂货铺"):
        assert words in text
    assert re.search(r"限量 \d+ 件", text)  # the demo's own drops come first
    # Every character is one the embedded font has (no tofu), and ink is where the
    # text layer says the title is.
    assert all(ord(ch) in covered_codepoints() for ch in "真丝围巾")
    doc = pdfium.PdfDocument(pdf)
    page, textpage = doc[0], doc[0].get_textpage()
    start = textpage.get_text_range().index("真丝围巾")
    image = render_page(pdf, 0, dpi=150)
    scale = 150 / 72
    for index in range(start, start + 4):
        left, bottom, right, top = textpage.get_charbox(index)
        box = (int(left * scale), int((page.get_height() - top) * scale),
               int(right * scale) + 1, int((page.get_height() - bottom) * scale) + 1)
        dark = sum(image.crop(box).convert("L").histogram()[:100])
        assert dark > 20, f"no ink for character {index - start}"
    assert b"WeidianSans" in pdf and b"/FontFile2" in pdf  # the font is embedded


def test_italian_and_english_shops_print_their_words(tmp_path: Path,
                                                     media_shop: Path) -> None:
    import shutil

    path = tmp_path / "it.weidian"
    shutil.copy(media_shop, path)
    store = ShopStore.open(path)
    try:
        update_shop(store, default_language="it")
        text = page_text(make_poster(store, "product", "moka-pot"))
        assert "Caffettiera moka" in text and "Inquadra per acquistare" in text
        assert "159,00" in text  # Italian number format
        update_shop(store, default_language="en")
        assert "Scan to shop" in page_text(make_poster(store, "shop"))
    finally:
        store.close()


def test_drop_poster_shows_window_and_quantity(media_store: ShopStore) -> None:
    text = page_text(make_poster(media_store, "drop", DROP_SLUG))
    assert word("zh-CN", "drop") in text and "限量 125 件" in text and " 至 " in text
    assert word("zh-CN", "scan_drop") in text and "起预览" in text


def test_crop_marks_and_bleed(media_store: ShopStore) -> None:
    opts = PosterOptions("A5", crop_marks=True, bleed_mm=3)
    pdf = make_poster(media_store, "shop", options=opts)
    page = pdfium.PdfDocument(pdf)[0]
    margin = opts.sheet().margin
    assert margin >= 3 * mm
    assert page.get_size() == pytest.approx((148 * mm + 2 * margin, 210 * mm + 2 * margin))
    assert page.get_trimbox() == pytest.approx((margin, margin, margin + 148 * mm,
                                                margin + 210 * mm))
    image = render_page(pdf, 0, dpi=150)
    px = 150 / 72
    # The theme colour runs 3 mm past the top trim edge into the bleed ...
    inside_bleed = image.getpixel((int(image.width / 2), int((margin - 2 * mm) * px)))
    assert inside_bleed[0] > 150 and inside_bleed[1] < 80
    # ... and not beyond it; decoding still works.
    assert image.getpixel((int(image.width / 2), 2)) == (255, 255, 255)
    assert decode(image) == [BASE]


def test_bleed_without_marks_and_plain(media_store: ShopStore) -> None:
    plain = pdfium.PdfDocument(make_poster(media_store, "shop"))[0]
    assert plain.get_size() == pytest.approx((210 * mm, 297 * mm))


@pytest.mark.parametrize(("opts", "match"), [
    (PosterOptions("A3"), "Paper size"), (PosterOptions(bleed_mm=25), "bleed"),
    (PosterOptions(bleed_mm=-1), "bleed")])
def test_bad_options_refused(media_store: ShopStore, opts: PosterOptions, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        make_poster(media_store, "shop", options=opts)


def test_unknown_slugs_refused(media_store: ShopStore) -> None:
    for kind in ("product", "drop", "collection"):
        with pytest.raises(NotFoundError, match="no-such"):
            make_poster(media_store, kind, "no-such")


def test_no_base_url_refused(store: ShopStore) -> None:
    with pytest.raises(ValidationError, match="base URL"):
        make_poster(store, "shop")


def test_same_shop_same_bytes(media_store: ShopStore) -> None:
    one = make_poster(media_store, "product", "leather-bag")
    assert make_poster(media_store, "product", "leather-bag") == one


def test_product_without_photo_and_long_title(store: ShopStore) -> None:
    from weidian_desktop.core.products import Product, create_product

    update_shop(store, base_url=BASE)
    title = "超长标题" * 30 + " with a very long English tail that never ends"
    create_product(store, Product(title=title, price=100, slug="long", status="published"))
    pdf = make_poster(store, "product", "long", options=PosterOptions("A6"))
    assert decode_pdf(pdf) == [BASE + "p/long/"]
    assert "…" in page_text(pdf)  # cut with an ellipsis, never drawn past its box


def test_draft_product_refused_its_page_is_not_exported(store: ShopStore) -> None:
    from weidian_desktop.core.products import Product, create_product
    from weidian_desktop.media.poster_data import target_url

    update_shop(store, base_url=BASE)
    create_product(store, Product(title="Draft", price=100, slug="draft", status="draft"))
    for make in (lambda: make_poster(store, "product", "draft"),
                 lambda: target_url(store, "product", "draft"),
                 lambda: load_job(store, "labels", slugs=["draft"])):
        with pytest.raises(ValidationError, match="is a draft") as info:
            make()
        assert str(info.value).count(". ") == 0


def _darkest(pdf: bytes, words: str) -> int:
    """The darkest grey level where the text layer says ``words`` are drawn."""
    doc = pdfium.PdfDocument(pdf)
    page, textpage = doc[0], doc[0].get_textpage()
    start = textpage.get_text_range().index(words)
    image = render_page(pdf, 0, dpi=150).convert("L")
    scale, height = 150 / 72, page.get_height()
    darkest = 255
    for index in range(start, start + len(words)):
        left, bottom, right, top = textpage.get_charbox(index)
        box = (int(left * scale), int((height - top) * scale), int(right * scale) + 1,
               int((height - bottom) * scale) + 1)
        darkest = min(darkest, image.crop(box).getextrema()[0])
    return darkest


def test_pale_theme_colour_gives_readable_words(tmp_path: Path, media_shop: Path) -> None:
    import shutil

    path = tmp_path / "pale.weidian"
    shutil.copy(media_shop, path)
    store = ShopStore.open(path)
    try:
        update_shop(store, theme_color="#ffe9a8")  # butter yellow: unreadable on white
        pdf = make_poster(store, "shop")
        assert _darkest(pdf, word("zh-CN", "scan_shop")) < 80  # drawn in ink instead
        assert _darkest(pdf, "小满杂货铺") < 80  # the name on the pale band, too
        assert decode_pdf(pdf) == [BASE]
    finally:
        store.close()


def test_posters_drawn_from_threads_at_once_are_whole(media_store: ShopStore) -> None:
    """The app draws a preview and a save in different workers at the same time."""
    from concurrent.futures import ThreadPoolExecutor

    jobs = [load_job(media_store, "product", slug) for slug in
            ("silk-scarf", "leather-bag", "moka-pot", "ceramic-mug")]
    expected = [render(job) for job in jobs]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(render, jobs * 2))
    assert results == expected * 2


def _copy(media_shop: Path, tmp_path: Path) -> ShopStore:
    import shutil

    path = tmp_path / "copy.weidian"
    shutil.copy(media_shop, path)
    return ShopStore.open(path)


def test_drop_poster_names_its_coupon(tmp_path: Path, media_shop: Path) -> None:
    from dataclasses import replace

    from weidian_desktop.core.coupons import Coupon, create_coupon, find_coupon, update_coupon

    store = _copy(media_shop, tmp_path)
    try:
        drop_id = int(store.scalar("SELECT id FROM drops WHERE slug = ?", (DROP_SLUG,)))
        create_coupon(store, Coupon("SNOW-15", "percent", 15, scope="drop",
                                    drop_id=drop_id))
        create_coupon(store, Coupon("GONE-10", "percent", 10, scope="drop", drop_id=drop_id,
                                    ends_at="2020-01-01T00:00:00Z"))  # expired: not printed
        create_coupon(store, Coupon("SHOP-5", "fixed", 500))  # shop-wide: not the drop's
        text = page_text(make_poster(store, "drop", DROP_SLUG))
        assert "优惠码 SNOW-15" in text and "立减15%" in text
        assert "GONE-10" not in text and "SHOP-5" not in text
        update_shop(store, default_language="en")
        snow = find_coupon(store, "SNOW-15")
        update_coupon(store, replace(snow, kind="fixed", value=5000, min_order=50000))
        text = page_text(make_poster(store, "drop", DROP_SLUG))
        assert "Code SNOW-15" in text and "50.00 off on orders from" in text
        assert decode_pdf(make_poster(store, "drop", DROP_SLUG)) == [BASE + f"d/{DROP_SLUG}/"]
    finally:
        store.close()


def test_products_without_photos_get_a_placeholder(tmp_path: Path, media_shop: Path) -> None:
    from weidian_desktop.core.products import Product, create_product

    store = _copy(media_shop, tmp_path)
    try:
        pid = create_product(store, Product(title="无图商品", price=4500, slug="no-photo",
                                            status="published"))
        drop_id = store.scalar("SELECT id FROM drops WHERE slug = ?", (DROP_SLUG,))
        with store.atomic() as db:  # the drop's fifth item: the poster shows four
            db.execute("UPDATE drop_items SET position = position + 1 WHERE drop_id = ?",
                       (drop_id,))
            db.execute("INSERT INTO drop_items (drop_id, product_id, drop_price, position) "
                       "VALUES (?, ?, 3900, 0)", (drop_id, pid))
        pdf = make_poster(store, "drop", DROP_SLUG)
        doc = pdfium.PdfDocument(pdf)
        page, textpage = doc[0], doc[0].get_textpage()
        start = textpage.get_text_range().index("无图商品")
        left, _bottom, right, top = textpage.get_charbox(start)
        image = render_page(pdf, 0, dpi=72).convert("RGB")
        # The square above the title: a pale tint with a picture sign, not blank paper.
        x = int((left + right) / 2) + 20
        cell = image.crop((x - 30, int(page.get_height() - top) - 90, x + 30,
                           int(page.get_height() - top) - 10))
        colours = {colour for _count, colour in cell.getcolors(1 << 16) or []}
        assert (255, 255, 255) not in colours and len(colours) > 3
        # A product poster without a photo: the same quiet placeholder, not a colour block.
        poster = render_page(make_poster(store, "product", "no-photo"), 0, dpi=36)
        area = poster.convert("L").crop((10, 10, poster.width - 10, int(poster.height * 0.5)))
        histogram, half, seen = area.histogram(), area.width * area.height // 2, 0
        median = next(v for v in range(256) if (seen := seen + histogram[v]) > half)
        assert 200 < median < 255
    finally:
        store.close()
