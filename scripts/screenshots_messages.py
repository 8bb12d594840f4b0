"""Screenshots of the core's words in the app: findings, refusals, an order's detail.

    .venv/bin/python scripts/screenshots_messages.py [OUTDIR]

For zh_CN, it and the pseudo-locale en_XA, writes to docs/screenshots/ (or OUTDIR):
messages-health-<lang>.png (the Health page of the demo shop with a listing that uses
counterfeit wording), messages-drop-<lang>.png (a drop refused: no name),
messages-coupon-<lang>.png (a coupon refused: a bad code), messages-order-refused-<lang>.png
(a pasted text that is no order) and messages-order-<lang>.png (an order whose message was
edited, with its warnings and history). Look at every PNG: no English sentence in zh_CN and
it; in en_XA every sentence in [brackets], so an untranslated one stands out.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LANGUAGES = ("zh_CN", "it", "en_XA")
NOT_AN_ORDER = "你好，我想要两条围巾，红色的，寄到上海。谢谢！"


def edited_order(shop: Path) -> str:
    """A demo order's message whose machine line was changed by hand (warnings follow)."""
    from weidian_desktop.core.store import ShopStore

    with ShopStore.open(shop, read_only=True) as store:
        text = str(store.scalar("SELECT message FROM orders ORDER BY id LIMIT 1"))
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("#WD1"))
    fields = lines[at].split(" ")
    code, qty = fields[2].split(",")[0].rsplit("*", 1)
    fields[1], fields[2] = "WD-SHOTS1", f"{code}*{int(qty) + 1}"
    lines[at] = " ".join(fields)
    return "\n".join(lines)


def add_counterfeit_listing(shop: Path) -> None:
    from weidian_desktop.core.products import Product, create_product
    from weidian_desktop.core.store import ShopStore

    with ShopStore.open(shop) as store:
        create_product(store, Product(title="高仿 真皮手袋", description="1:1 复刻，做工精细。",
                                      price=39900, status="published"))


def shots(demo: Path, folder: Path, out: Path) -> None:
    from PySide6.QtCore import QLocale
    from screenshots import screenshot_app, window_in

    from weidian_desktop.ui import i18n

    app = screenshot_app(folder)
    for language in LANGUAGES:
        with window_in(app, language, demo, folder / f"demo-{language}.weidian",
                       add_counterfeit_listing) as window:
            _language_shots(app, window, language, out)
    i18n.install_translators(app, "en")
    QLocale.setDefault(QLocale("en_US"))


def _language_shots(app, window, language: str, out: Path) -> None:
    from screenshots import save, settle

    shop = window.store.path
    window.view.show_page("health")
    settle(app)
    save(window, out / f"messages-health-{language}.png")

    drops = window.view.show_page("drops")
    drops.tabs.setCurrentIndex(0)
    drops.new_drop()
    drops.editor.name.setText("")
    drops.save_drop()
    settle(app, 0.5)
    save(window, out / f"messages-drop-{language}.png")

    drops.tabs.setCurrentIndex(1)
    drops.new_coupon()
    drops.coupon_editor.code.setText("春季-10%")
    drops.save_coupon()
    settle(app, 0.5)
    save(window, out / f"messages-coupon-{language}.png")

    orders = window.view.show_page("orders")
    orders.paste_order(NOT_AN_ORDER)
    settle(app, 0.5)
    save(window, out / f"messages-order-refused-{language}.png")

    orders.paste_order(edited_order(shop))
    settle(app, 0.5)
    orders.select_order(orders.model.order_id(0))
    settle(app, 0.5)
    save(window, out / f"messages-order-{language}.png")


def main() -> int:
    from weidian_desktop.demo import build_demo

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wd-shots-") as tmp:
        folder = Path(tmp)
        demo = build_demo(folder / "demo.weidian")
        shots(demo, folder, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
