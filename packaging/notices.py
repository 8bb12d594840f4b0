"""Write THIRD-PARTY-NOTICES: the licences of everything the app ships besides its own code.

    python packaging/notices.py                 rewrite THIRD-PARTY-NOTICES (commit it)
    python packaging/notices.py --bundle DIR    the notices of a built app folder: the same
                                                text, plus the versions in it and (Linux)
                                                the system libraries it carries

The committed file covers Qt and PySide6, Python, the fonts and every Python library the
app needs at run time (the dependencies in pyproject.toml and theirs, found through the
installed packages' metadata, with the licence texts they ship). tests/test_notices.py holds
the file to that list. Licence texts that packages do not carry (the GNU LGPL and GPL for
Qt) come from Debian's /usr/share/common-licenses, so regenerate it on Debian.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import sysconfig
import tomllib
from email.message import Message
from importlib import metadata
from pathlib import Path
from typing import cast

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
NOTICES = ROOT / "THIRD-PARTY-NOTICES"
COMMON_LICENSES = Path("/usr/share/common-licenses")
RULE = "=" * 78
# Distributions whose licence section is written by hand below (Qt's bindings), and pip,
# which sqlite-utils requires for a command of its own that the app never runs (the bundle
# leaves pip out; pipx installs its own).
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
NOT_SHIPPED = {"pip"}
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

HEADER = """\
THIRD-PARTY NOTICES
Weidian Desktop

Weidian Desktop itself is free software under the MIT licence (the file LICENSE). The
app, as downloaded or installed with pip/pipx, also contains or uses the software below,
each under its own licence, reproduced here as its authors ask.

  1. Qt and Qt for Python (PySide6, shiboken6): GNU LGPL version 3
  2. Python: PSF License
  3. Fonts: Weidian Sans (DejaVu Sans and Droid Sans Fallback)
  4. Python libraries the app uses:
       {libraries}
  5. In a download built with scripts/bundle: the versions it holds and, on Linux, the
     system libraries it carries (added when the download is built)
  Appendix A: GNU Lesser General Public License version 3
  Appendix B: GNU General Public License version 3
"""

QT_SECTION = """\
1. Qt and Qt for Python (PySide6, shiboken6)

Qt 6 is copyright (C) The Qt Company Ltd. and other contributors; Qt for Python (the
PySide6 and shiboken6 packages) is copyright (C) The Qt Company Ltd. Weidian Desktop uses
them under the GNU Lesser General Public License version 3 (Appendix A, which adds to the
GNU General Public License version 3 in Appendix B). Qt is not modified.

The download keeps Qt and PySide6 as the unmodified shared libraries of the PySide6
packages published on PyPI, as separate files in the app's folder (on Linux and Windows
under _internal/PySide6/, on macOS inside Weidian Desktop.app/Contents/Frameworks/), so
you may replace them with your own build of the same Qt and PySide6 version; the app
loads whatever is there. The version is in section 5 and in the app's About box. The
source code of Qt and of Qt for Python for every version is published by The Qt Company
at https://download.qt.io/official_releases/ and https://code.qt.io/ ; the PySide6
packages' own source is at https://pypi.org/project/PySide6-Essentials/ .
"""

FONTS_SECTION = """\
3. Fonts: Weidian Sans

resources/fonts/WeidianSans.ttf, used in posters, labels, share images and purchase
orders, merges DejaVu Sans 2.37 (Bitstream Vera licence, DejaVu changes in the public
domain) with Droid Sans Fallback Full (Apache License 2.0), as resources/fonts/README.md
describes. Copyright (C) 2006-2010 Google Corp. (Droid is a trademark of Google Corp.).
Copyright (C) 2003 Bitstream, Inc. (Bitstream Vera is a trademark of Bitstream, Inc.).
Modified by the Weidian Desktop developers; renamed as the Bitstream Vera licence asks.
"""


def runtime_distributions() -> list[metadata.Distribution]:
    """pyproject's dependencies and all of theirs, as installed here (markers applied)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    environment = {key: str(value) for key, value in default_environment().items()}
    environment["extra"] = ""
    seen: dict[str, metadata.Distribution] = {}
    queue = [Requirement(text) for text in project["dependencies"]]
    while queue:
        requirement = queue.pop()
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        key = canonicalize_name(requirement.name)
        if key in seen:
            continue
        dist = metadata.distribution(requirement.name)
        seen[key] = dist
        queue.extend(Requirement(text) for text in dist.requires or [])
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_name(dist: metadata.Distribution) -> str:
    meta = cast(Message, dist.metadata)  # an email message: .get, .get_all
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = (meta.get("License") or "").strip()
    if licence and len(licence) < 100 and "\n" not in licence:
        return licence
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and "OSI Approved" != c.split(" :: ")[-1]]
    return ", ".join(classifiers) or "see the licence text below"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of every licence file the distribution carries, in its order."""
    texts = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        name = "/".join(parts[1:])
        if not LICENSE_FILE.search(name) or name.endswith((".json", ".spdx")):
            continue
        text = Path(str(file.locate())).read_text(encoding="utf-8", errors="replace")
        if text.strip():
            texts.append((name, text.strip()))
    return texts


def library_section(dists: list[metadata.Distribution]) -> str:
    out = ["4. Python libraries the app uses", ""]
    for dist in dists:
        meta = cast(Message, dist.metadata)
        out += [RULE, f"{meta['Name']} ({licence_name(dist)})"]
        home = meta.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or []
             if u.lower().startswith(("homepage", "source", "repository"))), "")
        if home:
            out.append(home)
        out.append("")
        texts = licence_texts(dist)
        if not texts:
            out += ["(This package ships no licence file; its metadata names the licence "
                    "above.)", ""]
        for name, text in texts:
            out += [f"--- {name} ---", text, ""]
    return "\n".join(out)


def python_section() -> str:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8").strip()
            break
    else:
        raise SystemExit("Python's LICENSE.txt was not found beside its standard library")
    return ("2. Python\n\nThe download carries the Python interpreter and the parts of its "
            "standard library the app uses.\n\n" + text + "\n")


def gnu_appendix() -> str:
    out = []
    for title, name in (("Appendix A: GNU Lesser General Public License version 3", "LGPL-3"),
                        ("Appendix B: GNU General Public License version 3", "GPL-3")):
        path = COMMON_LICENSES / name
        if not path.is_file():
            raise SystemExit(f"{path} is missing: regenerate the notices on Debian")
        out += [RULE, title, "", path.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(out)


def notices_text() -> str:
    dists = [d for d in runtime_distributions()
             if canonicalize_name(d.metadata["Name"]) not in QT_DISTRIBUTIONS | NOT_SHIPPED]
    names = ", ".join(d.metadata["Name"] for d in dists)
    header = HEADER.format(libraries=_wrap(names, 7))
    parts = [header, RULE, QT_SECTION, RULE, python_section(), RULE, FONTS_SECTION,
             "Licence texts: the Bitstream Vera licence and the Apache License 2.0 follow.\n",
             "--- LICENSE-DejaVu.txt ---",
             (ROOT / "resources/fonts/LICENSE-DejaVu.txt").read_text(encoding="utf-8").strip(),
             "", "--- LICENSE-Apache-2.0.txt ---",
             (ROOT / "resources/fonts/LICENSE-Apache-2.0.txt").read_text(
                 encoding="utf-8").strip(), "",
             RULE, library_section(dists), gnu_appendix()]
    return "\n".join(parts).rstrip() + "\n"


def _wrap(text: str, indent: int, width: int = 86) -> str:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width - indent:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return ("\n" + " " * indent).join(lines)


# --- a built download ------------------------------------------------------------------
def bundle_section(folder: Path) -> str:
    """Section 5 for a built app folder: versions, and the Linux system libraries in it."""
    out = [RULE, "5. In this download", "",
           f"Built with Python {sys.version.split()[0]} on {sys.platform}. Versions:", ""]
    for dist in runtime_distributions():
        if canonicalize_name(dist.metadata["Name"]) in NOT_SHIPPED:
            continue
        out.append(f"  {dist.metadata['Name']} {dist.version}")
    if sys.platform.startswith("linux"):
        out += ["", *system_libraries(folder)]
    return "\n".join(out) + "\n"


def system_libraries(folder: Path) -> list[str]:
    """The Debian packages whose libraries the folder carries, with their copyright files."""
    names = sorted({lib.name for lib in folder.rglob("*.so*")
                    if not lib.is_symlink() and "PySide6" not in lib.parts
                    and "python3" not in str(lib.parent) and ".libs" not in str(lib.parent)
                    and not lib.name.startswith("libpython")})  # Python: section 2
    # One dpkg call for all ("package: /path" per match); a library no package owns was
    # built with a Python package above (or with Python itself).
    result = subprocess.run(["dpkg", "-S", *(f"*/{name}" for name in names)],
                            capture_output=True, text=True)
    packages: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        name = Path(path.strip()).name
        if name in names and not any(name in libs for libs in packages.values()):
            packages.setdefault(package.split(":")[0], []).append(name)
    if not packages:
        return []
    out = ["The Linux download carries these libraries of the Debian system it was built",
           "on (Debian 12), each with its Debian copyright file:", ""]
    for package, libs in sorted(packages.items()):
        out.append(f"  {package}: {', '.join(libs)}")
    out.append("")
    for package in sorted(packages):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            out += [RULE, f"Debian package {package}", "",
                    copyright_file.read_text(encoding="utf-8", errors="replace").strip(), ""]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="a built app folder to write them into")
    args = parser.parse_args(argv)
    if args.bundle is None:
        NOTICES.write_text(notices_text(), encoding="utf-8")
        print(f"wrote {NOTICES}")
        return 0
    text = NOTICES.read_text(encoding="utf-8") + bundle_section(args.bundle)
    for dest in (args.bundle / "THIRD-PARTY-NOTICES",
                 *args.bundle.rglob("weidian_desktop/THIRD-PARTY-NOTICES")):
        dest.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
