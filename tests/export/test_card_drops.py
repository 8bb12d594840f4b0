"""Product cards on the buyer's clock: during a live drop of the whole product the card
shows the drop price with the regular one struck; before and after, the regular price."""

from __future__ import annotations

from pathlib import Path

import playwright.sync_api as sync_api
import pytest

from weidian_desktop.core.drops import Drop, DropItem, create_drop
from weidian_desktop.core.products import find_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop

from .conftest import NOW
from .test_browser import CHROMIUM_ARGS

pytestmark = pytest.mark.browser

# What the buyer sees on a card: its visible price line's price and struck price (the
# lines for the other moments keep their room, hidden), and what a screen reader hears.
CARD = """(slug) => {
  const card = document.querySelector(`a[href$="p/${slug}/index.html"]`).closest('.card');
  const line = [...card.querySelectorAll('.card-price')]
    .filter(p => p.checkVisibility({visibilityProperty: true}));
  const seen = el => { const c = el.cloneNode(true);
    c.querySelectorAll('.visually-hidden').forEach(n => n.remove()); return c.textContent.trim(); };
  return {prices: line.flatMap(p => [...p.querySelectorAll('.price')].map(seen)),
          struck: line.flatMap(p => [...p.querySelectorAll('s')].map(seen)),
          heard: line.map(p => p.textContent.trim().replace(/\\s+/g, ' '))};
}"""


@pytest.fixture
def site(small_shop: ShopStore, tmp_path: Path) -> Path:
    mug, scarf = find_product(small_shop, "mug"), find_product(small_shop, "scarf")
    # Its preview has begun at the export (NOW): before that, nothing of it is exported.
    create_drop(small_shop, Drop("Mug day", "2026-12-01T00:00:00Z", "2026-12-02T00:00:00Z",
                                 preview_at="2026-11-24T00:00:00Z",
                                 items=[DropItem(mug.id, drop_price=5000),
                                        # a variant's drop price is the product page's
                                        DropItem(scarf.id, variant_id=scarf.variants[0].id,
                                                 drop_price=9900)]))
    export_shop(small_shop, tmp_path / "site", now=NOW)
    return tmp_path / "site"


@pytest.mark.parametrize("at,mug", [
    ("2026-11-30T23:59:00Z", {"prices": ["¥68.00"], "struck": [], "heard": ["¥68.00"]}),
    ("2026-12-01T08:00:00Z", {"prices": ["¥50.00"], "struck": ["¥68.00"],
                              "heard": ["活动价 ¥50.00 原价 ¥68.00"]}),
    ("2026-12-02T00:00:01Z", {"prices": ["¥68.00"], "struck": [], "heard": ["¥68.00"]}),
])
def test_the_card_follows_the_drop_window(site: Path, at: str, mug: dict) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.clock.install(time=at)
        for home in ("index.html", "c/tea/index.html"):
            page.goto((site / home).as_uri())
            got = page.evaluate(CARD, "mug")
            assert got == mug, (home, got)
            assert page.evaluate(CARD, "scarf")["struck"] == []  # its drop is a variant's
        browser.close()
    assert errors == []
