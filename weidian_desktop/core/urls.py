"""Public URLs of the exported shop, built in one place from the shop's base URL.

The export writes its pages at exactly these paths, and QR codes, posters and share
images print these links, so a scanned code always lands on a page that exists:

    shop        <base>/
    product     <base>/p/<slug>/
    collection  <base>/c/<slug>/
    drop        <base>/d/<slug>/
    post        <base>/posts/<slug>/

A campaign tag (``?src=poster-a4-stall``) can be added to any of them so an order
message tells the seller which poster or image sold the item.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from .errors import ValidationError
from .i18n import N_, _
from .shop import Shop, check_base_url
from .slugs import is_safe_slug

# What a campaign tag may hold: safe in a query string without escaping, short
# enough to keep the QR code small, and readable in an order message.
_TAG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")
KINDS = ("shop", "product", "collection", "drop", "post")
# Folder of each kind in the exported site; the export writes its pages there too.
PREFIXES = {"product": "p", "collection": "c", "drop": "d", "post": "posts"}
NO_BASE_URL = N_("The shop has no web address yet: set its base URL (the Shop page, or "
               "export --base-url) to the address the exported shop will live at, for "
               "example https://myshop.example.com/.")


def check_campaign(tag: str) -> str:
    """A campaign tag as typed, or ValidationError saying what a tag may contain."""
    tag = (tag or "").strip()
    if not _TAG.fullmatch(tag):
        raise ValidationError(_("The campaign tag {tag!r} must be 1 to 64 letters, digits, "
                                "'-', '_' or '.', starting with a letter or digit.").format(
                                  tag=tag),
                              field="campaign")
    return tag


def require_base_url(base: str | Shop) -> str:
    """The shop's base URL (ending in /), or ValidationError saying what to set."""
    url = base.base_url if isinstance(base, Shop) else base
    if not (url or "").strip():
        raise ValidationError(_(NO_BASE_URL), field="base_url")
    return check_base_url(url)


def page_path(kind: str, slug: str | None = None) -> str:
    """The page's path relative to the site root: ``""`` or ``p/<slug>/`` and so on."""
    if kind == "shop":
        return ""
    if kind not in PREFIXES:
        raise ValidationError(_("{kind!r} is not one of {kinds}.").format(
                                  kind=kind, kinds=', '.join(KINDS)), field="kind")
    if not slug or not is_safe_slug(slug):
        # A slug becomes a folder name and a URL segment: refuse anything that could
        # climb out of its folder or need escaping.
        raise ValidationError(_("{slug!r} is not a valid {kind} slug (lower-case letters, "
                                "digits and single hyphens).").format(
                                  slug=slug, kind=kind), field="slug")
    return f"{PREFIXES[kind]}/{slug}/"


def with_campaign(url: str, tag: str | None) -> str:
    """The link with ``src=tag`` in its query (an existing ``src`` is replaced).

    Other parameters and the #fragment are kept as they were typed; no tag, no change.
    """
    if tag is None or tag == "":
        return url
    tag = check_campaign(tag)
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(_("{url!r} is not a web link (http:// or https://).").format(
                                  url=url), field="url")
    kept = [p for p in parts.query.split("&")
            if p and unquote_plus(p.split("=", 1)[0]) != "src"]
    kept.append(f"src={tag}")
    return urlunsplit(parts._replace(query="&".join(kept)))


def public_url(base: str | Shop, kind: str, slug: str | None = None, *,
               campaign: str | None = None) -> str:
    """The absolute URL of a page of the exported shop, optionally with a campaign tag."""
    return with_campaign(require_base_url(base) + page_path(kind, slug), campaign)


def shop_url(base: str | Shop, *, campaign: str | None = None) -> str:
    """The shop's home page."""
    return public_url(base, "shop", campaign=campaign)


def product_url(base: str | Shop, slug: str, *, campaign: str | None = None) -> str:
    """A product page: ``<base>/p/<slug>/``."""
    return public_url(base, "product", slug, campaign=campaign)


def collection_url(base: str | Shop, slug: str, *, campaign: str | None = None) -> str:
    """A collection page: ``<base>/c/<slug>/``."""
    return public_url(base, "collection", slug, campaign=campaign)


def drop_url(base: str | Shop, slug: str, *, campaign: str | None = None) -> str:
    """A drop page: ``<base>/d/<slug>/``."""
    return public_url(base, "drop", slug, campaign=campaign)


def post_url(base: str | Shop, slug: str, *, campaign: str | None = None) -> str:
    """A post page: ``<base>/posts/<slug>/``."""
    return public_url(base, "post", slug, campaign=campaign)
