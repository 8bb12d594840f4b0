"""The fuzz test's arguments: hostile strings, values by argument, the sandbox of one run,
its input files and output paths (good ones and every trap), and argv for a command."""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tests.safety import corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# --- hostile strings ------------------------------------------------------------------
_BLNS = json.loads((FIXTURES / "hostile" / "blns.json").read_text(encoding="utf-8"))
# No addresses: an unknown argument might be a place to upload to.
HOSTILE = [s for s in _BLNS if s and "://" not in s and len(s) < 300 and "\0" not in s]


def _file_name(text: str) -> str:
    """A hostile string usable as one file name."""
    name = re.sub(r"[/\\\0]", "_", text).strip() or "_"
    return "x" + name[:100] if name in (".", "..") else name[:100]


# --- values by argument ----------------------------------------------------------------
SLUGS = ["tea", "mug", "green-tea", "tea-day", "new-tea", "nope"]
VALUES: dict[str, list[str]] = {
    "product": SLUGS, "collection": SLUGS, "drop": SLUGS, "post": SLUGS,
    "reference": [corpus.ORDER_REFERENCE, "wd-7k3m9q", "WD-AAAAAA"],
    "supplier": ["Acme", "no supplier", "Nobody"],
    "sku": ["A-1", "A-2", "nope"],
    "name": ["Fuzz shop", "小店"],
    "currency": ["CNY", "EUR", "KWD", "JPY", "XYZ", "cny"],
    "language": ["zh-CN", "en", "it", "xx-YY"],
    "timezone": ["Asia/Shanghai", "Europe/Rome", "Mars/Olympus"],
    "at": ["2026-11-22T08:00:00Z", "2026-11-22T08:00:00", "yesterday"],
    "base_url": ["https://shop.example.com/", "javascript:alert(1)", "http://", "/relative"],
    "campaign": ["poster-a4", "a b", "x" * 200],
    "markup": ["10", "-50", "1e30", "abc", "0", "-100"],
    "rate": ["7.8", "0", "-1", "1e40", "nan"],
    "add": ["5", "0.125", "99999999999999999999", "-3", "abc"],
    "fg": ["#000000", "red", "#12345", "#ffffff"],
    "bg": ["#ffffff", "#000000", "blue"],
    "box": ["10", "1", "0", "-1", "101", "100"],
    "bleed": ["0", "3", "-1", "1e9", "nan", "inf"],
    "tracking": ["SF1234567890", ""],
    "note": ["called the buyer", ""],
    "search": ["tea", "WD-", ""],
    "slug": SLUGS,
    "code": ["SPRING10", "NEW5", "spring10", "A B"],
    "start": ["2026-11-22T08:00:00Z", "2026-11-22 08:00", "tomorrow"],
    "end": ["2026-11-23T08:00:00Z", "2026-11-21T08:00:00Z", "2099-01-01 00:00"],
    "preview": ["2026-11-20T08:00:00Z", "2020-01-01T00:00:00Z"],
    "starts": ["2026-11-22T08:00:00Z", "never"], "ends": ["2026-12-22T08:00:00Z", "0"],
    "zone": ["Asia/Shanghai", "Europe/Rome", "Mars/Olympus"],
    "item": ["mug:60:5", "tea", "tea:48", "tea:48:10", "mug::5", "tea:99999999999999999999",
             "tea:-1:0", "nope"],
    "percent": ["10", "0", "100", "101", "-5", "1e9"],
    "amount": ["5", "0.125", "99999999999999999999", "-1"],
    "minimum": ["50", "1.234", "abc"],
    "max_uses": ["1", "0", "-1", "99999999999999999999"],
    "photos_of": SLUGS,
    "title": ["New", "小店新品"],
    "body": ["New tea is in.", "x" * 5000],
    "description": ["A day of tea.", ""],
}


# Values for one command's argument where the general list would not get past its checks.
VALUES_FOR: dict[str, list[str]] = {
    "drops slug": ["tea-day", *SLUGS], "posts slug": ["new-tea", *SLUGS],
    "coupons code": ["NEW5", "SPRING10", "spring10", "A B"],
    "coupons delete code": ["SPRING10", "spring10", "NEW5"],
    "orders status": ["ordered", "shipped", "cancelled", "requested"],
}
# Optional arguments a good run gives, without which the command has nothing to do.
HAPPY_OPTIONS = {"item", "body"}


@dataclass
class Sandbox:
    """One run's folder: the shop in shop/, inputs in in/, outputs go to out/."""

    root: Path
    shop: Path
    outputs: list[Path] = field(default_factory=list)  # paths the command may write
    stdin: str = ""

    @property
    def inputs(self) -> Path:
        return self.root / "in"

    @property
    def out(self) -> Path:
        return self.root / "out"


# --- the corpus: shops, input files, output paths -------------------------------------------
def catalogues() -> list[Path]:
    """The importer's own fixtures: every format, and the malformed ones."""
    return sorted(p for p in (FIXTURES / "stocklists").rglob("*")
                  if p.is_file() and p.suffix != ".py")


def generated_inputs(folder: Path) -> dict[str, Path]:
    """Input files made for the run: catalogues, mappings and messages, good and bad."""
    made: dict[str, bytes] = {
        "good.csv": corpus.SUPPLIER_CSV.replace("A-", "B-").encode(),
        "ambiguous.csv": b"sku,title,price\nC-1,Tea,0.125\nC-2,Cup,2.999\nC-3,Pot,1.234\n",
        "huge.csv": b"sku,title,price,compare at price,quantity\n"
                    b"H-1,Tea,99999999999999999999,1e999,99999999999999999999\n",
        "hostile.csv": ("sku,title,price,description\n" + "".join(
            f'"H{n}","{s.replace(chr(34), chr(39))}",{n},"{s.replace(chr(34), chr(39))}"\n'
            for n, s in enumerate(HOSTILE[:120]))).encode("utf-8", "surrogatepass"),
        "xxe.xml": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">'
                   b']><rss xmlns:g="http://base.google.com/ns/1.0"><channel><item>'
                   b"<g:id>&x;</g:id><title>&x;</title><g:price>1 USD</g:price></item>"
                   b"</channel></rss>",
        "nul.csv": b"sku,title,price\nN-1,Te\0a,1\n\0\0\0",
        "long.csv": b"sku,title,price\nL-1," + b"x" * 1_000_000 + b",5\n",
        "mapping.json": b'{"sku": "sku", "title": "title", "price": "price"}',
        "bad-mapping.json": b'{"sku": ',
        "list-mapping.json": b'["sku"]',
        "message.txt": corpus.order_message().encode(),
        "cut-message.txt": corpus.order_message()[:-20].encode(),
        "chat.txt": "今天发货吗？".encode(),
        "binary.txt": bytes(range(256)) * 4,
    }
    out = {}
    for name, data in made.items():
        path = folder / name
        path.write_bytes(data)
        out[name] = path
    return out


def suffixes(action: argparse.Action) -> list[str]:
    """The endings an output's help names (FILE.png or FILE.svg), else none known."""
    found = re.findall(r"FILE(\.\w+)", f"{action.help or ''} {action.metavar or ''}")
    return list(dict.fromkeys(found)) or [".out"]


def output_files(box: Sandbox, suffix: str) -> dict[str, Path]:
    """Where a file output may be pointed: fine places and every trap."""
    shop, out = box.shop, box.out
    (out / f"dir{suffix}").mkdir(exist_ok=True)
    (out / f"existing{suffix}").write_bytes(b"an older output")
    link = out / f"link{suffix}"
    if not link.exists():
        link.symlink_to(shop)
    disguised = shop.with_name(f"copy{suffix}")
    if shop.is_file():
        shutil.copyfile(shop, disguised)
    return {
        "fresh": out / f"result{suffix}",
        "existing": out / f"existing{suffix}",
        "hostile name": out / (_file_name(random.choice(HOSTILE)) + suffix),
        "the shop": shop,
        "its log": shop.with_name(shop.name + "-wal"),
        "its backup": shop.with_name(shop.name + ".v1.bak"),
        "another shop": shop.with_name("other.weidian"),
        "a shop under another name": disguised,
        "a link to the shop": link,
        "missing folder": out / "nope" / f"x{suffix}",
        "a folder": out / f"dir{suffix}",
        "long name": out / ("x" * 300 + suffix),
        "under the shop": shop / f"x{suffix}",
        "inside the export": out / "site" / f"x{suffix}",
    }


def output_folders(box: Sandbox) -> dict[str, Path]:
    (box.out / "notes.txt").write_text("mine")
    (box.out / "full").mkdir(exist_ok=True)
    (box.out / "full" / "keep.txt").write_text("mine")
    return {
        "fresh": box.out / "site",
        "deep": box.out / "a" / "b" / "site",
        "hostile name": box.out / _file_name(random.choice(HOSTILE)),
        "the shop": box.shop,
        "under the shop": box.shop / "site",
        "the shop's folder": box.shop.parent,
        "a file": box.out / "notes.txt",
        "a full folder": box.out / "full",
        "long name": box.out / ("x" * 300),
    }


# --- building argv for one command ---------------------------------------------------------
def reads_files(parser: argparse.ArgumentParser) -> bool:
    """Whether the command takes a file to read besides the shop (a catalogue, …)."""
    return any(a.type is Path and a.dest not in ("shop", "output", "outdir", "zip")
               for a in parser._actions)


def is_created_shop(action: argparse.Action) -> bool:
    return action.dest == "shop" and "create" in (action.help or "")


def _value(action: argparse.Action, rng: random.Random, happy: bool,
           command: tuple[str, ...]) -> str:
    """A value for ``action``: a good one in a happy run, anything in the others."""
    values = (VALUES_FOR.get(f"{' '.join(command)} {action.dest}")
              or VALUES_FOR.get(f"{command[0]} {action.dest}")
              or ([str(c) for c in action.choices] if action.choices else None)
              or VALUES.get(action.dest))
    if happy:
        return values[0] if values else "fuzz"
    if values and rng.random() < 0.85:
        return rng.choice(values)
    return rng.choice(HOSTILE)


def build_argv(words: tuple[str, ...], parser: argparse.ArgumentParser, box: Sandbox,
               rng: random.Random, pins: dict[str, str | Path], happy: bool) -> list[str]:
    """Arguments for one run; ``pins`` fixes some by destination (the corpus under test);
    a ``happy`` run takes good values, so the command gets past its argument checks."""
    inputs = {p.name: p for p in box.inputs.iterdir()}
    argv: list[str] = list(words)
    groups = [g for g in parser._mutually_exclusive_groups if g.required]
    chosen = {id(rng.choice(g._group_actions)) for g in groups}
    grouped = {id(a) for g in parser._mutually_exclusive_groups for a in g._group_actions}
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        optional = bool(action.option_strings)
        if id(action) in grouped:
            if id(action) not in chosen and (
                    action.dest not in HAPPY_OPTIONS if happy else rng.random() < 0.9):
                continue
        elif optional and not action.required and action.dest not in pins \
                and not (happy and action.dest in HAPPY_OPTIONS) \
                and rng.random() < (0.8 if happy else 0.5):
            continue
        value = _fill(action, box, rng, pins, inputs, happy, words)
        if value is None:
            continue
        if optional:
            argv.append(action.option_strings[-1])
        if isinstance(value, list):
            argv += value
        elif value != "":
            argv.append(value)
    return argv


def _fill(action: argparse.Action, box: Sandbox, rng: random.Random,
          pins: dict[str, str | Path], inputs: dict[str, Path], happy: bool,
          command: tuple[str, ...]) -> str | list[str] | None:
    dest = action.dest
    if action.nargs == 0:  # a flag
        return ""
    if dest in pins:
        value = Path(pins[dest])
        if dest in ("output", "outdir", "zip") or is_created_shop(action):
            box.outputs.append(value)
            if is_created_shop(action) and not value.suffix:
                box.outputs.append(value.with_name(value.name + ".weidian"))  # added
        return str(value)
    if dest == "shop":
        if is_created_shop(action):
            box.outputs.append(box.out / "new.weidian")
            return str(box.out / "new.weidian")
        return str(box.shop)
    if dest in ("output", "zip"):
        suffix = rng.choice(suffixes(action))
        target = box.out / f"result{suffix}"
        box.outputs.append(target)
        return str(target)
    if dest == "outdir":
        box.outputs.append(box.out / "site")
        return str(box.out / "site")
    if dest == "source" and action.nargs == "?":  # "-": the message on standard input
        if not happy and rng.random() < 0.5:
            return None
        box.stdin = (corpus.order_message() if happy else
                     rng.choice([corpus.order_message(), "", rng.choice(HOSTILE)]))
        return "-"
    if dest == "message":
        if happy:
            return None  # the message comes on standard input
        return str(inputs[rng.choice(["message.txt", "cut-message.txt", "chat.txt",
                                      "binary.txt"])])
    if dest == "mapping":
        return str(inputs["mapping.json" if happy else rng.choice([
            "mapping.json", "bad-mapping.json", "list-mapping.json"])])
    if dest == "body_file":
        return str(inputs["message.txt" if happy else rng.choice([
            "message.txt", "binary.txt", "long.csv"])])
    if dest == "file" or action.type is Path:
        return str(inputs["good.csv"] if happy else rng.choice(list(inputs.values())))
    if action.nargs in ("+", "*"):
        return [_value(action, rng, happy, command) for _ in range(rng.randint(1, 2))]
    return _value(action, rng, happy, command)
