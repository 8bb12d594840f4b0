"""What search engines and chat previews read: JSON-LD, sitemap.xml, robots.txt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.money import format_plain

if TYPE_CHECKING:
    from .views import ProductView, VariantView

SCHEMA = "https://schema.org/"


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as XML entities (xml.sax.saxutils.escape, whose import pulls in
    urllib, http, email and ssl: a tenth of an empty shop's export)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def availability_url(availability: str, quantity: int | None, limited: bool = False) -> str:
    """schema.org availability: on request is a pre-order, a few left (or a drop) is limited."""
    if availability == "sold_out" or (limited and quantity == 0):
        return SCHEMA + "SoldOut"
    if availability == "on_request":
        return SCHEMA + "PreOrder"
    if limited or (quantity is not None and quantity <= 5):
        return SCHEMA + "LimitedAvailability"
    return SCHEMA + "InStock"


def product_jsonld(view: ProductView, currency: str, url: str, image_urls: list[str],
                   shop_name: str) -> dict:
    """schema.org Product with one Offer per variant (or one for the product)."""
    offers = []
    sold: list[VariantView | ProductView] = [*view.variants] or [view]
    for variant in sold:
        offer = {
            "@type": "Offer", "price": format_plain(variant.price, currency),
            "priceCurrency": currency,
            "availability": availability_url(variant.availability, variant.quantity,
                                             view.drop_limited),
            "seller": {"@type": "Organization", "name": shop_name},
        }
        if variant.sku:
            offer["sku"] = variant.sku
        if url:
            offer["url"] = url
        offers.append(offer)
    data: dict = {"@context": "https://schema.org", "@type": "Product", "name": view.title,
                  "description": view.description[:500],
                  "offers": offers[0] if len(offers) == 1 else offers}
    if view.sku:
        data["sku"] = view.sku
    if image_urls:
        data["image"] = image_urls
    if url:
        data["url"] = url
    return data


def organization_jsonld(name: str, url: str, logo_url: str, contacts: list[dict]) -> dict:
    """schema.org Organization for the home page (contact points from the channels)."""
    data: dict = {"@context": "https://schema.org", "@type": "Organization", "name": name}
    if url:
        data["url"] = url
    if logo_url:
        data["logo"] = logo_url
    emails = [c["value"] for c in contacts if c["kind"] == "email"]
    phones = [c["value"] for c in contacts if c["kind"] in ("whatsapp", "sms")]
    if emails:
        data["email"] = emails[0]
    if phones:
        data["telephone"] = phones[0]
    return data


def sitemap(urls: list[tuple[str, list[tuple[str, str]]]]) -> bytes:
    """sitemap.xml: each URL with its other-language versions (xhtml:link hreflang).

    An alternate is kept only when the sitemap lists it too (a post written in one
    language has no page in the others), and only where a URL has two or more.
    """
    listed = {loc for loc, _ in urls}
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
             'xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for loc, alternates in sorted(urls):
        lines.append(f"<url><loc>{escape(loc)}</loc>")
        kept = [(lang, href) for lang, href in alternates if href in listed]
        for lang, href in kept if len(kept) > 1 else []:
            lines.append(f'<xhtml:link rel="alternate" hreflang="{escape(lang)}" '
                         f'href="{escape(href)}"/>')
        lines.append("</url>")
    lines.append("</urlset>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots(base_url: str) -> bytes:
    """robots.txt: everything may be crawled; the sitemap's address when known."""
    text = "User-agent: *\nAllow: /\n"
    if base_url:
        text += f"Sitemap: {base_url}sitemap.xml\n"
    return text.encode("utf-8")
