"""SVG QR codes drawn by Qt's SVG renderer decode to the intended URL, logo included."""

from __future__ import annotations

import re

import pytest

from weidian_desktop.media import qr

from .helpers import decode, rasterise_svg
from .test_qr import URLS, _logo


@pytest.mark.parametrize("kind", sorted(URLS))
@pytest.mark.parametrize("with_logo", [False, True])
def test_svg_decodes(kind: str, with_logo: bool) -> None:
    svg = qr.qr_svg(URLS[kind], logo=_logo() if with_logo else None)
    image = rasterise_svg(svg)
    assert decode(image) == [URLS[kind]]
    assert image.getpixel((0, 0)) == (255, 255, 255)  # the quiet zone is painted
    if with_logo:
        assert image.getpixel((300, 300)) == (0xb0, 0x2a, 0x30)


def test_svg_is_one_path_in_module_units_with_quiet_zone() -> None:
    svg = qr.qr_svg(URLS["shop"], box=10)
    n = len(qr.qr_matrix(URLS["shop"])) + 2 * qr.MIN_BORDER
    assert f'viewBox="0 0 {n} {n}"' in svg and f'width="{n * 10}"' in svg
    assert svg.count("<path") == 1
    first = re.search(r'd="M(\d+) (\d+)', svg)
    assert first and int(first.group(1)) >= qr.MIN_BORDER and int(first.group(2)) >= 4
