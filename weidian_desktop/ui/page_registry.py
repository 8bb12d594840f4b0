"""The main window's pages, in sidebar order; each feature adds its page with one line here.

Every page is imported by a plain ``from .pages.x import X`` inside a small function, run
when the page is first shown: start-up does not pay for pages never opened, and a bundler
(PyInstaller) sees each import statement, so the bundled app has every page. No page is
found by name at run time, and none is left out quietly: a page whose module fails to import
fails loudly where it is built (ShopView logs it and shows the error in its place).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    """A page's key, what the sidebar calls it, and the function that imports its class.

    The class is built as ``cls(store, undo_stack, parent)``. Optional members the main
    window uses when present: ``refresh()`` (shop data changed elsewhere: reload),
    ``productRequested = Signal(int)`` (open that product), ``statusMessage = Signal(str)``,
    ``importRequested = Signal()`` (import a stocklist), ``demoRequested = Signal()``.
    """

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Pages", …); shown through title_text()
    loader: Callable[[], type]  # imports the page's module and returns its class
    shortcut: str = ""  # e.g. "Ctrl+1"

    def title_text(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def menu_text(self) -> str:
        """The title for a menu: an "&" doubled, or Qt takes it for a mnemonic."""
        return self.title_text().replace("&", "&&")

    def load(self) -> type:
        """The page's class (its module is imported now, the first time)."""
        return self.loader()


# One function per page, each with a static import (see the module's docstring).
def _shop() -> type:
    from .pages.shop_page import ShopPage
    return ShopPage


def _products() -> type:
    from .pages.products_page import ProductsPage
    return ProductsPage


def _stocklists() -> type:
    from .pages.stocklists_page import StocklistsPage
    return StocklistsPage


def _drops() -> type:
    from .pages.drops_page import DropsPage
    return DropsPage


def _orders() -> type:
    from .pages.orders_page import OrdersPage
    return OrdersPage


def _posts() -> type:
    from .pages.posts_page import PostsPage
    return PostsPage


def _faq() -> type:
    from .pages.faq_page import FaqPage
    return FaqPage


def _health() -> type:
    from .pages.health_page import HealthPage
    return HealthPage


def _qr() -> type:
    from .pages.qr_page import QrPage
    return QrPage


def _export() -> type:
    from .pages.export_page import ExportPage
    return ExportPage


PAGES: list[PageSpec] = [
    PageSpec("shop", str(QT_TRANSLATE_NOOP("Pages", "Shop")), _shop),
    PageSpec("products", str(QT_TRANSLATE_NOOP("Pages", "Products")), _products),
    PageSpec("stocklists", str(QT_TRANSLATE_NOOP("Pages", "Stocklists")), _stocklists),
    PageSpec("drops", str(QT_TRANSLATE_NOOP("Pages", "Drops & coupons")), _drops),
    PageSpec("orders", str(QT_TRANSLATE_NOOP("Pages", "Orders")), _orders),
    PageSpec("posts", str(QT_TRANSLATE_NOOP("Pages", "Posts")), _posts),
    PageSpec("faq", str(QT_TRANSLATE_NOOP("Pages", "FAQ")), _faq),
    PageSpec("health", str(QT_TRANSLATE_NOOP("Pages", "Health")), _health),
    PageSpec("qr", str(QT_TRANSLATE_NOOP("Pages", "QR & posters")), _qr),
    # Past Ctrl+9, and what a seller does most after editing: a key of its own.
    PageSpec("export", str(QT_TRANSLATE_NOOP("Pages", "Export")), _export, shortcut="Ctrl+E"),
]


def available_pages() -> list[PageSpec]:
    """Every page, in sidebar order (a copy: the window may not change the registry)."""
    return list(PAGES)
