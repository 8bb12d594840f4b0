"""Image ingest (Qt-free): orientation, metadata, colour, size cap, dedup and refusals."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import ExifTags, Image

from weidian_desktop.core.errors import ImageError
from weidian_desktop.core.images import add_product_images, image_bytes, product_images
from weidian_desktop.core.products import Product, create_product
from weidian_desktop.media.images import MAX_LONG_SIDE, prepare_image

from .icc import SRGB_BLUE, SRGB_GREEN, SRGB_RED, rgb_profile


def jpeg(im: Image.Image, **save: object) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=95, **save)
    return out.getvalue()


def png(im: Image.Image, **save: object) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG", **save)
    return out.getvalue()


def halves(size: tuple[int, int] = (80, 40)) -> Image.Image:
    """Left half red, right half blue: which way it ends up shows the rotation."""
    im = Image.new("RGB", size, (220, 20, 20))
    im.paste((20, 20, 220), (size[0] // 2, 0, size[0], size[1]))
    return im


def reopen(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def close_to(pixel: tuple[int, ...], expected: tuple[int, int, int], slack: int = 30) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel[:3], expected, strict=True))


def phone_photo() -> bytes:
    """A JPEG as a phone writes it: rotated by EXIF, GPS position, maker, XMP, comment."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneMakerCo"
    exif[ExifTags.Base.Model] = "Pocket 15 Pro"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (31.0, 13.0, 42.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (121.0, 28.0, 12.0)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SecretStudioAddress</x:xmpmeta>'
    return jpeg(halves(), exif=exif.tobytes(), xmp=xmp, comment=b"SellerHomeWifi")


def test_exif_orientation_is_applied() -> None:
    prepared = prepare_image(phone_photo(), "IMG_0001.JPG")
    im = reopen(prepared.data)
    # Orientation 6 means "turn 90° clockwise to show": the left half ends on top.
    assert (prepared.width, prepared.height) == im.size == (40, 80)
    assert close_to(im.getpixel((20, 10)), (220, 20, 20))
    assert close_to(im.getpixel((20, 70)), (20, 20, 220))


@pytest.mark.parametrize("orientation, top_left", [(1, "red"), (3, "blue"), (8, "blue")])
def test_other_orientations(orientation: int, top_left: str) -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    im = reopen(prepare_image(jpeg(halves(), exif=exif.tobytes()), "a.jpg").data)
    colour = (220, 20, 20) if top_left == "red" else (20, 20, 220)
    assert close_to(im.getpixel((2, 2)), colour)


def test_all_metadata_is_stripped_from_a_phone_photo() -> None:
    source = phone_photo()
    assert b"PhoneMakerCo" in source and b"SecretStudioAddress" in source
    prepared = prepare_image(source, "IMG_0001.JPG")
    for secret in (b"PhoneMakerCo", b"Pocket 15", b"SecretStudioAddress", b"SellerHomeWifi",
                   b"Exif", b"xmpmeta"):
        assert secret not in prepared.data
    im = reopen(prepared.data)
    assert not im.getexif()
    assert not {"exif", "xmp", "comment", "icc_profile"} & set(im.info)


def test_png_text_chunks_and_profile_are_stripped() -> None:
    from PIL import PngImagePlugin

    text = PngImagePlugin.PngInfo()
    text.add_text("Author", "SellerRealName")
    im = Image.new("RGBA", (30, 30), (10, 200, 10, 128))
    prepared = prepare_image(png(im, pnginfo=text), "logo.png")
    assert prepared.mime == "image/png"
    assert b"SellerRealName" not in prepared.data and b"tEXt" not in prepared.data
    assert reopen(prepared.data).getpixel((5, 5))[3] == 128  # transparency kept


def test_colours_are_converted_to_srgb_from_the_embedded_profile() -> None:
    # A profile whose "red" channel is sRGB's green: a true converter turns it green.
    swapped = rgb_profile(SRGB_GREEN, SRGB_RED, SRGB_BLUE, name="Swapped")
    source = jpeg(Image.new("RGB", (32, 32), (255, 0, 0)), icc_profile=swapped)
    prepared = prepare_image(source, "wide.jpg")
    im = reopen(prepared.data)
    assert "icc_profile" not in im.info  # stored as sRGB, which needs no profile
    assert close_to(im.getpixel((16, 16)), (0, 255, 0), slack=12)


def test_srgb_tagged_image_keeps_its_colours() -> None:
    srgb = rgb_profile(SRGB_RED, SRGB_GREEN, SRGB_BLUE, gamma=2.2, name="Like sRGB")
    source = jpeg(Image.new("RGB", (32, 32), (200, 120, 40)), icc_profile=srgb)
    im = reopen(prepare_image(source, "a.jpg").data)
    assert close_to(im.getpixel((16, 16)), (200, 120, 40), slack=14)


def test_a_broken_profile_does_not_cost_the_photo() -> None:
    source = jpeg(Image.new("RGB", (32, 32), (200, 120, 40)), icc_profile=b"not a profile")
    assert close_to(reopen(prepare_image(source).data).getpixel((3, 3)), (200, 120, 40))


def test_long_side_is_capped_and_small_images_are_not_enlarged() -> None:
    big = prepare_image(jpeg(Image.new("RGB", (3200, 1600), (90, 90, 90))), "big.jpg")
    assert (big.width, big.height) == (MAX_LONG_SIDE, 1280) == reopen(big.data).size
    tall = prepare_image(png(Image.radial_gradient("L").resize((300, 2800))), "tall.png")
    assert (tall.width, tall.height) == (274, MAX_LONG_SIDE)
    small = prepare_image(jpeg(Image.new("RGB", (640, 480), (90, 90, 90))))
    assert (small.width, small.height) == (640, 480)


def test_same_image_pasted_twice_is_stored_once(store) -> None:
    data = jpeg(halves((300, 200)))
    first, second = prepare_image(data), prepare_image(data, "copy.jpg")
    assert first.hash == second.hash and first.data == second.data
    pid = create_product(store, Product(title="Scarf"))
    other = create_product(store, Product(title="Mug"))
    add_product_images(store, pid, [first])
    add_product_images(store, pid, [second])
    add_product_images(store, other, [second])
    assert store.scalar("SELECT count(*) FROM images") == 1
    assert [i.hash for i in product_images(store, pid)] == [first.hash]
    assert image_bytes(store, first.hash) == first.data


# --- refusals: one sentence, nothing written ----------------------------------------

def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge size (a decompression bomb's calling card)."""
    data = bytearray(png(Image.new("L", (1, 1))))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def one_sentence(exc: pytest.ExceptionInfo[ImageError]) -> str:
    message = str(exc.value)
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("width, height", [(100_000, 100_000), (10_000, 8_100),
                                           (20_000, 20_000)])
def test_decompression_bombs_are_refused(width: int, height: int) -> None:
    with pytest.raises(ImageError) as exc:
        prepare_image(png_claiming(width, height), "bomb.png")
    assert "bomb.png is too large to open safely" in one_sentence(exc)


def test_truncated_data_is_refused() -> None:
    whole = jpeg(Image.effect_noise((400, 300), 60).convert("RGB"))
    with pytest.raises(ImageError) as exc:
        prepare_image(whole[: len(whole) // 2], "cut.jpg")
    assert "cut.jpg is damaged or truncated" in one_sentence(exc)
    cut_png = png(Image.effect_noise((200, 200), 60))
    with pytest.raises(ImageError):
        prepare_image(cut_png[:300], "cut.png")


@pytest.mark.parametrize("data", [b"", b"hello, this is a shopping list", b"%PDF-1.7\n" * 20,
                                  b"\x89PNG\r\n\x1a\n"])
def test_non_image_data_is_refused(data: bytes) -> None:
    with pytest.raises(ImageError) as exc:
        prepare_image(data, "photo.jpg")
    assert one_sentence(exc).startswith("photo.jpg ")


def test_content_that_is_not_what_the_name_says_is_refused() -> None:
    with pytest.raises(ImageError) as exc:
        prepare_image(png(Image.new("RGB", (20, 20))), "holiday.jpg")
    assert "holiday.jpg is a PNG image, not the JPEG its name says" in one_sentence(exc)
    # Without a name (a paste) or with an unknown extension, the content decides.
    assert prepare_image(png(Image.new("RGB", (20, 20)))).width == 20
    assert prepare_image(jpeg(Image.new("RGB", (20, 20))), "download.php").width == 20


def test_files_over_50_mb_are_refused_before_decoding() -> None:
    data = b"\xff\xd8\xff" + b"\0" * (50 * 1024 * 1024)
    with pytest.raises(ImageError) as exc:
        prepare_image(data, "huge.jpg")
    assert "huge.jpg is 50.1 MB; images over 50 MB are refused." == one_sentence(exc)


def test_pasted_image_without_a_name_is_called_the_pasted_image() -> None:
    with pytest.raises(ImageError) as exc:
        prepare_image(b"garbage")
    assert one_sentence(exc).startswith("The pasted image is not an image")


def _encoded(fmt: str) -> bytes:
    base = Image.effect_noise((120, 80), 40).convert("RGB")
    out = io.BytesIO()
    if fmt == "MPO":  # phones write multi-picture JPEGs
        base.save(out, "MPO", save_all=True, append_images=[base])
    elif fmt == "GIF":
        base.convert("P").save(out, "GIF", save_all=True, append_images=[base.convert("P")])
    elif fmt == "I;16":
        Image.new("I;16", (120, 80), 40000).save(out, "PNG")
    elif fmt == "CMYK":
        base.convert("CMYK").save(out, "JPEG")
    else:
        base.save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt, name", [("MPO", "a.jpg"), ("GIF", "a.gif"), ("I;16", "a.png"),
                                       ("CMYK", "a.jpeg"), ("WEBP", "a.webp"),
                                       ("BMP", "a.bmp"), ("TIFF", "a.tif")])
def test_formats_sellers_paste_are_read(fmt: str, name: str) -> None:
    prepared = prepare_image(_encoded(fmt), name)
    im = reopen(prepared.data)
    assert im.size == (120, 80) and im.mode == "RGB"
    if fmt == "I;16":  # 16-bit grey is scaled down, not clipped to white
        assert close_to(im.getpixel((3, 3)), (156, 156, 156), slack=2)


def test_a_batch_with_a_bad_alt_text_writes_nothing(store) -> None:
    from weidian_desktop.core.errors import ValidationError

    pid = create_product(store, Product(title="Scarf"))
    good = [prepare_image(jpeg(halves((60 + n, 40)))) for n in range(2)]
    with pytest.raises(ValidationError):
        add_product_images(store, pid, good, alts=["fine", "x" * 300])
    assert store.scalar("SELECT count(*) FROM images") == 0
    assert product_images(store, pid) == []
