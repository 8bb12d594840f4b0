"""Refresh the gettext catalogues of the core and the CLI (scripts/messages).

extract (babel.cfg) -> translations/messages/weidian_desktop.pot -> update the people's
.po files (zh_CN, it) -> regenerate the pseudo-locale (en_XA) -> compile every .mo.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ts_tool import pseudo  # one pseudo-locale for Qt and gettext

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "weidian_desktop"
CONFIG = ROOT / "babel.cfg"
MESSAGES = ROOT / "translations" / "messages"
DOMAIN = "weidian_desktop"
TEMPLATE = MESSAGES / f"{DOMAIN}.pot"
LANGUAGES = ("zh_CN", "it")  # translated by people
PSEUDO = "en_XA"  # generated from the templates
KEYWORDS = {"_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None,
            "NP_": ((1, "c"), 2), "sentence": None, "nsentence": (1, 2)}
COMMENT_TAGS = ("Translators:",)
# Fixed header dates: the catalogues change only when a message does, so branches that
# both refresh them do not conflict on a timestamp.
DATE = datetime(2025, 1, 1, tzinfo=UTC)
# Plural forms as translators of these languages know them (GNU gettext's table); CLDR
# gives Italian a third "many" form for round millions that Qt and most tools do not use.
PLURAL_FORMS = {"zh_CN": "nplurals=1; plural=0;", "it": "nplurals=2; plural=(n != 1);",
                PSEUDO: "nplurals=2; plural=(n != 1);"}
WIDTH = 96


def po_path(language: str) -> Path:
    """translations/messages/<language>/LC_MESSAGES/weidian_desktop.po"""
    return MESSAGES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    """translations/messages/<language>/LC_MESSAGES/weidian_desktop.mo"""
    return po_path(language).with_suffix(".mo")


# --- extracting -------------------------------------------------------------------------

def extract(root: Path = ROOT) -> Catalog:
    """The template: every message of the sources under ``root``/weidian_desktop."""
    with CONFIG.open(encoding="utf-8") as fp:
        method_map, options_map = parse_mapping_cfg(fp)
    template = _new_catalog(None)
    package = root / PACKAGE
    for filename, lineno, message, comments, context in extract_from_dir(
            package, method_map, options_map, keywords=KEYWORDS, comment_tags=COMMENT_TAGS,
            strip_comment_tags=True):
        template.add(message, None, [(f"{PACKAGE}/{filename}", lineno)],
                     auto_comments=comments, context=context)
    return template


def committed_tree(dest: Path) -> Path | None:
    """The package as committed (git HEAD) under ``dest``; None without git.

    Lets the test judge what was committed, not a colleague's half-written module.
    """
    try:
        listed = subprocess.run(["git", "ls-files", "--", PACKAGE], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    for rel in listed:
        if not rel.endswith(".py"):
            continue
        shown = subprocess.run(["git", "show", f"HEAD:{rel}"], cwd=ROOT, capture_output=True)
        if shown.returncode == 0:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            (dest / rel).write_bytes(shown.stdout)
    return dest


# --- reading and writing catalogues -----------------------------------------------------

def _new_catalog(language: str | None) -> Catalog:
    catalog = Catalog(locale=language, domain=DOMAIN, project="Weidian Desktop",
                      copyright_holder="Weidian Desktop developers",
                      last_translator="Weidian Desktop developers",
                      language_team=language or "",
                      creation_date=DATE, revision_date=DATE, fuzzy=False,
                      header_comment="# Messages of Weidian Desktop's core and command line.\n"
                                     "# Made by scripts/messages; see translations/README.md.")
    if language in PLURAL_FORMS:
        catalog = _with_plural_forms(catalog, PLURAL_FORMS[language])
    return catalog


def _with_plural_forms(catalog: Catalog, forms: str) -> Catalog:
    # Babel takes a header's Plural-Forms only when reading a .po: write, edit, read back.
    buf = io.BytesIO()
    write_po(buf, catalog, width=0)
    lines = [line for line in buf.getvalue().decode().splitlines()
             if not line.startswith('"Plural-Forms:')]
    at = next(i for i, line in enumerate(lines) if line.startswith('"Content-Type:'))
    lines.insert(at, f'"Plural-Forms: {forms}\\n"')
    return read_po(io.StringIO("\n".join(lines) + "\n"), locale=catalog.locale)


def read(path: Path) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp)


def render_po(catalog: Catalog) -> bytes:
    """The .po text we commit: sorted, file names without line numbers, no obsolete ones."""
    catalog.creation_date = DATE
    catalog.revision_date = DATE
    buf = io.BytesIO()
    write_po(buf, catalog, width=WIDTH, sort_output=True, ignore_obsolete=True,
             include_lineno=False)
    # Babel fills a missing version and bug address with placeholders: the app has none.
    text = buf.getvalue().replace(b"Weidian Desktop VERSION", b"Weidian Desktop")
    return re.sub(rb'"Report-Msgid-Bugs-To: [^"]*"\n', b"", text)


def render_mo(catalog: Catalog) -> bytes:
    """What a .po compiles to (fuzzy entries left out, as gettext does)."""
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def _write_if_changed(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)


def messages(catalog: Catalog) -> list[Message]:
    """Every real message (not the header)."""
    return [m for m in catalog if m.id]


def is_unfinished(message: Message) -> bool:
    """True when a translation is missing or marked fuzzy."""
    if message.fuzzy:
        return True
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    return not strings or not all(s and s.strip() for s in strings)


def key(message: Message) -> tuple[str | None, str]:
    """(context, singular msgid)."""
    msgid = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
    return message.context, msgid


# --- the pseudo-locale ------------------------------------------------------------------

def pseudo_text(text: str) -> str:
    """The pseudo-locale's text: leading and trailing blanks ("usage: ", "\\n") stay outside."""
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return text[:start] + pseudo(core) + text[start + len(core):]


def pseudo_catalog(template: Catalog) -> Catalog:
    """en_XA: every message accented, longer and in brackets, placeholders intact."""
    catalog = _new_catalog(PSEUDO)
    for message in messages(template):
        if isinstance(message.id, (list, tuple)):
            string: str | tuple[str, ...] = tuple(pseudo_text(form) for form in message.id)
        else:
            string = pseudo_text(message.id)
        catalog.add(message.id, string, message.locations, auto_comments=message.auto_comments,
                    context=message.context)
    return catalog


# --- commands ---------------------------------------------------------------------------

def update(template: Catalog, language: str) -> Catalog:
    """The language's catalogue merged with the template (new messages empty, gone ones out)."""
    path = po_path(language)
    catalog = read(path) if path.exists() else _new_catalog(language)
    catalog.update(template, update_creation_date=False)
    catalog.fuzzy = False
    return catalog


def refresh() -> None:
    """Extract, update zh_CN and it, regenerate en_XA, compile every .mo."""
    template = extract()
    _write_if_changed(TEMPLATE, render_po(template))
    for language in LANGUAGES:
        _write_if_changed(po_path(language), render_po(update(template, language)))
    _write_if_changed(po_path(PSEUDO), render_po(pseudo_catalog(template)))
    release()


def release() -> None:
    """Compile every .po into its .mo."""
    for language in (*LANGUAGES, PSEUDO):
        _write_if_changed(mo_path(language), render_mo(read(po_path(language))))


def status() -> dict[str, tuple[int, int]]:
    """Per language: (messages, unfinished)."""
    result = {}
    for language in (*LANGUAGES, PSEUDO):
        msgs = messages(read(po_path(language)))
        result[language] = (len(msgs), sum(is_unfinished(m) for m in msgs))
    return result


Lookup = Callable[[Message], "str | list[str] | None"]


def fill(language: str, lookup: Lookup) -> int:
    """Set translations from ``lookup(message) -> str | [forms] | None``; returns how many."""
    catalog = read(po_path(language))
    count = 0
    for message in messages(catalog):
        value = lookup(message)
        if value is None:
            continue
        if isinstance(message.id, (list, tuple)):
            forms = [value] if isinstance(value, str) else list(value)
            message.string = tuple(forms[min(i, len(forms) - 1)]
                                   for i in range(catalog.num_plurals))
        else:
            message.string = value if isinstance(value, str) else value[0]
        message.flags.discard("fuzzy")
        count += 1
    _write_if_changed(po_path(language), render_po(catalog))
    return count


CONTEXT = "msgctxt:"  # a table key for the messages of one pgettext context


def table_lookup(table: dict) -> Lookup:
    """{msgid: text or [forms]} or {"msgctxt:ctx": {msgid: …}} as a lookup for ``fill``."""
    def lookup(message: Message):
        context, msgid = key(message)
        if context is not None:
            scoped = table.get(CONTEXT + context)
            return scoped.get(msgid) if isinstance(scoped, dict) else None
        value = table.get(msgid)
        return None if isinstance(value, dict) else value
    return lookup


def todo(language: str) -> dict:
    """The unfinished messages as a table to fill: {msgid: ""} or {msgid: [plural, ""]}."""
    out: dict = {}
    for message in messages(read(po_path(language))):
        if not is_unfinished(message):
            continue
        context, msgid = key(message)
        value: object = [message.id[1], ""] if isinstance(message.id, (list, tuple)) else ""
        (out.setdefault(CONTEXT + context, {}) if context else out)[msgid] = value
    return out


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: refresh (default), release, status, todo LANG, fill FILE.json LANG."""
    parser = argparse.ArgumentParser(prog="scripts/messages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("refresh", help="extract + update + pseudo-locale + compile (the default)")
    sub.add_parser("release", help="only compile the .mo files")
    sub.add_parser("status", help="count messages and unfinished ones per language")
    todo_cmd = sub.add_parser("todo", help="print the unfinished messages as JSON to fill")
    todo_cmd.add_argument("language", choices=LANGUAGES)
    fill_cmd = sub.add_parser("fill", help="set translations from a JSON file "
                              '{msgid: text or [forms]} or {"msgctxt:ctx": {msgid: …}}')
    fill_cmd.add_argument("json_file", type=Path)
    fill_cmd.add_argument("language", choices=LANGUAGES)
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "todo":
        json.dump(todo(args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.command in (None, "refresh"):
        refresh()
    elif args.command == "release":
        release()
    elif args.command == "fill":
        table = json.loads(args.json_file.read_text(encoding="utf-8"))
        print(f"filled {fill(args.language, table_lookup(table))} messages")
        release()
    for lang, (total, unfinished) in status().items():
        print(f"{lang}: {total} messages, {unfinished} unfinished")
    return 0


def extract_committed_and_working() -> set[tuple[str | None, str]]:
    """Messages both committed and in the working tree (what the catalogues must hold)."""
    with tempfile.TemporaryDirectory(prefix="wd-extract-") as tmp:
        committed = committed_tree(Path(tmp))
        head = {key(m) for m in messages(extract(committed or ROOT))}
    return head & {key(m) for m in messages(extract())}


if __name__ == "__main__":
    sys.exit(main())
