"""Preparing a batch of images on every core: order kept, all or none, cancel."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from weidian_desktop.core.errors import Cancelled, ImageError
from weidian_desktop.media.images import prepare_image
from weidian_desktop.media.ingest import ImageSource, prepare_images


def photo(path: Path, shade: int) -> Path:
    Image.new("RGB", (64, 48), (shade, 80, 120)).save(path, "JPEG")
    return path


def test_batch_in_the_pool_keeps_order_and_matches_single_preparation(tmp_path: Path) -> None:
    paths = [photo(tmp_path / f"p{n}.jpg", 20 * n) for n in range(5)]
    seen: list[tuple[int, int]] = []
    prepared = prepare_images([ImageSource(path=p) for p in paths],
                              progress=lambda n, t, _text: seen.append((n, t)), parallel=True)
    assert [p.hash for p in prepared] == [prepare_image(p.read_bytes()).hash for p in paths]
    assert seen[-1] == (5, 5)


def test_one_bad_file_refuses_the_whole_batch_with_its_sentence(tmp_path: Path) -> None:
    good = photo(tmp_path / "good.jpg", 10)
    bad = tmp_path / "notes.png"
    bad.write_text("not an image at all")
    with pytest.raises(ImageError, match=r"^notes\.png is not an image"):
        prepare_images([ImageSource(path=good), ImageSource(path=bad)], parallel=True)
    missing = tmp_path / "gone.jpg"
    with pytest.raises(ImageError, match=r"^gone\.jpg cannot be read"):
        prepare_images([ImageSource(path=missing)])


def test_pasted_bytes_and_cancel() -> None:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, "PNG")
    pasted = ImageSource(data=out.getvalue())
    assert prepare_images([pasted])[0].mime == "image/png"
    with pytest.raises(Cancelled):
        prepare_images([pasted, pasted], cancel=lambda: True, parallel=False)


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk
    with pytest.raises(ImageError, match=r"^huge\.jpg is 51\.0 MB; images over 50 MB"):
        prepare_images([ImageSource(path=huge)])


def test_a_broken_pool_falls_back_to_this_thread(tmp_path: Path, monkeypatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from weidian_desktop.media import ingest

    def broken(*_args: object) -> None:
        raise BrokenProcessPool("a worker was killed")

    monkeypatch.setattr(ingest, "_prepare_in_pool", broken)
    paths = [photo(tmp_path / f"p{n}.jpg", 40 * n) for n in range(2)]
    prepared = prepare_images([ImageSource(path=p) for p in paths], parallel=True)
    assert [p.width for p in prepared] == [64, 64]
