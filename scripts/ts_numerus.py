"""Plurals said through QCoreApplication.translate, which pyside6-lupdate misses.

pyside6-lupdate (6.11) knows ``self.tr(text, "", n)`` as a plural, but drops
``QCoreApplication.translate(ctx, text, "", len(x))`` (or keeps it as a plain string when
``n`` is a name). ts_tool calls ``keep_plurals`` around lupdate: the translations of those
messages are read before, and the messages put back as plurals after.
"""

from __future__ import annotations

import ast
import copy
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

# Plural forms per language (Qt's numerus rules); English and the pseudo-locale have two.
FORMS = {"zh_CN": 1, "it": 2, "en": 2, "en_XA": 2}

Key = tuple[str, str]  # (context, source)


def plural_calls(path: Path, helpers: dict[str, str]) -> list[Key]:
    """(context, text) of every translate(ctx, text, disambiguation, n) and helper(text, n)."""
    found = []
    for call in ast.walk(ast.parse(path.read_bytes())):
        if not isinstance(call, ast.Call):
            continue
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = call.args
        if (name == "translate" and len(args) == 4 and isinstance(args[0], ast.Constant)
                and isinstance(args[1], ast.Constant)):
            found.append((str(args[0].value), str(args[1].value)))
        elif (name in helpers and len(args) == 2 and isinstance(func, ast.Name)
              and isinstance(args[0], ast.Constant)):
            found.append((helpers[name], str(args[0].value)))
    return found


def saved_translations(ts: Path, keys: set[Key]) -> dict[Key, ET.Element]:
    """The <translation> of each message in ``keys`` that the .ts already has."""
    if not ts.exists():
        return {}
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            tr = msg.find("translation")
            if key in keys and msg.get("numerus") == "yes" and tr is not None:
                out[key] = copy.deepcopy(tr)
    return out


def restore(ts: Path, language: str, keys: Iterable[Key],
            saved: dict[Key, ET.Element]) -> ET.ElementTree:
    """The .ts with each of ``keys`` present as a plural, its earlier translation kept."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for name, source in keys:
        ctx = contexts.get(name)
        if ctx is None:
            ctx = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
        msg = next((m for m in ctx.iter("message") if m.findtext("source") == source), None)
        if msg is None:
            msg = _child(ctx, "message", 1)
            _child(msg, "source", 2).text = source
        msg.set("numerus", "yes")
        old = msg.find("translation")
        if old is not None:
            msg.remove(old)
        if (name, source) in saved:
            tr = saved[(name, source)]
            msg.append(tr)
        else:
            tr = _child(msg, "translation", 2)
            tr.set("type", "unfinished")
            for _ in range(FORMS.get(language, 2)):
                _child(tr, "numerusform", 3)
        tr.tail = "\n" + "    " * 1
    return tree


def _child(parent: ET.Element, tag: str, depth: int) -> ET.Element:
    """A new element laid out as lupdate lays out its files (four spaces a level)."""
    if len(parent):
        parent[-1].tail = "\n" + "    " * depth
    else:
        parent.text = "\n" + "    " * depth
    child = ET.SubElement(parent, tag)
    child.tail = "\n" + "    " * (depth - 1)
    return child
