"""The Ask box on the exported demo's about page, in Chromium at 390x844, in three languages.

A buyer types a question in Chinese on the zh-CN page, in English or Italian on those
pages: the seller's best answer shows. A question the FAQ cannot answer offers the seller's
channels instead, with the question already in the WhatsApp text and the e-mail body; the
WeChat button carries it for copying. (tests/content/test_ask_twin.py checks the scorer
itself against core/faq.py; this checks what the buyer sees on the page.)
"""

from __future__ import annotations

import functools
import http.server
import threading
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ANSWERED = [  # (page, the buyer's words, the seller's question that must come first)
    ("about/", "请问下单以后多久能发货？", "多久发货？"),
    ("about/", "可以用支付宝付款吗", "怎么付款？"),
    ("en/about/", "when will my parcel ship", "How long does shipping take?"),
    ("it/about/", "quanto ci vuole per la spedizione in Italia?", "Spedite in Italia?"),
    ("it/about/", "è fatto a mano?", "Are your products handmade? 是手工做的吗？"),
]
UNANSWERED = [("about/", "你们卖自行车吗？"), ("en/about/", "Do you sell bicycles & tyres?"),
              ("it/about/", "Vendete biciclette?")]


class Quiet(http.server.SimpleHTTPRequestHandler):
    """The exported folder over http, without a log line per request."""

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def about(demo_site):
    """A function opening the demo's about page in one language, and the problems seen."""
    from playwright import sync_api as sync_api
    _shop, site = demo_site
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844},
                                      service_workers="block")
        context.on("weberror", lambda e: problems.append(f"page error: {e.error}"))
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

        def open_page(path: str):
            page.goto(base + path)
            return page

        yield open_page
        browser.close()
    server.shutdown()
    assert problems == []


def ask(page, question: str) -> None:
    """Type the question into the Ask box and send it as a buyer would (Enter)."""
    box = page.locator("[data-ask]")
    box.get_by_role("searchbox").fill(question)
    box.get_by_role("searchbox").press("Enter")


@pytest.mark.parametrize(("path", "question", "expected"), ANSWERED)
def test_the_best_answer_shows(about, path: str, question: str, expected: str) -> None:
    page = about(path)
    ask(page, question)
    answers = page.locator(".ask-answers li")
    assert page.locator(".ask-answers").is_visible()
    assert answers.count() >= 1
    assert answers.first.locator("strong").inner_text() == expected
    assert answers.first.locator("p").inner_text().strip()
    assert page.locator(".ask-contact").is_hidden()
    # "Still need help?" opens the channels with this question in them.
    page.locator(".ask-more").click()
    whatsapp = page.locator(".ask-contact a[href^='https://wa.me/']").get_attribute("href")
    assert unquote(urlsplit(whatsapp).query.removeprefix("text=")) == question


@pytest.mark.parametrize(("path", "question"), UNANSWERED)
def test_no_answer_offers_the_channels_with_the_question(about, path: str,
                                                         question: str) -> None:
    page = about(path)
    ask(page, question)
    assert page.locator(".ask-answers").is_hidden()
    contact = page.locator(".ask-contact")
    assert contact.is_visible()
    lang = page.locator("html").get_attribute("lang")
    none = {"zh-CN": "暂时没有现成的回答", "en": "no ready answer", "it": "risposta pronta"}
    assert none[lang] in contact.locator("p").inner_text()
    whatsapp = contact.locator("a[href^='https://wa.me/']")
    assert whatsapp.is_visible()
    href = whatsapp.get_attribute("href")
    assert href.startswith("https://wa.me/8613800138000?text=")
    assert unquote(urlsplit(href).query.removeprefix("text=")) == question
    mailto = contact.locator("a[href^='mailto:']").get_attribute("href")
    assert mailto.startswith("mailto:orders@xiaoman.example.com?")
    assert parse_qs(urlsplit(mailto).query)["body"] == [question]
    copy = contact.locator("[data-copy-question]")
    assert copy.get_attribute("data-question") == question
    assert "xiaoman_goods" in contact.inner_text()  # the WeChat ID to send it to


def test_a_new_question_replaces_the_last(about) -> None:
    page = about("en/about/")
    ask(page, "how can I pay")
    assert page.locator(".ask-answers li strong").first.inner_text() == "How can I pay?"
    ask(page, "Do you sell bicycles?")
    assert page.locator(".ask-answers").is_hidden()
    assert page.locator(".ask-answers li").count() == 0
    ask(page, "")  # an empty question changes nothing
    assert page.locator(".ask-contact").is_visible()
