"""The exported shop's own words per language (translations/shop/<lang>.json, English fallback)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from ..resources import translations_dir

FALLBACK = "en"


@cache
def _catalogue(tag: str) -> dict[str, str]:
    path = Path(translations_dir()) / "shop" / f"{tag}.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, str)}


def shop_words(language: str) -> dict[str, str]:
    """Every key in the buyer's language: English, then the base language, then the tag."""
    words = dict(_catalogue(FALLBACK))
    for tag in dict.fromkeys((language.split("-")[0], language)):
        words.update(_catalogue(tag))
    return words


class Words:
    """Look-ups for templates: ``t("cart.count", n=3)``; a missing key shows the key."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.table = shop_words(language)

    def __call__(self, key: str, **values: object) -> str:
        text = self.table.get(key, key)
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def subset(self, prefix: str) -> dict[str, str]:
        """The keys under ``prefix`` (what a script on the page needs), sorted."""
        return {k: self.table[k] for k in sorted(self.table) if k.startswith(prefix)}
