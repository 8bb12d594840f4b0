"""Image ingest and derived images (Pillow, Qt-free): clean, normalise, resize, re-encode."""

from __future__ import annotations

import hashlib
import io
import math
import warnings
from pathlib import PurePath

from PIL import (  # noqa: F401  (plugins register the formats ALLOWED_FORMATS names)
    BmpImagePlugin,
    GifImagePlugin,
    Image,
    ImageCms,
    JpegImagePlugin,
    PngImagePlugin,
    TiffImagePlugin,
    UnidentifiedImageError,
    WebPImagePlugin,
)

from ..core.errors import ImageError, ValidationError
from ..core.i18n import _
from ..core.image_header import MAX_PIXELS
from ..core.images import PreparedImage

MAX_INPUT_BYTES = 50 * 1024 * 1024
# MAX_PIXELS (core/image_header.py, where `check` uses it on stored images): 80 MP admits
# 48/50 MP phone photos and stays under Pillow's own bomb threshold (~89 MP), so both
# checks agree; an 80 MP RGBA image is ~320 MB decoded.
MAX_LONG_SIDE = 2560
JPEG_QUALITY = 88

# Decoders we allow: the formats sellers paste. Restricting Image.open keeps exotic
# decoders (EPS calls Ghostscript, for one) away from files of unknown origin.
# (Multi-picture JPEGs open through the JPEG decoder and report the format "MPO".)
ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")
_NAMES = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF",
          "BMP": "BMP", "TIFF": "TIFF"}
# What each file-name extension promises (MPO is how Pillow names multi-picture
# JPEGs). Other extensions, or none (a paste), are judged by the content alone.
EXTENSIONS = {
    ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG", ".jfif": "JPEG", ".png": "PNG",
    ".webp": "WebP", ".gif": "GIF", ".bmp": "BMP", ".tif": "TIFF", ".tiff": "TIFF",
}
_ORIENT = {2: [Image.Transpose.FLIP_LEFT_RIGHT], 3: [Image.Transpose.ROTATE_180],
           4: [Image.Transpose.FLIP_TOP_BOTTOM],
           5: [Image.Transpose.ROTATE_90, Image.Transpose.FLIP_TOP_BOTTOM],
           6: [Image.Transpose.ROTATE_270], 7: [Image.Transpose.ROTATE_270,
                                                 Image.Transpose.FLIP_TOP_BOTTOM],
           8: [Image.Transpose.ROTATE_90]}
_SRGB = ImageCms.createProfile("sRGB")


def prepare_image(data: bytes, filename: str | None = None) -> PreparedImage:
    """Check, clean and re-encode pasted or dropped image data for the shop file.

    Orientation from EXIF is applied, every kind of metadata is dropped (the image is
    re-encoded from pixels only), colours are converted to sRGB and the long side is
    capped at 2560 px. The result is PNG when the image has transparency or is a
    flat graphic (a PNG of at most 256 colours: logos, QR codes), JPEG q88 otherwise.
    Raises ImageError (one sentence naming the file) for anything refused.
    """
    label = PurePath(filename).name if filename else _("The pasted image")
    check_size(len(data), label)
    im = _open(data, label, filename)
    source_format = im.format or ""
    try:
        orientation = _orientation(im)
        icc = im.info.get("icc_profile")
        if source_format in ("JPEG", "MPO"):
            # draft() lets libjpeg decode at 1/2, 1/4 or 1/8 scale: fast and small.
            im.draft(im.mode, _fit(im.size, MAX_LONG_SIDE))
        im.seek(0)  # animations keep their first frame
        im.load()
        im = _to_rgb(im)
        if max(im.size) > MAX_LONG_SIDE:
            im = im.resize(_fit(im.size, MAX_LONG_SIDE), Image.Resampling.LANCZOS)
        if icc:
            im = _to_srgb(im, icc)
        for step in _ORIENT.get(orientation, []):
            im = im.transpose(step)
    except Image.DecompressionBombError:
        raise _bomb(label) from None
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageError(_("{label} is damaged or truncated and cannot be read ({reason}).").format(
                             label=label, reason=exc),
                         field="image") from None
    out, mime = _encode(im, keep_png=source_format == "PNG")
    return PreparedImage(hashlib.sha256(out).hexdigest(), out, mime, im.width, im.height)


def check_size(byte_count: int, label: str) -> None:
    """Refuse input over MAX_INPUT_BYTES (also before a file is read at all)."""
    if byte_count > MAX_INPUT_BYTES:
        # Rounded up: "50 MB; images over 50 MB are refused" would read as a contradiction.
        megabytes = math.ceil(byte_count / 2**20 * 10) / 10
        raise ImageError(_("{label} is {megabytes:.1f} MB; images over {limit} MB are "
                           "refused.").format(label=label, megabytes=megabytes,
                                              limit=MAX_INPUT_BYTES // 2**20), field="image")


def _open(data: bytes, label: str, filename: str | None) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it; we refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _bomb(label) from None
    except UnidentifiedImageError:
        raise ImageError(_("{label} is not an image in a format the shop accepts (JPEG, PNG, "
                           "WebP, GIF, BMP or TIFF).").format(
                             label=label), field="image") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageError(_("{label} is damaged and cannot be read ({reason}).").format(
                             label=label, reason=exc),
                         field="image") from None
    if im.width * im.height > MAX_PIXELS:
        raise _bomb(label, im.size)
    suffix = PurePath(filename).suffix.lower() if filename else ""
    actual = _NAMES.get(im.format or "", im.format or "unknown")
    if suffix in EXTENSIONS and actual != EXTENSIONS[suffix]:
        # A renamed file is how disguised content gets in; say what it really is.
        raise ImageError(_("{label} is a {actual} image, not the {extensions} its name says; "
                           "rename it or save it again.").format(
                             label=label,
                             actual=actual,
                             extensions=EXTENSIONS[suffix]), field="image")
    return im


def _bomb(label: str, size: tuple[int, int] | None = None) -> ImageError:
    limit = MAX_PIXELS // 1_000_000
    if size:
        return ImageError(_("{label} is too large to open safely ({width}×{height} px); images "
                            "over {limit} megapixels are refused.").format(
            label=label, width=size[0], height=size[1], limit=limit), field="image")
    return ImageError(_("{label} is too large to open safely; images over {limit} megapixels "
                        "are refused.").format(label=label, limit=limit), field="image")


def _orientation(im: Image.Image) -> int:
    try:
        return int(im.getexif().get(0x0112, 1))
    except Exception:  # a broken EXIF block must not cost the seller the photo
        return 1


def _fit(size: tuple[int, int], long_side: int) -> tuple[int, int]:
    w, h = size
    scale = min(1.0, long_side / max(w, h))
    return max(1, round(w * scale)), max(1, round(h * scale))


def _to_rgb(im: Image.Image) -> Image.Image:
    """RGB, or RGBA when the image has real transparency; ICC info is kept in .info."""
    info = im.info
    if im.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        # 16-bit greyscale: convert("L") would clip everything above 255 to white.
        im = im.convert("I").point(lambda v: v / 256).convert("L")
    if ("transparency" in info and im.mode in ("P", "L", "RGB")) or im.mode in (
            "LA", "PA", "RGBa", "La"):
        im = im.convert("RGBA")
    if im.mode == "RGBA":
        lowest_alpha = im.getchannel("A").getextrema()[0]
        assert not isinstance(lowest_alpha, tuple)  # one band: (lowest, highest)
        return im if lowest_alpha < 255 else im.convert("RGB")
    if im.mode == "CMYK" and info.get("icc_profile"):
        return im  # converted by its own profile in _to_srgb
    if im.mode == "L" and info.get("icc_profile"):
        return im
    return im if im.mode == "RGB" else im.convert("RGB")


def _to_srgb(im: Image.Image, icc: bytes) -> Image.Image:
    """Convert through the embedded profile; a broken profile falls back to a plain convert."""
    alpha = im.getchannel("A") if im.mode == "RGBA" else None
    base = im.convert("RGB") if alpha is not None else im
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(base, source, _SRGB, outputMode="RGB",
                                              renderingIntent=ImageCms.Intent.PERCEPTUAL)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        converted = base.convert("RGB")
    assert converted is not None
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


def _encode(im: Image.Image, *, keep_png: bool) -> tuple[bytes, str]:
    im.info = {}  # nothing from the source (EXIF, XMP, comments, ICC) reaches the output
    out = io.BytesIO()
    if im.mode == "RGBA" or (keep_png and im.getcolors(256) is not None):
        im.save(out, "PNG", compress_level=6)
        return out.getvalue(), "image/png"
    # Baseline, not progressive: libjpeg's scaled decode (draft) of a baseline file is
    # ~6x faster, and thumbnails and export widths all start from this stored original.
    im.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False)
    return out.getvalue(), "image/jpeg"


# --- derived images (plain functions of bytes, so they run in worker processes) ------

def _open_stored(data: bytes) -> Image.Image:
    # A stored image may come from another program: a bomb is refused like on the way in,
    # and the error names the problem, not Pillow's "<_io.BytesIO object at 0x…>".
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(_("A stored image claims more than {limit} megapixels (a "
                           "decompression bomb); run check to find it.").format(
                               limit=MAX_PIXELS // 1_000_000), field="image") from None
    except (UnidentifiedImageError, OSError):
        raise ImageError(_("A stored image cannot be read: it is not a JPEG, PNG, GIF, "
                           "WebP, BMP or TIFF image; run check to find it."),
                         field="image") from None
    if im.width * im.height > MAX_PIXELS:
        raise ImageError(_("A stored image claims more than {limit} megapixels (a "
                           "decompression bomb); run check to find it.").format(
                               limit=MAX_PIXELS // 1_000_000), field="image")
    return im


def thumbnail(data: bytes, size: int | tuple[int, int]) -> bytes:
    """A small copy fitting in ``size`` (JPEG, or PNG when it has transparency)."""
    box = (size, size) if isinstance(size, int) else size
    im = _open_stored(data)
    im.draft(im.mode, box)
    im = _to_rgb(im)
    im.thumbnail(box, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if im.mode == "RGBA":
        im.save(out, "PNG")
    else:
        im.save(out, "JPEG", quality=82)
    return out.getvalue()


VARIANT_FORMATS = ("webp", "jpeg", "png")


def make_variant(data: bytes, width: int, fmt: str) -> tuple[bytes, int, int]:
    """The image at ``width`` px wide (never enlarged) in webp, jpeg or png.

    Returns ``(bytes, width, height)``; the width is the original one when the image
    is narrower than asked. JPEG has no transparency, so it is flattened on white.
    """
    fmt = fmt.lower()
    if fmt not in VARIANT_FORMATS:
        raise ValidationError(_("Image format {fmt!r} is not one of webp, jpeg or png.").format(
                                  fmt=fmt),
                              field="format")
    if width < 1:
        raise ValidationError(_("An image width must be positive, not {width}.").format(
                                  width=width), field="width")
    im = _open_stored(data)
    target = (min(width, im.width), max(1, round(im.height * min(width, im.width) / im.width)))
    im.draft(im.mode, target)
    im = _to_rgb(im)
    if im.size != target:
        im = im.resize(target, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if fmt == "webp":
        im.save(out, "WEBP", quality=80, method=4)
    elif fmt == "png":
        im.save(out, "PNG", compress_level=6)
    else:
        if im.mode == "RGBA":
            flat = Image.new("RGB", im.size, "white")
            flat.paste(im, mask=im.getchannel("A"))
            im = flat
        im.save(out, "JPEG", quality=82, optimize=True, progressive=True)
    return out.getvalue(), target[0], target[1]
