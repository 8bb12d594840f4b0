"""Digests of what pages share: template and static files, shop settings, common values.

A page's manifest entry is the digest of its own data (a product's change token, a
collection's digest: pages.PageJob.digest) prefixed with its template's base fingerprint
here; a change to anything in either re-renders the page, nothing else does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, fields, is_dataclass

from jinja2 import Environment, TemplateNotFound, meta

from .. import __version__
from ..resources import translations_dir
from . import assets
from .load import Source
from .render import TEMPLATES

_NAMES: dict[tuple[str, str], set[str]] = {}  # (template, files digest) -> its names


def template_names(env: Environment, template: str) -> set[str]:
    """Every variable a template and the templates it pulls in may read (jinja2.meta)."""
    names: set[str] = set()
    todo, seen = [template], set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            source = env.loader.get_source(env, name)[0]  # type: ignore[union-attr]
        except TemplateNotFound:
            continue  # an "ignore missing" include that is not there
        ast = env.parse(source)
        names |= meta.find_undeclared_variables(ast)
        todo += [n for n in meta.find_referenced_templates(ast) if isinstance(n, str)]
    return names


def files_fingerprint() -> str:
    """Templates, scripts, styles and the shop's words: a change to any re-renders all."""
    digest = hashlib.sha256(__version__.encode())
    for folder in (TEMPLATES, assets.STATIC, translations_dir() / "shop"):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _plain(value: object) -> object:
    """A view as JSON sees it: a dataclass by its fields (a NamedTuple is a list)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    return str(value)


def base_fingerprint(source: Source, common: dict, env: Environment, template: str,
                     files_digest: str) -> str:
    """What every page of ``template`` shares: files, words, shop settings, collections.

    Only the shared values the template mentions count, so data for other pages (a
    drop's live status, which moves with the clock) does not re-render every product.
    """
    # Parsing the templates costs 40 ms an export; the files' digest names their content.
    key = (template, files_digest)
    if key not in _NAMES:
        _NAMES[key] = template_names(env, template)
    used = _NAMES[key]
    common = {k: v for k, v in common.items() if k in used}
    digest = hashlib.sha256(files_digest.encode())
    collections = [(c.id, c.slug, c.title) for c in source.collections]
    digest.update(json.dumps([asdict(source.shop), collections, common], sort_keys=True,
                             default=_plain, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()
