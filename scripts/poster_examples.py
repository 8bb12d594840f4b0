"""Write the example pages kept in docs/posters/ from a fresh demo shop (run after changes).

Usage: .venv/bin/python scripts/poster_examples.py [OUTDIR]
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from weidian_desktop.core.store import ShopStore  # noqa: E402
from weidian_desktop.demo import build_demo  # noqa: E402
from weidian_desktop.media.outputs import OutputSpec, load_output, render_output  # noqa: E402
from weidian_desktop.media.pdf_preview import render_page  # noqa: E402

DPI = 100  # enough to judge layout and type; keeps each PNG around 100-300 KB


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = ShopStore.open(build_demo(Path(tmp) / "demo.weidian"), read_only=True)
        try:
            # The upcoming drop: in preview, with its own coupon.
            drop = str(store.scalar("SELECT slug FROM drops ORDER BY starts_at DESC LIMIT 1"))
            pages = {
                "shop-poster-a4.png": OutputSpec("shop"),
                "product-poster-a5-zh.png": OutputSpec("product", "silk-scarf", size="A5"),
                "drop-poster-a4.png": OutputSpec("drop", drop),
                "product-poster-a6-bleed-marks.png": OutputSpec(
                    "product", "moka-pot", size="A6", crop_marks=True, bleed_mm=3),
                "label-sheet-a4.png": OutputSpec("labels", cut_lines=True),
                "label-sheet-a4-4x10-copies.png": OutputSpec("labels", stock="a4-4x10",
                                                             copies=3),
            }
            for name, spec in pages.items():
                [pdf] = render_output(load_output(store, spec), "pdf")
                render_page(pdf, 0, dpi=DPI).save(outdir / name, optimize=True)
            [story] = render_output(load_output(store, OutputSpec(
                "product", "silk-scarf", "story")), "png")
            image = Image.open(io.BytesIO(story))
            image.resize((540, 960), Image.Resampling.LANCZOS).save(
                outdir / "story-product.png", optimize=True)
        finally:
            store.close()
    for path in sorted(outdir.glob("*.png")):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
              f"{path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "posters")
