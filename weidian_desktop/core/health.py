"""Listing health: content, counterfeit wording and freshness findings, and a 0-100 score.

Three groups of findings, each pointing at a product (or a post / FAQ entry):

- content (published products): title length, description present, at least 3 photos,
  price set, alt text on every photo;
- health (every product, post and FAQ entry): counterfeit wording from the maintained list
  (resources/wordlists/counterfeit.json; how context is judged is in core/health_rules.py
  and resources/wordlists/README.md) and the seller's brand watch list. Counterfeit wording
  is an error on what buyers can see (published products and posts, FAQ entries) and a
  warning on drafts; a negated mention ("not a replica") is a warning;
- freshness (published products): no picture, the supplier item gone (discontinued in the
  last sync, or deleted so the link is empty), featured although its drop has ended.

Errors make `weidian-desktop check` fail; warnings do not (core.check.run_check runs
``health_findings`` beside the file's own checks).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .check import Finding
from .clock import utc_now
from .errors import ValidationError
from .fields import field_label
from .formats import format_list
from .health_rules import WordList, brand_wordlist, counterfeit_wordlist
from .i18n import _, current_language, ngettext
from .shop import get_setting, set_setting
from .store import ShopStore

BRAND_SETTING = "health.brand_watch_list"
TITLE_MIN_WIDTH = 6  # display width: a Chinese character counts 2, so 3 characters pass
TITLE_MAX_WIDTH = 120  # longer titles are cut on a phone and in chat previews
MIN_PHOTOS = 3
# How much each finding costs a product's score (100 = nothing found).
WEIGHTS = {"counterfeit": 60, "counterfeit-warning": 15, "brand": 10, "no-picture": 30,
           "no-price": 30, "no-description": 15, "few-photos": 10, "supplier-gone": 15,
           "drop-ended-featured": 10, "drop-ended": 3, "title-short": 5, "title-long": 5,
           "missing-alt": 5}


@dataclass
class HealthFinding:
    """One finding of the health check, pointing at what the seller should open."""

    severity: str  # "error" | "warning" | "info"
    code: str
    category: str  # "content" | "health" | "freshness"
    detail: str  # what was found and what to do ("there is no description.")
    product_id: int | None = None
    field: str | None = None  # the field's code ("title", "title (it)", "images")
    term: str | None = None
    post_id: int | None = None
    faq_id: int | None = None
    drop_id: int | None = None
    subject: str = ""  # the listing it is about ("Silk scarf [silk-scarf]"); "": the shop
    where: str = ""  # the field as the seller reads it ("photos", "title (it)")
    message: str = ""  # one sentence with all of the above, made when it is found

    def __post_init__(self) -> None:
        if self.message:
            return
        if self.subject and self.where:
            self.message = _("{subject} {where}: {finding}").format(
                subject=self.subject, where=self.where, finding=self.detail)
        elif self.subject:
            self.message = _("{subject}: {finding}").format(subject=self.subject,
                                                            finding=self.detail)
        else:
            self.message = self.detail


@dataclass
class HealthReport:
    """Every finding, each product's score and the shop's score (0-100)."""

    findings: list[HealthFinding] = field(default_factory=list)
    product_scores: dict[int, int] = field(default_factory=dict)
    score: int = 100

    @property
    def errors(self) -> list[HealthFinding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[HealthFinding]:
        return [f for f in self.findings if f.severity == "warning"]


def display_width(text: str) -> int:
    """Columns a text takes: wide (Chinese) characters count 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# --- the brand watch list -------------------------------------------------------------
def get_brand_watch_list(store: ShopStore) -> list[str]:
    return list(get_setting(store, BRAND_SETTING, []))


def set_brand_watch_list(store: ShopStore, brands: list[str]) -> list[str]:
    """Save the seller's watch list (one transaction): trimmed, duplicates dropped."""
    clean: dict[str, str] = {}
    for brand in brands:
        brand = " ".join((brand or "").split())
        if not brand:
            continue
        if len(brand) > 60:
            raise ValidationError(_("The brand {brand!r}… is longer than 60 characters.").format(
                brand=brand[:20]), field="brand_watch_list")
        clean.setdefault(brand.casefold(), brand)
    if len(clean) > 500:
        raise ValidationError(_("The brand watch list holds at most 500 names."),
                              field="brand_watch_list")
    set_setting(store, BRAND_SETTING, list(clean.values()))
    return list(clean.values())


# --- scanning texts -------------------------------------------------------------------
def _wording(lists: tuple[WordList, WordList], text: str, subject: str, where: str, *,
             visible: bool, **target: object) -> list[HealthFinding]:
    counterfeit, brands = lists
    out = []
    for match in counterfeit.scan(text):
        severity = match.severity if visible else "warning"
        if match.negated:
            # Translators: the examples in brackets are words for "genuine" in the three
            # languages the app speaks; keep them as they are.
            detail = _("“{term}” is counterfeit wording even when negated; say what the goods "
                       "are instead (authentic, 正品, originale).")
        elif match.severity == "error":
            detail = _("“{term}” is counterfeit wording; remove it.")
        else:
            detail = _("“{term}” can read as counterfeit wording; check it means what you "
                       "intend.")
        code = "counterfeit" if severity == "error" else "counterfeit-warning"
        out.append(HealthFinding(severity, code, "health", detail.format(term=match.text),
                                 term=match.term.term, subject=subject, where=where,
                                 **target))  # type: ignore[arg-type]
    for match in brands.scan(text):
        out.append(HealthFinding(
            "warning", "brand", "health",
            _("mentions “{term}” from your brand watch list; sell it only if it is genuine and "
              "you may use the name.").format(term=match.text), term=match.term.term,
            subject=subject, where=where, **target))  # type: ignore[arg-type]
    return out


def _product_texts(store: ShopStore) -> dict[int, list[tuple[str, str, str]]]:
    """(field code, field as the seller reads it, text) of every product, in reading order."""
    texts: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for r in store.query("SELECT id, title, description FROM products"):
        texts[r["id"]] += [("title", field_label("title"), r["title"]),
                           ("description", field_label("description"), r["description"])]
    for r in store.query("SELECT * FROM product_translations ORDER BY language"):
        lang = r["language"]
        texts[r["product_id"]] += [
            (f"title ({lang})", _("title ({language})").format(language=lang), r["title"]),
            (f"description ({lang})", _("description ({language})").format(language=lang),
             r["description"])]
    for r in store.query("SELECT product_id, group_concat(tag, ' · ') AS tags "
                         "FROM product_tags GROUP BY product_id"):
        texts[r["product_id"]].append(("tags", field_label("tags"), r["tags"]))
    for r in store.query("SELECT * FROM product_options ORDER BY position"):
        values = " · ".join(json.loads(r["option_values"]))
        texts[r["product_id"]].append((f"option {r['name']}", _("option {name}").format(
            name=r["name"]), f"{r['name']}: {values}"))
    for r in store.query("SELECT product_id, position, alt FROM product_images "
                         "WHERE alt != '' ORDER BY position"):
        n = r["position"] + 1
        texts[r["product_id"]].append((f"alt text of photo {n}", _(
            "alt text of photo {n}").format(n=n), r["alt"]))
    return texts


def _content(p: dict[str, Any], photos: list[str], variant_prices: list[int],
             subject: str) -> list[HealthFinding]:
    out = []

    def add(severity: str, code: str, category: str, detail: str, fld: str) -> None:
        out.append(HealthFinding(severity, code, category, detail, product_id=p["id"],
                                 field=fld, subject=subject, where=field_label(fld)))

    width = display_width(p["title"])
    if width < TITLE_MIN_WIDTH:
        add("warning", "title-short", "content", _("the title is very short; name the "
            "material, size or colour buyers search for."), "title")
    elif width > TITLE_MAX_WIDTH:
        add("warning", "title-long", "content", _("the title is long and phones cut it; keep "
            "the first words telling."), "title")
    if not p["description"].strip():
        add("warning", "no-description", "content", _("there is no description."),
            "description")
    if p["price"] <= 0 and not any(v > 0 for v in variant_prices):
        add("warning", "no-price", "content", _("no price is set."), "price")
    if not photos:
        add("warning", "no-picture", "freshness", _("there is no picture."), "images")
    elif len(photos) < MIN_PHOTOS:
        add("warning", "few-photos", "content", ngettext(
            "only {n} photo; listings with at least {min} sell better.",
            "only {n} photos; listings with at least {min} sell better.",
            len(photos)).format(n=len(photos), min=MIN_PHOTOS), "images")
    missing = [i + 1 for i, alt in enumerate(photos) if not alt.strip()]
    if missing:
        add("warning", "missing-alt", "content", ngettext(
            "photo {numbers} has no alt text (read aloud to blind buyers and shown when "
            "images fail).",
            "photos {numbers} have no alt text (read aloud to blind buyers and shown when "
            "images fail).", len(missing)).format(
                numbers=format_list([str(n) for n in missing], current_language())), "images")
    return out


def _freshness(store: ShopStore, now: str, names: dict[int, str]) -> list[HealthFinding]:
    out = []
    gone = store.query(
        "SELECT p.id, s.sku, s.status, p.supplier_price FROM products p "
        "LEFT JOIN stock_items s ON s.id = p.stock_item_id WHERE p.status = 'published' "
        "AND ((s.id IS NOT NULL AND s.status = 'discontinued') "
        "OR (p.stock_item_id IS NULL AND p.supplier_price IS NOT NULL)) "
        "UNION SELECT v.product_id, s.sku, s.status, v.supplier_price FROM variants v "
        "JOIN products p ON p.id = v.product_id AND p.status = 'published' "
        "LEFT JOIN stock_items s ON s.id = v.stock_item_id "
        "WHERE (s.id IS NOT NULL AND s.status = 'discontinued') "
        "OR (v.stock_item_id IS NULL AND v.supplier_price IS NOT NULL)")
    for pid in dict.fromkeys(r["id"] for r in gone):
        skus = sorted({r["sku"] for r in gone if r["id"] == pid and r["sku"]})
        if skus:
            detail = ngettext(
                "the supplier no longer lists SKU {skus}; find another source or mark it sold "
                "out.",
                "the supplier no longer lists SKUs {skus}; find another source or mark them "
                "sold out.", len(skus)).format(skus=", ".join(skus))
        else:
            detail = _("the supplier no longer lists the item it was picked from; find "
                       "another source or mark it sold out.")
        out.append(HealthFinding("warning", "supplier-gone", "freshness", detail,
                                 product_id=pid, field="supplier", subject=names[pid],
                                 where=field_label("supplier")))
    ended = store.query("SELECT * FROM drops WHERE status = 'published' AND ends_at < ? "
                        "ORDER BY ends_at", (now,))
    live = {r[0] for r in store.conn.execute(
        "SELECT i.product_id FROM drop_items i JOIN drops d ON d.id = i.drop_id "
        "WHERE d.ends_at >= ?", (now,))}
    for drop in ended:
        items = [r[0] for r in store.conn.execute(
            "SELECT DISTINCT i.product_id FROM drop_items i JOIN products p ON p.id = "
            "i.product_id WHERE i.drop_id = ? AND p.featured = 1 AND p.status = 'published' "
            "ORDER BY i.position", (drop["id"],))]
        for pid in items:
            if pid in live:
                continue  # featured for a drop that is still to come or running
            out.append(HealthFinding(
                "warning", "drop-ended-featured", "freshness",
                _("still featured on the home page although the drop “{drop}” ended on "
                  "{date}.").format(drop=drop["name"], date=drop["ends_at"][:10]),
                product_id=pid, field="featured", drop_id=drop["id"], subject=names[pid],
                where=field_label("featured")))
        first = store.scalar("SELECT product_id FROM drop_items WHERE drop_id = ? "
                             "ORDER BY position LIMIT 1", (drop["id"],))
        out.append(HealthFinding(
            "info", "drop-ended", "freshness",
            _("Drop “{drop}” ended on {date} and is still published; unpublish it when buyers "
              "no longer need its page.").format(drop=drop["name"], date=drop["ends_at"][:10]),
            product_id=first, drop_id=drop["id"]))
    return out


def health_report(store: ShopStore, *, now: str | None = None,
                  wordlist: WordList | None = None) -> HealthReport:
    """Check every listing, post and FAQ entry; a read-only look at the shop file."""
    now = now or utc_now()
    lists = (wordlist or counterfeit_wordlist(), brand_wordlist(get_brand_watch_list(store)))
    products = store.query("SELECT id, slug, title, description, price, status "
                           "FROM products ORDER BY position, id")
    names = {p["id"]: f"{p['title']} [{p['slug']}]" for p in products}
    photos: dict[int, list[str]] = defaultdict(list)
    for r in store.query("SELECT product_id, alt FROM product_images ORDER BY position"):
        photos[r["product_id"]].append(r["alt"])
    prices: dict[int, list[int]] = defaultdict(list)
    for r in store.query("SELECT product_id, price FROM variants WHERE price IS NOT NULL"):
        prices[r["product_id"]].append(r["price"])
    texts = _product_texts(store)
    findings: list[HealthFinding] = []
    for p in products:
        published = p["status"] == "published"
        subject = names[p["id"]] if published else _("{product} (draft)").format(
            product=names[p["id"]])
        for code, where, text in texts[p["id"]]:
            findings += _wording(lists, text, subject, where, visible=published,
                                 product_id=p["id"], field=code)
        if published:
            findings += _content(p, photos[p["id"]], prices[p["id"]], subject)
    findings += _freshness(store, now, names)
    for post in store.query("SELECT id, slug, title, body, status FROM posts ORDER BY id"):
        subject = _("Post [{slug}]").format(slug=post["slug"])
        for code in ("title", "body"):
            findings += _wording(lists, post[code], subject, field_label(code),
                                 visible=post["status"] == "published", post_id=post["id"],
                                 field=code)
    for faq in store.query("SELECT id, question, answer FROM faq_entries ORDER BY position"):
        subject = _("FAQ “{question}”").format(question=faq["question"][:30])
        for code in ("question", "answer"):
            findings += _wording(lists, faq[code], subject, field_label(code), visible=True,
                                 faq_id=faq["id"], field=code)
    return _scored(findings, [p["id"] for p in products])


def _scored(findings: list[HealthFinding], product_ids: list[int]) -> HealthReport:
    lost: dict[int, int] = defaultdict(int)
    elsewhere = 0
    for f in findings:
        if f.product_id is not None and f.code != "drop-ended":
            lost[f.product_id] += WEIGHTS.get(f.code, 5)
        else:
            elsewhere += WEIGHTS.get(f.code, 5)
    scores = {pid: max(0, 100 - lost[pid]) for pid in product_ids}
    mean = sum(scores.values()) / len(scores) if scores else 100
    # A counterfeit post weighs on the whole shop, spread like one product's loss.
    shop = round(mean - elsewhere / max(1, len(scores)))
    return HealthReport(findings, scores, max(0, min(100, shop)))


def health_findings(store: ShopStore) -> list[Finding]:
    """The health report as `check` findings."""
    return [Finding(f.severity, f.code, f.message, f.product_id)
            for f in health_report(store).findings]
