"""Build the self-contained app and its download: what scripts/bundle runs.

1. PyInstaller builds the one-folder app from packaging/weidian-desktop.spec.
2. The folder gets what a seller needs beside the program: the licences, a short README,
   and on Linux the desktop files (share/) with the ./install and ./uninstall scripts.
3. It is packed for download: ``weidian-desktop-<version>-linux-x86_64.tar.gz`` on Linux,
   a .zip of the folder on Windows, a .zip of "Weidian Desktop.app" on macOS.

Usage: python packaging/build.py [--out DIR] [--work DIR] [--no-archive]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
import notices  # noqa: E402

from weidian_desktop import APP_ID, SHOP_MIME_TYPE, __version__  # noqa: E402

NAME = "weidian-desktop"
ICON_SIZES = ("16x16", "22x22", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256",
              "512x512", "scalable")


def target() -> str:
    """``linux-x86_64``, ``windows-x86_64``, ``macos-arm64`` …: the archive's suffix."""
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform,
                                                                          sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def run_pyinstaller(work: Path) -> Path:
    """The one-folder app PyInstaller made: ``work/dist/weidian-desktop``."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(HERE / "weidian-desktop.spec"),
         "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build")],
        check=True, cwd=ROOT)
    return work / "dist" / NAME


def add_linux_files(folder: Path) -> None:
    """share/ (desktop entry, MIME type, metainfo, icons) and the install scripts."""
    linux = HERE / "linux"
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    # The app's icon is the shop file's icon too, under the name shared-mime-info gives it.
    mime_icon = SHOP_MIME_TYPE.replace("/", "-")
    for size in ICON_SIZES:
        source = HERE / "icons" / "hicolor" / size / "apps"
        for picture in source.iterdir():
            for kind, name in (("apps", picture.name),
                               ("mimetypes", mime_icon + picture.suffix)):
                dest = share / "icons" / "hicolor" / size / kind
                dest.mkdir(parents=True, exist_ok=True)
                shutil.copy2(picture, dest / name)
    for script in ("install", "uninstall"):
        shutil.copy2(linux / script, folder / script)
        (folder / script).chmod(0o755)
    shutil.copy2(linux / "README.txt", folder / "README.txt")


def assemble(app: Path, out: Path) -> Path:
    """The folder a seller unpacks: the app plus licences (and the Linux desktop files)."""
    folder = out / f"{NAME}-{__version__}"
    if folder.exists():
        shutil.rmtree(folder)
    out.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin":
        folder.mkdir()
        shutil.move(str(app.parent / "Weidian Desktop.app"), folder / "Weidian Desktop.app")
    else:
        shutil.move(str(app), folder)
    shutil.copy2(ROOT / "LICENSE", folder / "LICENSE")
    # The notices with what this build holds: versions, and the system libraries on Linux
    # (written beside the program and where the About box reads them).
    notices.main(["--bundle", str(folder)])
    if sys.platform.startswith("linux"):
        add_linux_files(folder)
    return folder


def archive(folder: Path) -> Path:
    """Pack ``folder`` for download, its name as the top folder inside."""
    base = folder.parent / f"{NAME}-{__version__}-{target()}"
    if sys.platform.startswith("linux"):
        path = base.parent / f"{base.name}.tar.gz"
        # Level 6: within 1% of level 9's size here, in half the time.
        with tarfile.open(path, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)  # symbolic links stay links
        return path
    path = base.parent / f"{base.name}.zip"
    if sys.platform == "darwin":  # ditto keeps the app's symbolic links and signatures
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(path)],
                       check=True)
        return path
    return Path(shutil.make_archive(str(base), "zip", folder.parent, folder.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist",
                        help="where the app folder and its archive go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's working folder (default: build/bundle/)")
    parser.add_argument("--no-archive", action="store_true",
                        help="stop after the folder (quicker, to try the app)")
    args = parser.parse_args(argv)
    out, work = args.out.resolve(), args.work.resolve()
    started, cpu = time.perf_counter(), _children_cpu()
    app = run_pyinstaller(work)
    folder = assemble(app, out)
    built = time.perf_counter()
    print(f"app folder: {folder}")
    if not args.no_archive:
        path = archive(folder)
        print(f"archive: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"built in {time.perf_counter() - started:.0f} s: the app folder in "
          f"{built - started:.0f} s ({_children_cpu() - cpu:.0f} s CPU in PyInstaller), "
          f"the archive in {time.perf_counter() - built:.0f} s")
    return 0


def _children_cpu() -> float:
    if os.name != "posix":
        return 0.0
    times = os.times()
    return times.children_user + times.children_system


if __name__ == "__main__":
    sys.exit(main())
