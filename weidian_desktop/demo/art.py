"""Product pictures for the demo shop, drawn here so the demo needs no outside files."""

from __future__ import annotations

import io
import math

from PIL import Image, ImageDraw, ImageFilter

SIZE = 1200


def _background(top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    gradient = Image.linear_gradient("L").resize((SIZE, SIZE))
    return Image.composite(Image.new("RGB", (SIZE, SIZE), bottom),
                           Image.new("RGB", (SIZE, SIZE), top), gradient)


def _shadow(img: Image.Image, box: tuple[int, int, int, int]) -> None:
    layer = Image.new("L", img.size, 0)
    ImageDraw.Draw(layer).ellipse(box, fill=90)
    layer = layer.filter(ImageFilter.GaussianBlur(30))
    img.paste((0, 0, 0), mask=layer)


def draw(kind: str, color: tuple[int, int, int], accent: tuple[int, int, int],
         variant: int = 0) -> bytes:
    """A simple still life of ``kind`` (scarf, mug, bag, tea, …) as JPEG bytes."""
    light = tuple(min(255, c + 150) for c in color)
    img = _background(light, tuple(min(255, c + 90) for c in color))  # type: ignore[arg-type]
    _shadow(img, (260, 880, 940, 980))
    d = ImageDraw.Draw(img)
    cx, cy = SIZE // 2, SIZE // 2 + 40
    shift = variant * 40
    if kind in ("mug", "cup"):
        d.rounded_rectangle((cx - 220, cy - 260, cx + 180, cy + 300), 60, fill=color)
        d.ellipse((cx + 110, cy - 140, cx + 330, cy + 140), outline=color, width=50)
        d.rectangle((cx - 220, cy - 120 + shift, cx + 180, cy - 60 + shift), fill=accent)
    elif kind in ("bag", "tote"):
        d.arc((cx - 170, cy - 420, cx + 170, cy - 40), 180, 360, fill=accent, width=40)
        d.rounded_rectangle((cx - 300, cy - 220, cx + 300, cy + 300), 50, fill=color)
        d.rectangle((cx - 300, cy - 40 - shift, cx + 300, cy - shift), fill=accent)
    elif kind == "scarf":
        for i in range(7):
            y = cy - 300 + i * 90
            d.polygon([(cx - 360, y), (cx + 360, y + 60), (cx + 360, y + 130),
                       (cx - 360, y + 70)], fill=color if i % 2 else accent)
    elif kind == "tea":
        d.rounded_rectangle((cx - 200, cy - 320, cx + 200, cy + 300), 30, fill=color)
        d.ellipse((cx - 120, cy - 120, cx + 120, cy + 120), fill=accent)
        d.rectangle((cx - 200, cy - 360, cx + 200, cy - 300), fill=accent)
    elif kind == "basket":
        for i in range(9):
            y = cy - 160 + i * 50
            d.rounded_rectangle((cx - 330 + i * 6, y, cx + 330 - i * 6, y + 40), 18,
                                fill=color if i % 2 else accent)
    elif kind == "plate":
        d.ellipse((cx - 380, cy - 380, cx + 380, cy + 380), fill=(248, 248, 250))
        d.ellipse((cx - 300, cy - 300, cx + 300, cy + 300), outline=color, width=24)
        for i in range(8):
            a = i * math.pi / 4 + variant
            px, py = cx + 160 * math.cos(a), cy + 160 * math.sin(a)
            d.ellipse((px - 50, py - 50, px + 50, py + 50), fill=color)
    elif kind == "fan":
        for i in range(13):
            a = math.radians(200 + i * 11.5)
            d.polygon([(cx, cy + 260), (cx + 520 * math.cos(a), cy + 260 + 520 * math.sin(a)),
                       (cx + 520 * math.cos(a + 0.2), cy + 260 + 520 * math.sin(a + 0.2))],
                      fill=color if i % 2 else accent)
    elif kind == "soap":
        d.rounded_rectangle((cx - 300, cy - 160, cx + 300, cy + 200), 90, fill=color)
        d.ellipse((cx - 90, cy - 60, cx + 90, cy + 100), fill=accent)
    elif kind == "hat":
        d.pieslice((cx - 300, cy - 330, cx + 300, cy + 270), 180, 360, fill=color)
        d.rounded_rectangle((cx - 330, cy - 40, cx + 330, cy + 90), 30, fill=accent)
        d.ellipse((cx - 60, cy - 420, cx + 60, cy - 300), fill=accent)
    elif kind == "pot":
        d.polygon([(cx - 200, cy + 300), (cx + 200, cy + 300), (cx + 140, cy - 20),
                   (cx - 140, cy - 20)], fill=color)
        d.polygon([(cx - 140, cy - 20), (cx + 140, cy - 20), (cx + 190, cy - 320),
                   (cx - 190, cy - 320)], fill=accent)
        d.rectangle((cx + 190, cy - 200, cx + 320, cy - 150), fill=color)
    else:  # handkerchief and anything else: an embroidered square
        d.rectangle((cx - 320, cy - 320, cx + 320, cy + 320), fill=(250, 248, 240))
        d.rectangle((cx - 280, cy - 280, cx + 280, cy + 280), outline=color, width=12)
        d.ellipse((cx - 130, cy - 130 + shift, cx + 130, cy + 130 + shift), fill=accent)
    # Every photo of a product must differ (images are stored once by hash): the second
    # is the mirrored view, the third a close-up.
    if variant % 3 == 1:
        img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    elif variant % 3 == 2:
        img = img.crop((SIZE // 6, SIZE // 6, SIZE * 5 // 6, SIZE * 5 // 6)).resize(img.size)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def logo(text: str, color: tuple[int, int, int]) -> bytes:
    """A round logo mark (PNG with transparency)."""
    img = Image.new("RGBA", (512, 512), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 504, 504), fill=color)
    d.ellipse((120, 120, 392, 392), outline=(255, 255, 255), width=36)
    d.rectangle((236, 60, 276, 200), fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def wechat_qr(text: str) -> bytes:
    """Stands in for the seller's personal WeChat QR (a real one is a photo of the app's)."""
    from ..media.qr import qr_png  # the app's own QR maker: one QR library, not two

    return qr_png(text, box=10)
