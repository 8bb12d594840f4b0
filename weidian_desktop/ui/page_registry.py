"""The main window's pages, in sidebar order; each feature adds its page with one line here."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    """Where a page's class lives and what the sidebar calls it.

    The class is built as ``cls(store, undo_stack, parent)``. Optional members the main
    window uses when present: ``refresh()`` (shop data changed elsewhere: reload),
    ``productRequested = Signal(int)`` (open that product), ``statusMessage = Signal(str)``,
    ``importRequested = Signal()`` (import a stocklist), ``demoRequested = Signal()``.
    """

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", …); shown through title_text()
    module: str  # relative to weidian_desktop.ui
    cls: str
    shortcut: str = ""  # e.g. "Ctrl+1"

    def title_text(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def menu_text(self) -> str:
        """The title for a menu: an "&" doubled, or Qt takes it for a mnemonic."""
        return self.title_text().replace("&", "&&")

    def load(self) -> type:
        # Imported on first use, so start-up does not pay for pages never opened.
        module = importlib.import_module(self.module, package="weidian_desktop.ui")
        return getattr(module, self.cls)


PAGES: list[PageSpec] = [
    PageSpec("shop", QT_TRANSLATE_NOOP("Pages", "Shop"), ".pages.shop_page", "ShopPage"),
    PageSpec("products", QT_TRANSLATE_NOOP("Pages", "Products"), ".pages.products_page",
             "ProductsPage"),
    PageSpec("stocklists", QT_TRANSLATE_NOOP("Pages", "Stocklists"),
             ".pages.stocklists_page", "StocklistsPage"),
    PageSpec("drops", QT_TRANSLATE_NOOP("Pages", "Drops & coupons"), ".pages.drops_page",
             "DropsPage"),
    PageSpec("orders", QT_TRANSLATE_NOOP("Pages", "Orders"), ".pages.orders_page", "OrdersPage"),
    PageSpec("posts", QT_TRANSLATE_NOOP("Pages", "Posts"), ".pages.posts_page", "PostsPage"),
    PageSpec("faq", QT_TRANSLATE_NOOP("Pages", "FAQ"), ".pages.faq_page", "FaqPage"),
    PageSpec("health", QT_TRANSLATE_NOOP("Pages", "Health"), ".pages.health_page", "HealthPage"),
    PageSpec("qr", QT_TRANSLATE_NOOP("Pages", "QR & posters"), ".pages.qr_page", "QrPage"),
    # Past Ctrl+9, and what a seller does most after editing: a key of its own.
    PageSpec("export", QT_TRANSLATE_NOOP("Pages", "Export"), ".pages.export_page", "ExportPage",
             shortcut="Ctrl+E"),
]


def available_pages() -> list[PageSpec]:
    """The pages whose module exists (a feature still being built is left out, not broken)."""
    return [spec for spec in PAGES
            if importlib.util.find_spec(spec.module, package="weidian_desktop.ui") is not None]
