"""Grab the Products page and the product editor on the demo shop to docs/screenshots/.

    .venv/bin/python scripts/products_screenshots.py [OUTDIR]

Writes products-page.png (the table with the silk scarf open beside it) and
product-editor.png (the editor alone, tall enough to show the scarf's variants).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def main(argv: list[str]) -> int:
    from weidian_desktop.core.store import ShopStore
    from weidian_desktop.demo import build_demo
    from weidian_desktop.ui.pages.products_page import ProductsPage
    from weidian_desktop.ui.theme import apply_theme

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    apply_theme(app)
    with tempfile.TemporaryDirectory() as tmp:
        store = ShopStore.open(build_demo(Path(tmp) / "demo.weidian"))
        page = ProductsPage(store, QUndoStack())
        page.resize(1280, 800)
        page.show()
        scarf = int(store.scalar("SELECT id FROM products WHERE slug = 'silk-scarf'"))
        page.open_product(scarf)
        settle(app)
        page.model.thumbnails.wait()  # covers are made off the GUI thread
        settle(app)
        page.grab().save(str(out / "products-page.png"))
        page.resize(1280, 1240)  # tall: the whole form, variants included
        settle(app)
        page.editor.grab().save(str(out / "product-editor.png"))
        page.close()
        store.close()
    print(f"wrote {out / 'products-page.png'} and {out / 'product-editor.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
