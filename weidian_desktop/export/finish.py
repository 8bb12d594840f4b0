"""The files made once every page is: the search pages, 404.html, robots.txt, the sitemap,
the web app manifest, the icons and, last, the service worker, whose version covers every
page of the export.
"""

from __future__ import annotations

import hashlib

from . import assets, seo
from .images import app_icons
from .load import Source
from .marker import SearchEntry, SearchIndex
from .plan import Plan, SiteParts
from .render import Renderer
from .safety import ScriptJson, is_script_safe
from .work import Report


def search_index(source: Source, plan: Plan, renderer: Renderer,
                 reports: list[Report]) -> SearchIndex:
    """This export's search entries: those its renderers made, the last export's whose
    token is unchanged, the rest made here (the search page shows every product's)."""
    index = SearchIndex(plan.search_base)
    rendering = {job.language for job in plan.search}
    for language in source.shop.languages:
        old = plan.old_search.entries.get(language, {})
        if language not in rendering:  # its search page is kept: so are its entries
            index.entries[language] = old
            continue
        made = dict(renderer.entries[language])
        for report in reports:
            made.update(report.entries.get(language, {}))
        index.entries[language] = _entries(source, renderer, language, made, old)
    return index


def _entries(source: Source, renderer: Renderer, language: str,
             made: dict[str, SearchEntry], old: dict[str, SearchEntry]
             ) -> dict[str, SearchEntry]:
    entries: dict[str, SearchEntry] = {}
    missing = []
    for e in source.entries:
        key = str(e.id)
        entry = made.get(key) or old.get(key)
        if entry is not None and e.token is not None and entry.token == e.token:
            entries[key] = entry
        else:  # a page kept while its entry was not (an old marker), or no token
            missing.append(e)
    if missing:
        views = renderer.sites[language].views
        renderer.reader.read(e.id for e in missing)
        for e in missing:
            data = renderer.reader.get(e.id)
            if data is not None:
                entries[str(e.id)] = SearchEntry(e.token or "", views.search_entry(
                    views.product(data)))
        entries = {key: entries[key] for key in map(str, (e.id for e in source.entries))
                   if key in entries}
    if old and not is_script_safe("".join(entry.text for entry in entries.values())):
        # The cache is a file in the output folder: text it holds that script_json could
        # not have written is dropped, and every entry made anew.
        return _entries(source, renderer, language, made, {})
    return entries


def site_files(source: Source, parts: SiteParts, plan: Plan, renderer: Renderer,
               search: SearchIndex) -> dict[str, bytes] | str:
    """The search pages and the site-wide files (or why the logo cannot be an icon)."""
    shop = source.shop
    files: dict[str, bytes] = {}
    for job in plan.search:
        text = ",".join(e.text for e in search.entries[job.language].values())
        files[job.path] = renderer.render(job, search_json=ScriptJson(f"[{text}]"))
    files["404.html"] = renderer.not_found()
    files["robots.txt"] = seo.robots(shop.base_url)
    if shop.base_url:
        files["sitemap.xml"] = seo.sitemap(plan.sitemap)
    files["manifest.webmanifest"] = assets.manifest(shop.name, shop.default_language,
                                                    parts.colors)
    logo = parts.common["shop"].logo
    if plan.icons:
        icons = app_icons(source.logo, parts.colors.color, logo)
        if isinstance(icons, str):
            return icons
        files.update(icons)
    names = parts.names
    # What the service worker saves at once: the styles and scripts, the logo in every
    # page's header, and in each language the pages the offline page lists and the offline
    # page itself. (Not the icon: the browser fetches it for the tab and the home screen,
    # so saving it fetched it twice.)
    core = [names.css, names.js, "manifest.webmanifest",
            *(js for page, js in names.page_js.items() if page != "404.html"),
            *(logo.files if logo is not None else [])]
    for site in renderer.sites.values():
        core += [f"{site.prefix}{p}index.html" for p in ("", "cart/", "search/", "about/",
                                                          "offline/")]
    # The service worker's cache name changes with any page: pages with a digest through
    # the manifest (their inputs), the rest through their bytes.
    hashes = {**renderer.hashes, **{p: hashlib.sha256(d).digest()
                                    for p, d in {**parts.files, **files}.items()}}
    version = hashlib.sha256(b"".join(hashes[p] for p in sorted(hashes)
                                      if p not in plan.manifest)
                             + "\n".join(map("\t".join, plan.manifest.items())).encode()
                             ).hexdigest()[:12]
    files["sw.js"] = assets.service_worker(version, core)
    return files
