"""Grab the app's main screens to docs/screenshots/ (offscreen, demo shop, ~1280x800).

    .venv/bin/python scripts/screenshots.py [OUTDIR]

Writes main-window.png (the Products page if it exists, else the Shop page),
shop-page.png, shop-page-dark.png, welcome.png, wizard*.png, empty-shop.png (a new shop's
first steps), main-window-product.png (when the Products page can open a product),
export-preview.png (the Export page's phone preview after an export) and export-result.png
(its result in figures and the Publish section after publishing to a folder). Look at them
after every UI change.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1280, 800)


def settle(app: QApplication, seconds: float = 1.5) -> None:
    # Lazy pages, queued signals and worker results (thumbnails made in the background)
    # all arrive through the event loop; give them time on a busy machine.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def screenshot_app(folder: Path) -> QApplication:
    """The application, themed, with its settings in ``folder`` (never the user's own)."""
    from weidian_desktop.ui.theme import apply_theme

    QCoreApplication.setOrganizationName("Weidian Desktop Screenshots")
    QCoreApplication.setApplicationName("Weidian Desktop Screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(folder / "settings"))
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    return app  # type: ignore[return-value]


@contextlib.contextmanager
def window_in(app: QApplication, language: str, demo: Path, shop: Path,
              prepare: Callable[[Path], None] | None = None) -> Iterator:
    """The main window at SIZE, the app speaking ``language``, on ``shop``: a fresh copy of
    ``demo`` (``prepare`` changes it first); closed and destroyed after the block."""
    from weidian_desktop.ui import i18n
    from weidian_desktop.ui.main_window import create_main_window

    i18n.install_translators(app, language)
    shutil.copyfile(demo, shop)
    if prepare is not None:
        prepare(shop)
    window = create_main_window(str(shop))
    window.resize(*SIZE)
    window.show()
    settle(app)
    try:
        yield window
    finally:
        window.close_shop()
        window.close()
        window.deleteLater()  # destroyed now, not by the garbage collector at exit
        settle(app)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def demo_logo() -> bytes:
    from weidian_desktop.demo import art

    return art.logo("小满", (176, 42, 48))


def main_window_shots(app: QApplication, shop: Path, out: Path) -> None:
    from weidian_desktop.ui.main_window import create_main_window

    window = create_main_window(str(shop))
    window.resize(*SIZE)
    window.show()
    settle(app)
    keys = window.view.keys()
    window.view.show_page("products" if "products" in keys else "shop")
    settle(app)
    save(window, out / "main-window.png")
    window.view.show_page("shop")
    settle(app)
    save(window, out / "shop-page.png")
    products = window.view.page("products")
    if products is not None and hasattr(products, "open_product"):
        # A product with a Chinese title, options and variants shows the editor best.
        product_id = window.store.scalar(
            "SELECT id FROM products WHERE slug = 'silk-scarf'") or window.store.scalar(
            "SELECT MIN(id) FROM products")
        window.view.show_page("products")
        products.open_product(int(product_id))
        settle(app, 2.5)
        save(window, out / "main-window-product.png")  # the editor alone: products_screenshots.py
    else:
        print("no Products page with open_product(): main-window-product.png skipped")
    export_shot(app, window, shop.parent, out)
    window.close_shop()
    settle(app)
    save(window, out / "welcome.png")
    window.close()


def export_shot(app: QApplication, window: QWidget, folder: Path, out: Path) -> None:
    """The Export page after an export: the phone preview shows the shop (QtWebEngine)."""
    window.view.show_page("export")
    page = window.view.page("export")
    page.folder.setText(str(folder / "site"))
    page.start_export().wait(120)
    settle(app, 3)  # the preview loads the exported home page, its photos decode
    save(window, out / "export-preview.png")
    # The result in figures, and the Publish section after publishing to a folder.
    page.publish.target.setText(f"file://{folder / 'www'}")
    page.publish.start_publish().wait(120)
    settle(app, 1)
    save(window, out / "export-result.png")


def empty_shot(app: QApplication, folder: Path, out: Path) -> None:
    """A shop just registered: the Products page offers its first steps."""
    from weidian_desktop.core.shop import update_shop
    from weidian_desktop.core.store import ShopStore
    from weidian_desktop.ui.main_window import create_main_window

    path = folder / "new.weidian"
    with ShopStore.create(path, name="小满杂货铺 Xiaoman Goods", currency="CNY",
                          language="zh-CN") as store:
        update_shop(store, languages=["zh-CN", "en"])
    window = create_main_window(str(path))
    window.resize(*SIZE)
    window.show()
    settle(app)
    save(window, out / "empty-shop.png")
    window.close()


def dark_shot(app: QApplication, shop: Path, out: Path) -> None:
    from weidian_desktop.ui.main_window import create_main_window

    window = create_main_window(str(shop))
    window.resize(*SIZE)
    window.show()
    window.view.show_page("shop")
    settle(app)
    save(window, out / "shop-page-dark.png")
    window.close()


def wizard_shot(app: QApplication, folder: Path, out: Path) -> None:
    from weidian_desktop.ui.wizard import ShopWizard

    wizard = ShopWizard(target_path=folder / "new.weidian")
    wizard.resize(860, 660)
    wizard.show()
    front = wizard.front_page
    front.name.setText("小满杂货铺 Xiaoman Goods")
    front.tagline.setText("手作好物，每周上新 · Small-batch goods, new every week")
    front.logo.load(demo_logo(), "logo.png").wait()
    settle(app)
    save(wizard, out / "wizard.png")
    wizard.next()
    settle(app)
    save(wizard, out / "wizard-look.png")
    wizard.next()
    channels = wizard.channels_page.channels
    channels.edits["wechat"].setText("xiaoman_goods")
    channels.edits["whatsapp"].setText("+86 138 0013 8000")
    channels.edits["email"].setText("orders@xiaoman")  # shows the inline refusal
    channels.check_all()
    settle(app)
    save(wizard, out / "wizard-channels.png")
    wizard.reject()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app = screenshot_app(folder)
        from weidian_desktop.demo import build_demo
        from weidian_desktop.ui.theme import apply_theme

        shop = build_demo(folder / "demo.weidian")
        main_window_shots(app, shop, out)
        empty_shot(app, folder, out)
        wizard_shot(app, folder, out)
        apply_theme(app, dark=True)  # the dark scheme must stay readable too
        dark_shot(app, shop, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
