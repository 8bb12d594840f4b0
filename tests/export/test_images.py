"""Which widths an exported image gets: the three standard ones, capped at the photo's own
width, without a copy barely smaller than the next (it would cost a file for little)."""

from __future__ import annotations

import pytest

from weidian_desktop.export.images import image_view, variant_keys


@pytest.mark.parametrize("size,widths", [
    ((4000, 3000), [360, 720, 1080]),
    ((1000, 1000), [360, 720, 1000]),
    ((900, 600), [360, 900]),        # 720 is 80 % of 900: merged into it
    ((400, 400), [400]),             # 360 is 90 % of 400
    ((200, 300), [200]),
])
def test_widths(size: tuple[int, int], widths: list[int]) -> None:
    keys = variant_keys("a" * 64, size)
    assert sorted({k[1] for k in keys}) == widths
    assert {k[2] for k in keys} == {"webp", "jpeg"} and len(keys) == 2 * len(widths)
    view = image_view("a" * 64, "alt", size)
    assert [w for _, w in view.srcset.jpeg] == widths
    assert view.large.endswith(f"-{widths[-1]}.jpg")


def test_every_picture_a_page_or_the_search_index_names_exists(small_shop, tmp_path) -> None:
    """Pages and the search index name only variants the export wrote."""
    import json
    import re

    from weidian_desktop.export import export_shop

    from .conftest import NOW

    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    named = set()
    for page in out.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        named |= set(re.findall(r"img/[0-9a-f]{2}/[0-9a-f]+-\d+\.(?:jpg|webp)", text))
        found = re.search(r'<script type="application/json" id="wd-search">(.*?)</script>', text)
        if found:
            covers = [e["i"] for e in json.loads(found.group(1)) if e["i"]]
            assert covers
            named |= set(covers)
    assert named and all((out / name).is_file() for name in named), \
        [n for n in named if not (out / n).is_file()]


def test_a_search_entry_says_what_the_product_view_does(small_shop) -> None:
    """One view per product: its page, its cards and its search entry read the same."""
    import json

    from weidian_desktop.export.load import ProductReader, load
    from weidian_desktop.export.views import ViewMaker

    from .conftest import NOW

    source = load(small_shop, NOW)
    maker = ViewMaker(source, "zh-CN", ProductReader(small_shop.conn, source))
    for entry in source.entries:
        data = maker.reader.get(entry.id)
        assert data is not None
        view = maker.product(data)
        found = json.loads(maker.search_entry(view))
        assert found["i"] == (view.cover.small if view.cover else "") and found["i"]
        assert (found["t"], found["p"], found["s"], found["u"]) == (
            view.title, view.price_text, view.stock_text, view.url)
