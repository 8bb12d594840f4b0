"""Every command of the command line over damaged shop files, hostile catalogues and output
paths. Each run must end in exit status 0, 1 or 2 without a traceback, and change nothing
it was not asked to change: sha256 of every file in its sandbox before and after.

The commands are read from the argparse parser, so commands added later are fuzzed too;
their arguments are filled by destination name (SHOP, FILE, OUTDIR, -o …, slugs, codes,
amounts) and choices, with hostile strings where nothing better is known.

CI runs every command against the whole corpus once (a few seconds per command).
``WEIDIAN_FUZZ_CASES=N`` adds N random cases per command and ``WEIDIAN_FUZZ_SEED`` picks
another sequence, for a longer run:

    WEIDIAN_FUZZ_CASES=300 .venv/bin/python -m pytest tests/safety/test_fuzz.py
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import shutil
import signal
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.safety import corpus
from tests.safety.conftest import run_cli
from tests.safety.fuzz_args import (
    Sandbox,
    build_argv,
    catalogues,
    generated_inputs,
    is_created_shop,
    output_files,
    output_folders,
    reads_files,
    suffixes,
)
from weidian_desktop.cli import build_parser
from weidian_desktop.commands import COMMANDS as COMMAND_NAMES

EXTRA_CASES = int(os.environ.get("WEIDIAN_FUZZ_CASES", "0"))
SEED = os.environ.get("WEIDIAN_FUZZ_SEED", "1")
SECONDS_PER_RUN = 90  # one command on a small shop takes well under a second


def _commands() -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable command: (words, its parser), nested sub-commands included."""
    def walk(parser: argparse.ArgumentParser, words: tuple[str, ...]
             ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            yield words, parser
            return
        for name, sub in subs[0].choices.items():
            yield from walk(sub, (*words, name))
    return list(walk(build_parser(*COMMAND_NAMES), ()))  # every command fully built


COMMANDS = _commands()
# Commands that only read the shop: its bytes and what lies beside it never change.
READERS = {("qr",), ("poster",), ("share",)}

SHOPS = {"good_shop": corpus.good_shop, **corpus.DAMAGED}
# Shops whose bytes a writer may change even when the command then fails: opening for
# writing completes what the file needs first (a crashed writer's log is checkpointed,
# an older format migrated after its backup, a version number another tool changed put
# right); a reader never does.
RECOVERED = {"shop_crashed", "shop_crashed_log_only", "shop_v1", "shop_version_0",
             "shop_version_1"}



# --- one run and its verdict ---------------------------------------------------------------
def _alarm(signum: int, frame: object) -> None:
    raise TimeoutError(f"the command ran longer than {SECONDS_PER_RUN} s")


def _allowed(path: str, box: Sandbox, may_change_shop: bool) -> bool:
    """Whether the sandbox file ``path`` (relative) may have changed or appeared."""
    full = box.root / path
    for target in box.outputs:
        target = Path(os.path.abspath(target))
        if full == target or full.is_relative_to(target):
            return True
        if full.is_dir() and target.is_relative_to(full):  # folders made on the way
            return True
        # share writes a post's grid as FILE-1.png … FILE-9.png
        if full.parent == target.parent and re.fullmatch(
                re.escape(target.stem) + r"-\d+" + re.escape(target.suffix), full.name):
            return True
    shop = box.shop
    return may_change_shop and full.parent == shop.parent and full.name.startswith(shop.name)


def run_case(words: tuple[str, ...], parser: argparse.ArgumentParser, root: Path,
             cache: Path, shop_kind: str, rng: random.Random,
             pins: dict[str, str | Path] | None = None, output: str | None = None,
             happy: bool = False) -> str | None:
    """Run one case; None when every rule held, else what went wrong."""
    (root / "shop").mkdir(parents=True)
    shop = corpus.copy_of(SHOPS[shop_kind], root / "shop", cache)
    box = Sandbox(root, shop)
    box.inputs.mkdir()
    box.out.mkdir()
    if reads_files(parser):
        for source in catalogues():
            shutil.copyfile(source, box.inputs / source.name)
        generated_inputs(box.inputs)
    pins = dict(pins or {})
    if output is not None:
        dest, name = output.split(":", 1)
        action = next(a for a in parser._actions if a.dest == dest)
        pins[dest] = (output_folders(box)[name] if dest == "outdir" else
                      output_files(box, rng.choice(suffixes(action)))[name])
    argv = build_argv(words, parser, box, rng, pins, happy)
    before = corpus.digests(root)
    listed = set(corpus.names(root))
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(box.stdin)
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS_PER_RUN)
    try:
        result = run_cli(*argv)
    except BaseException:  # every escape is a finding, reported whole
        return f"{argv}: an exception escaped:\n{traceback.format_exc()}"
    finally:
        signal.alarm(0)
        sys.stdin = old_stdin
    problems = []
    if result.code not in (0, 1, 2):
        problems.append(f"exit status {result.code}")
    if "Traceback" in result.err or "Traceback" in result.out:
        problems.append("a traceback was printed")
    may_change_shop = words not in READERS and (result.code == 0 or shop_kind in RECOVERED)
    after = corpus.digests(root)
    changed = {p for p in set(before) | set(after) if before.get(p) != after.get(p)}
    changed |= set(corpus.names(root)) - listed
    if result.code != 0:
        box.outputs = []  # a refusal writes nothing at all
    wrong = sorted(p for p in changed if not _allowed(p, box, may_change_shop))
    if wrong:
        problems.append(f"changed what it was not asked to: {wrong[:5]}")
    if not problems:
        return None
    return f"{argv} (exit {result.code}): {'; '.join(problems)}\n{result.err[-2000:]}"


def _cases(words: tuple[str, ...], parser: argparse.ArgumentParser
           ) -> Iterator[tuple[str, dict, str | None]]:
    """(shop, pinned arguments, output trap) for every case of this command."""
    yield "good_shop", {}, None
    if any(is_created_shop(a) for a in parser._actions):
        for target in ("shop/shop.weidian", "shop/shop.weidian/new.weidian",
                       "out/nope/new.weidian", "out/" + "x" * 300 + ".weidian",
                       "shop/shop.weidian-wal"):
            yield "good_shop", {"shop": target}, None
    else:
        for kind in corpus.DAMAGED:
            yield kind, {}, None
    for action in parser._actions:
        if action.dest == "outdir":
            for name in ("fresh", "deep", "hostile name", "the shop", "under the shop",
                         "the shop's folder", "a file", "a full folder", "long name"):
                yield "good_shop", {}, f"outdir:{name}"
        elif action.dest in ("output", "zip"):
            for name in ("fresh", "existing", "hostile name", "the shop", "its log",
                         "its backup", "another shop", "a shop under another name",
                         "a link to the shop", "missing folder", "a folder", "long name",
                         "under the shop", "inside the export"):
                yield "good_shop", {}, f"{action.dest}:{name}"
    if any(a.dest == "file" for a in parser._actions):
        for source in catalogues():
            yield "good_shop", {"file": f"in/{source.name}"}, None
        for name in ("ambiguous.csv", "huge.csv", "hostile.csv", "xxe.xml", "nul.csv",
                     "long.csv", "good.csv", "binary.txt"):
            yield "good_shop", {"file": f"in/{name}"}, None
        yield "good_shop", {"file": "shop/shop.weidian"}, None  # the shop as a catalogue
        yield "good_shop", {"file": "in"}, None  # a folder
        yield "good_shop", {"file": "in/missing.csv"}, None
    for _ in range(_random_cases(parser)):
        yield random.choice(list(SHOPS)), {}, None


def _random_cases(parser: argparse.ArgumentParser) -> int:
    """Random combinations per command (a new shop is a whole build: fewer of those)."""
    creates = any(is_created_shop(a) for a in parser._actions)
    return (0 if creates else 3) + EXTRA_CASES


@pytest.mark.slow
@pytest.mark.parametrize("words", [w for w, _p in COMMANDS], ids=" ".join)
def test_fuzz_command(words: tuple[str, ...], tmp_path: Path, corpus_cache: Path) -> None:
    parser = dict(COMMANDS)[words]
    rng = random.Random(f"{SEED}:{' '.join(words)}")
    random.seed(f"{SEED}:{' '.join(words)}")
    failures = []
    cases = list(_cases(words, parser))
    cases_with_good_values = len(cases) - _random_cases(parser)
    for n, (kind, pins, output) in enumerate(cases):
        root = tmp_path / f"case{n}"
        # Pinned relative paths point into the case's own sandbox.
        resolved = {k: (root / v if isinstance(v, str) and ("/" in v or v == "in") else v)
                    for k, v in pins.items()}
        # The corpus cases take good values, so it is the shop or path under test that is
        # bad; the random ones take anything.
        happy = n < cases_with_good_values
        verdict = run_case(words, parser, root, corpus_cache, kind, rng, resolved, output,
                           happy)
        if verdict:
            failures.append(f"[{kind}{', ' + output if output else ''}] {verdict}")
        shutil.rmtree(root, ignore_errors=True)
    assert not failures, f"{len(failures)} failing runs:\n\n" + "\n\n".join(failures[:10])


def test_every_command_is_fuzzed() -> None:
    """The list comes from the parser: a command added later is in it without a change."""
    names = {" ".join(w) for w, _p in COMMANDS}
    assert {"new", "demo", "check", "import", "pick", "export", "qr", "poster", "share",
            "orders add", "orders po"} <= names
