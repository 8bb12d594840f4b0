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
from weidian_desktop.media import share  # noqa: E402
from weidian_desktop.media.pdf_preview import render_page  # noqa: E402
from weidian_desktop.media.posters import PosterOptions, load_job, make_poster, render  # noqa: E402

DPI = 100  # enough to judge layout and type; keeps each PNG around 100-300 KB


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = ShopStore.open(build_demo(Path(tmp) / "demo.weidian"), read_only=True)
        try:
            drop = str(store.scalar("SELECT slug FROM drops ORDER BY starts_at DESC LIMIT 1"))
            pages = {
                "shop-poster-a4.png": make_poster(store, "shop", options=PosterOptions("A4")),
                "product-poster-a5-zh.png": make_poster(store, "product", "silk-scarf",
                                                        options=PosterOptions("A5")),
                "drop-poster-a4.png": make_poster(store, "drop", drop),
                "product-poster-a6-bleed-marks.png": make_poster(
                    store, "product", "moka-pot",
                    options=PosterOptions("A6", crop_marks=True, bleed_mm=3)),
            }
            job = load_job(store, "labels")
            pages["label-sheet-a4.png"] = render(job, PosterOptions("A4", crop_marks=True))
            for name, pdf in pages.items():
                render_page(pdf, 0, dpi=DPI).save(outdir / name, optimize=True)
            [story] = share.make_share(store, "product", "silk-scarf", "story")
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
