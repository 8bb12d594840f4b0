"""The qr, poster and share commands: files that decode, one-sentence refusals, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from weidian_desktop.cli import main

from .conftest import DROP_SLUG
from .helpers import decode, decode_pdf, rasterise_svg

BASE = "https://xiaoman.example.com/"


@pytest.mark.parametrize(("args", "url"), [
    (["--shop"], BASE),
    (["--product", "silk-scarf"], BASE + "p/silk-scarf/"),
    (["--collection", "tea"], BASE + "c/tea/"),
    (["--drop", DROP_SLUG], BASE + f"d/{DROP_SLUG}/"),
    (["--post", "studio-visit"], BASE + "posts/studio-visit/"),
])
def test_qr_png_and_svg(media_shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
                        args: list[str], url: str) -> None:
    png, svg = tmp_path / "code.png", tmp_path / "code.svg"
    assert main(["qr", str(media_shop), *args, "--campaign", "stall", "-o", str(png)]) == 0
    assert decode(Image.open(png)) == [url + "?src=stall"]
    assert main(["qr", str(media_shop), *args, "--logo", "--ec", "l", "-o", str(svg)]) == 0
    assert decode(rasterise_svg(svg.read_text())) == [url]
    assert "Wrote a QR code" in capsys.readouterr().out


def test_poster_and_labels(media_shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    assert main(["poster", str(media_shop), "--product", "leather-bag", "--size", "A6",
                 "--crop-marks", "--bleed", "3", "-o", str(out)]) == 0
    assert decode_pdf(out.read_bytes()) == [BASE + "p/leather-bag/"]
    labels = tmp_path / "labels.pdf"
    assert main(["poster", str(media_shop), "--labels", "-o", str(labels)]) == 0
    assert len(decode_pdf(labels.read_bytes())) >= 12
    png = tmp_path / "poster.png"
    assert main(["poster", str(media_shop), "--drop", DROP_SLUG, "-o", str(png)]) == 0
    assert decode(Image.open(png)) == [BASE + f"d/{DROP_SLUG}/"]


def test_share_story_and_post_grid(media_shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "story.png"
    assert main(["share", str(media_shop), "--product", "silk-scarf", "-o", str(out)]) == 0
    assert Image.open(out).size == (1080, 1920)
    grid = tmp_path / "grid.png"
    assert main(["share", str(media_shop), "--post", "studio-visit", "-o", str(grid)]) == 0
    assert sorted(p.name for p in tmp_path.glob("grid-*.png")) == [
        f"grid-{n}.png" for n in range(1, 10)]


@pytest.mark.parametrize(("args", "words"), [
    (["qr", "{shop}", "--product", "no-such", "-o", "{out}.png"], "no product with the slug"),
    (["qr", "{shop}", "--shop", "--fg", "#eeeeee", "-o", "{out}.png"], "contrast ratio"),
    (["qr", "{shop}", "--shop", "--fg", "#ffffff", "--bg", "#000000", "-o", "{out}.svg"],
     "not darker"),
    (["qr", "{shop}", "--shop", "--campaign", "a b", "-o", "{out}.png"], "campaign tag"),
    (["qr", "{shop}", "--shop", "-o", "{out}.jpg"], "must end in .png or .svg"),
    (["poster", "{shop}", "--drop", "no-such", "-o", "{out}.pdf"], "no drop with the slug"),
    (["poster", "{shop}", "--shop", "--bleed", "30", "-o", "{out}.pdf"], "bleed"),
    (["share", "{shop}", "--post", "no-such", "-o", "{out}.png"], "no post with the slug"),
])
def test_refusals_one_sentence_nothing_written(media_shop: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture,
                                               args: list[str], words: str) -> None:
    out = tmp_path / "out"
    argv = [a.format(shop=media_shop, out=out) for a in args]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert words in err and err.count("\n") == 0 and err.endswith(".")
    assert list(tmp_path.iterdir()) == []


def test_no_base_url_says_what_to_set(shop_path: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for argv in (["qr", str(shop_path), "--shop", "-o", str(out / "q.png")],
                 ["poster", str(shop_path), "--shop", "-o", str(out / "p.pdf")]):
        assert main(argv) == 1
        assert "set its base URL" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_logo_needed_for_logo(shop_path: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture) -> None:
    from weidian_desktop.core.shop import update_shop
    from weidian_desktop.core.store import ShopStore

    store = ShopStore.open(shop_path)
    update_shop(store, base_url=BASE)
    store.close()
    assert main(["qr", str(shop_path), "--shop", "--logo", "-o", str(tmp_path / "q.png")]) == 1
    assert "no logo" in capsys.readouterr().err


def test_usage_errors_exit_2(media_shop: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["qr", str(media_shop), "--shop", "--product", "x", "-o", "a.png"])
    assert info.value.code == 2


def test_cli_qr_size_is_the_apps() -> None:
    from weidian_desktop.commands import media_commands
    from weidian_desktop.media import outputs

    assert media_commands.QR_BOX == outputs.QR_BOX
    from weidian_desktop.media.labels import LABEL_STOCKS

    assert media_commands.LABEL_STOCKS == tuple(LABEL_STOCKS)
