"""The exported shop's, posters' and service messages' words: every key in en, zh-CN and it."""

from __future__ import annotations

import json
import re

import pytest

from weidian_desktop.resources import translations_dir

LANGUAGES = ("en", "zh-CN", "it")
FOLDERS = sorted(p.name for p in translations_dir().iterdir()
                 if p.is_dir() and any(p.glob("*.json")))
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# Names that stay as they are in Chinese too.
NAMES = {"WhatsApp", "Telegram", "WeChat", "SMS", "Email", "E-mail", "QR", "FAQ", "SKU", "PDF"}


def catalogue(folder: str, language: str) -> dict[str, str]:
    path = translations_dir() / folder / f"{language}.json"
    assert path.is_file(), f"{path} is missing"
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_catalogue_folders_are_there() -> None:
    assert {"shop", "service"} <= set(FOLDERS)


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_key_in_every_language_with_a_value(folder: str) -> None:
    english = catalogue(folder, "en")
    for language in LANGUAGES[1:]:
        words = catalogue(folder, language)
        assert set(words) == set(english), (
            f"{folder}/{language}.json: missing {sorted(set(english) - set(words))[:8]}, "
            f"extra {sorted(set(words) - set(english))[:8]}")
    for language in LANGUAGES:
        empty = [k for k, v in catalogue(folder, language).items()
                 if not isinstance(v, str) or not v.strip()]
        assert not empty, f"{folder}/{language}.json: empty values for {empty[:8]}"


@pytest.mark.parametrize("folder", FOLDERS)
@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translations_keep_placeholders(folder: str, language: str) -> None:
    english = catalogue(folder, "en")
    for key, value in catalogue(folder, language).items():
        assert sorted(PLACEHOLDER.findall(value)) == sorted(PLACEHOLDER.findall(english[key])), \
            f"{folder}/{language}.json {key}: {value!r}"


@pytest.mark.parametrize("folder", FOLDERS)
def test_chinese_is_written_in_chinese(folder: str) -> None:
    # Latin words left in a Chinese catalogue are English that was never translated.
    for key, value in catalogue(folder, "zh-CN").items():
        words = set(re.findall(r"[A-Za-z][A-Za-z-]+", PLACEHOLDER.sub("", value)))
        if words and not re.search(r"[\u3400-\u9fff]", value):
            assert words <= NAMES, f"{folder}/zh-CN.json {key}: {value!r} is not Chinese"
