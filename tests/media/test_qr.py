"""QR codes decode to the intended URL (zxing-cpp) from PNG; colours and quiet zone checked."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.urls import collection_url, drop_url, product_url, shop_url
from weidian_desktop.media import qr

from .helpers import decode_png

BASE = "https://xiaoman.example.com/"
URLS = {
    "shop": shop_url(BASE),
    "product": product_url(BASE, "silk-scarf", campaign="poster-a4-stall"),
    "collection": collection_url(BASE, "tea"),
    "drop": drop_url(BASE, "winter-drop", campaign="moments.story_1"),
}


def _logo() -> bytes:
    im = Image.new("RGB", (300, 300), "#b02a30")
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("kind", sorted(URLS))
@pytest.mark.parametrize("ec", ["L", "M", "Q", "H"])
def test_png_decodes_to_the_url(kind: str, ec: str) -> None:
    assert decode_png(qr.qr_png(URLS[kind], ec=ec)) == [URLS[kind]]


@pytest.mark.parametrize("kind", sorted(URLS))
def test_png_with_logo_decodes(kind: str) -> None:
    data = qr.qr_png(URLS[kind], logo=_logo(), box=8)
    assert decode_png(data) == [URLS[kind]]
    im = Image.open(io.BytesIO(data)).convert("RGB")
    assert im.getpixel((im.width // 2, im.height // 2)) == (0xb0, 0x2a, 0x30)  # logo drawn


def test_logo_raises_correction_to_h() -> None:
    url = URLS["product"]
    plain = Image.open(io.BytesIO(qr.qr_png(url, ec="L", box=1)))
    with_logo = Image.open(io.BytesIO(qr.qr_png(url, ec="L", box=1, logo=_logo())))
    assert with_logo.width > plain.width  # H needs a larger version for the same text
    assert with_logo.width == len(qr.qr_matrix(url, "H")) + 2 * qr.MIN_BORDER


@pytest.mark.parametrize("length", [20, 80, 200])
def test_logo_stays_decodable_at_every_size(length: int) -> None:
    url = BASE + "p/" + "a" * length + "/"
    assert decode_png(qr.qr_png(url, logo=_logo(), box=6)) == [url]


def test_quiet_zone_is_kept() -> None:
    box = 5
    im = Image.open(io.BytesIO(qr.qr_png(URLS["shop"], box=box))).convert("L")
    quiet = qr.MIN_BORDER * box
    for x in range(im.width):
        for y in list(range(quiet)) + list(range(im.height - quiet, im.height)):
            assert im.getpixel((x, y)) == 255 and im.getpixel((y, x)) == 255
    assert im.getpixel((quiet, quiet)) == 0  # the finder pattern starts right after it
    with pytest.raises(ValidationError, match="quiet zone"):
        qr.qr_png(URLS["shop"], border=2)


def test_custom_colours_decode() -> None:
    assert decode_png(qr.qr_png(URLS["shop"], fg="#7a1f25", bg="#fff8e7")) == [URLS["shop"]]


@pytest.mark.parametrize(("fg", "bg", "reason"), [
    ("#eeeeee", "#ffffff", "contrast ratio"),   # light on light
    ("#ffffff", "#000000", "not darker"),       # inverted: many scanners fail
    ("#888888", "#aaaaaa", "contrast ratio"),
    ("#ff0000", "#ff0000", "not darker"),
    ("red", "#ffffff", "not a colour"),
])
def test_bad_colours_refused_with_the_reason(fg: str, bg: str, reason: str) -> None:
    for make in (qr.qr_png, qr.qr_svg):
        with pytest.raises(ValidationError, match=reason) as info:
            make(URLS["shop"], fg=fg, bg=bg)
        assert str(info.value).count(". ") == 0 and str(info.value).endswith(".")


def test_bad_ec_and_empty_text_refused() -> None:
    with pytest.raises(ValidationError, match="error correction"):
        qr.qr_png(URLS["shop"], ec="X")
    with pytest.raises(ValidationError, match="needs some text"):
        qr.qr_png("")
    with pytest.raises(ValidationError, match="too long"):
        qr.qr_png(BASE + "x" * 5000)


def test_campaign_url_delegates_to_core_urls() -> None:
    assert qr.campaign_url(BASE + "p/a/", "poster-a4-stall") == BASE + "p/a/?src=poster-a4-stall"
    with pytest.raises(ValidationError, match="campaign tag"):
        qr.campaign_url(BASE, "no spaces")
