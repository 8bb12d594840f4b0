"""The export leans on two library details for speed (figures: benchmarks/bench_export.py,
export.t_call_fast_path_* and export.price_text_*). These tests fail when the library
changes under them, so the trick is looked at again rather than silently wrong or idle.
PriceText against Babel: tests/export/test_incremental.py::test_price_text_matches_babel."""

from __future__ import annotations

import inspect

import pytest
from jinja2 import DictLoader, Environment
from jinja2.runtime import Context

from weidian_desktop.export import render
from weidian_desktop.export.words import Words

SOURCE = "{{ t('cart.count', n=3) }}|{{ t('shop.cart') }}|{{ twice(2) }}|{{ ctx_name() }}"


def _page(env: Environment) -> str:
    from jinja2 import pass_context

    env.loader = DictLoader({"page": SOURCE})
    return env.get_template("page").render(
        t=Words("en"), twice=lambda n: n * 2, ctx_name=pass_context(lambda ctx: ctx["name"]),
        name="pass_context still works")


def test_jinja_still_calls_every_template_call_through_context_call(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path for t() sits in Context.call: if Jinja stops routing calls through
    it (or renames its arguments), the override would do nothing, or break calls."""
    kinds = [p.kind for p in inspect.signature(Context.call).parameters.values()]
    assert kinds == [inspect.Parameter.POSITIONAL_OR_KEYWORD] * 2 + [
        inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD]
    seen: list[object] = []
    real = render._Context.call

    def spy(__self, __obj, *args, **kwargs):
        seen.append(__obj)
        return real(__self, __obj, *args, **kwargs)

    monkeypatch.setattr(render._Context, "call", spy)
    fast = Environment(autoescape=True)
    fast.context_class = render._Context
    plain = Environment(autoescape=True)
    assert _page(fast) == _page(plain)
    assert sum(type(obj) is Words for obj in seen) == 2 and len(seen) == 4


def test_the_shops_environment_uses_the_fast_context() -> None:
    assert render.environment().context_class is render._Context
