"""Stored values another program changed: FAQ keywords that are not JSON are still read
(and check names them); check verifies stored images (bombs, non-images)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety import corpus
from tests.safety.conftest import run_cli
from weidian_desktop.core.faq import list_faq
from weidian_desktop.core.store import ShopStore


def test_faq_keywords_that_are_not_json(tmp_path: Path, corpus_cache: Path) -> None:
    shop = corpus.copy_of(corpus.shop_bad_faq, tmp_path, corpus_cache)
    with ShopStore.open(shop, read_only=True) as store:
        entry = next(e for e in list_faq(store) if e.question == "几天发货？")
    assert entry.keywords == ["shipping", "发货"]
    run = run_cli("export", shop, tmp_path / "site")
    assert run.code == 0, run.err
    check = run_cli("check", shop)
    assert check.code == 0 and "not a JSON list" in check.out and "几天发货" in check.out


def test_other_keyword_shapes_are_read_too(shop_path: Path) -> None:
    from weidian_desktop.core.faq import read_keywords

    assert read_keywords('["a", "b"]') == ["a", "b"]
    assert read_keywords('"one"') == ["one"]
    assert read_keywords("[1, null, \"x\"]") == ["1", "x"]
    assert read_keywords("a，b、c; d") == ["a", "b", "c", "d"]
    assert read_keywords("") == [] and read_keywords(None) == []
    assert read_keywords('{"a": 1}') == []


def test_check_finds_bombs_and_non_images(tmp_path: Path, corpus_cache: Path) -> None:
    shop = corpus.copy_of(corpus.shop_bad_images, tmp_path, corpus_cache)
    before = corpus.digests(tmp_path)
    run = run_cli("check", shop)
    assert run.code == 1
    errors = [ln for ln in run.out.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2, run.out
    assert any("30000×30000" in e and "decompression bomb" in e and "'Tea'" in e
               for e in errors)
    assert any("not an image" in e and "'Mug'" in e for e in errors)
    assert corpus.digests(tmp_path) == before


def test_image_headers() -> None:
    import io

    from PIL import Image

    from weidian_desktop.core.image_header import image_header

    for fmt, kind in (("PNG", "PNG"), ("JPEG", "JPEG"), ("GIF", "GIF"), ("WEBP", "WEBP"),
                      ("BMP", "BMP")):
        out = io.BytesIO()
        Image.new("RGB", (321, 123), (10, 20, 30)).save(out, fmt)
        assert image_header(out.getvalue()) == (kind, 321, 123), fmt
    lossless = io.BytesIO()
    Image.new("RGBA", (77, 55)).save(lossless, "WEBP", lossless=True)
    assert image_header(lossless.getvalue()) == ("WEBP", 77, 55)
    assert image_header(corpus.bomb_png()) == ("PNG", 30000, 30000)
    assert image_header(corpus.NOT_AN_IMAGE) is None
    assert image_header(b"\xff\xd8\xff") is None and image_header(b"") is None


@pytest.mark.parametrize("argv", [["poster", "--product", "mug"], ["poster", "--product", "tea"],
                                  ["share", "--product", "mug"], ["export"]])
def test_readers_of_bad_images_say_one_sentence(argv: list[str], tmp_path: Path,
                                                corpus_cache: Path) -> None:
    """mug's only photo is no image; tea's second photo is a bomb."""
    shop = corpus.copy_of(corpus.shop_bad_images, tmp_path, corpus_cache)
    with ShopStore.open(shop) as store, store.atomic() as db:  # the bomb as tea's cover
        db.execute("UPDATE product_images SET position = -1 WHERE position = 5")
    output = tmp_path / ("site" if argv == ["export"] else
                         "out.pdf" if argv[0] == "poster" else "out.png")
    run = run_cli(argv[0], shop, *argv[1:], *([output] if argv == ["export"] else
                                               ["-o", output]))
    assert run.code == 1 and "Traceback" not in run.err
    assert "stored image" in run.err and "0x" not in run.err
    assert not output.exists()
