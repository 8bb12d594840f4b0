"""Render the app icon (resources/icons/app/*.svg) into the sizes each desktop wants.

Writes packaging/icons/: hicolor/<N>x<N>/apps/<app id>.png (16–512 px) and the SVG under
hicolor/scalable/apps for Linux (scripts/bundle copies them as the shop file's type icon
too), weidian-desktop.ico (Windows) and weidian-desktop.icns (macOS). Run it after
changing the SVG:  .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from weidian_desktop import APP_ID  # noqa: E402

SOURCE = ROOT / "resources" / "icons" / "app" / f"{APP_ID}.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    if OUT.exists():
        shutil.rmtree(OUT)
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        pngs[size] = render(renderer, size)
        folder = OUT / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{APP_ID}.png").write_bytes(pngs[size])
    folder = OUT / "hicolor" / "scalable" / "apps"
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, folder / f"{APP_ID}.svg")
    big = Image.open(io.BytesIO(pngs[512]))
    big.save(OUT / "weidian-desktop.ico",
             sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(OUT / "weidian-desktop.icns")
    print(f"wrote {sum(1 for p in OUT.rglob('*') if p.is_file())} files to {OUT}")


if __name__ == "__main__":
    main()
