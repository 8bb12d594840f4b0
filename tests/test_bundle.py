"""The self-contained app, as a seller gets it: built by scripts/bundle, unpacked, run bare.

Built once for the module (two to three minutes on two busy cores); every test then runs
the unpacked download's program with a clean environment: no virtualenv on PATH, no
PYTHONPATH, a scratch HOME. Linux only (Windows and macOS are built by the CI workflow).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from weidian_desktop import APP_ID, SHOP_MIME_TYPE, __version__

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle")]

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = f"weidian-desktop-{__version__}-linux-x86_64.tar.gz"
# What must never appear on the app's stderr while it opens every page.
LOG_ERRORS = ("Traceback", "ERROR", "could not be opened", "Could not load the Qt platform",
              "cannot open shared object", "ModuleNotFoundError", "ImportError")


class Bundle:
    """The unpacked download and a clean environment to run it in."""

    def __init__(self, folder: Path, archive: Path, home: Path, build_seconds: float) -> None:
        self.folder = folder
        self.archive = archive
        self.home = home
        self.build_seconds = build_seconds
        self.program = folder / "weidian-desktop"

    def env(self, **extra: str) -> dict[str, str]:
        return {"HOME": str(self.home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                "QT_QPA_PLATFORM": "offscreen", **extra}

    def run(self, *args: object, cwd: Path, timeout: float = 120, stdin: str | None = None,
            **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.program), *map(str, args)], cwd=cwd, input=stdin,
                              capture_output=True, text=True, timeout=timeout,
                              env=self.env(**extra))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    work = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    built = subprocess.run(
        ["bash", str(ROOT / "scripts" / "bundle"), "--out", str(work / "out"),
         "--work", str(work / "build")],
        capture_output=True, text=True, timeout=1800,
        env={**os.environ, "PYTHON": sys.executable})
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    seconds = time.perf_counter() - started
    archive = work / "out" / ARCHIVE
    assert archive.is_file(), built.stdout
    unpacked = work / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    shutil.rmtree(work / "build")  # PyInstaller's scratch: ~250 MB
    home = work / "home"
    home.mkdir()
    print(f"\nbundle built in {seconds:.0f} s; {archive.stat().st_size / 1e6:.1f} MB")
    return Bundle(unpacked / f"weidian-desktop-{__version__}", archive, home, seconds)


def test_the_archive_holds_the_app_its_licences_and_desktop_files(bundle: Bundle) -> None:
    names = {p.relative_to(bundle.folder).as_posix() for p in bundle.folder.rglob("*")}
    for name in ("weidian-desktop", "install", "uninstall", "README.txt", "LICENSE",
                 "THIRD-PARTY-NOTICES", f"share/applications/{APP_ID}.desktop",
                 f"share/mime/packages/{APP_ID}.xml", f"share/metainfo/{APP_ID}.metainfo.xml",
                 f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 "share/icons/hicolor/512x512/mimetypes/application-x-weidian-shop.png"):
        assert name in names, name
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        assert f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names
    internal = "_internal/weidian_desktop"
    for name in ("resources/fonts/WeidianSans.ttf", "translations/weidian_desktop_zh_CN.qm",
                 "translations/shop/zh-CN.json", "export/templates", "THIRD-PARTY-NOTICES",
                 "LICENSE"):
        assert f"{internal}/{name}" in names, name
    assert "_internal/README.md" in names  # Help shows it
    for mo in (ROOT / "translations").rglob("*.mo"):  # gettext catalogues, when there are
        assert f"{internal}/translations/{mo.relative_to(ROOT / 'translations').as_posix()}" \
            in names
    # Qt as separate, replaceable libraries (LGPL); what the app never loads left out.
    assert any(n.endswith("libQt6Widgets.so.6") for n in names)
    assert not [n for n in names if "WebEngine" in n or "libQt6Qml" in n or "libQt6Quick" in n]
    assert "_internal/botocore/data/s3" in names  # of AWS's services, S3's alone
    assert "_internal/botocore/data/ec2" not in names
    notices = (bundle.folder / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    assert "5. In this download" in notices and "PySide6-Essentials" in notices


def test_every_library_it_carries_finds_what_it_links_to(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    path = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    missing = {}
    for lib in [bundle.program, *internal.rglob("*.so*")]:
        if lib.is_symlink() or not lib.is_file():
            continue
        result = subprocess.run(["ldd", str(lib)], capture_output=True, text=True,
                                env={"LD_LIBRARY_PATH": path, "PATH": "/usr/bin:/bin"})
        lost = [line.split()[0] for line in result.stdout.splitlines() if "not found" in line]
        if lost:
            missing[lib.relative_to(bundle.folder).as_posix()] = lost
    assert not missing


def test_commands_run_without_python_around(bundle: Bundle, tmp_path: Path) -> None:
    version = bundle.run("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"weidian-desktop {__version__}"
    demo = bundle.run("demo", "demo.weidian", cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    export = bundle.run("export", "demo.weidian", "site", "--zip", "site.zip", cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    assert (tmp_path / "site" / "index.html").is_file() and (tmp_path / "site.zip").is_file()
    assert list((tmp_path / "site" / "img").rglob("*.webp"))  # Pillow's WebP encoder came along
    poster = bundle.run("poster", "demo.weidian", "--shop", "-o", "poster.pdf", cwd=tmp_path)
    assert poster.returncode == 0, poster.stderr
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF")
    png = bundle.run("poster", "demo.weidian", "--shop", "-o", "poster.png", cwd=tmp_path)
    assert png.returncode == 0, png.stderr  # pypdfium2 rasterises it
    products = json.loads(bundle.run("products", "list", "demo.weidian", "--json",
                                     cwd=tmp_path).stdout)
    order = _order_message(products)
    added = bundle.run("orders", "add", "demo.weidian", "-", "--json", cwd=tmp_path,
                       stdin=order)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["reference"] == "WD-7K3M9Q"
    chinese = bundle.run("check", "demo.weidian", cwd=tmp_path, LANGUAGE="zh_CN")
    assert chinese.returncode in (0, 1) and "Traceback" not in chinese.stderr
    published = bundle.run("publish", "demo.weidian", (tmp_path / "pub").as_uri(), cwd=tmp_path)
    assert published.returncode == 0, published.stderr
    assert (tmp_path / "pub" / "index.html").is_file()
    # SFTP and S3 libraries came along: a server that is not there is one sentence (status
    # 1), not a missing module or botocore's missing data (an unexpected error, status 3).
    for target, extra in (("sftp://me@127.0.0.1:9/shop", {"WEIDIAN_PUBLISH_PASSWORD": "x"}),
                          ("s3://bucket/shop", {"AWS_ACCESS_KEY_ID": "x",
                                                "AWS_SECRET_ACCESS_KEY": "y"})):
        args = ["publish", "demo.weidian", target]
        if target.startswith("s3"):
            args += ["--endpoint", "http://127.0.0.1:9"]
        refused = bundle.run(*args, cwd=tmp_path, **extra)
        assert refused.returncode == 1, refused.stderr
        assert "127.0.0.1" in refused.stderr and "Traceback" not in refused.stderr


def _order_message(products: list[dict]) -> str:
    """The message the exported cart would send for the demo's first product with a SKU."""
    from weidian_desktop.core.order_message import (
        Buyer,
        MessageItem,
        OrderMessage,
        build_message,
    )

    product = next(p for p in products if p["sku"] and p["status"] == "published")
    return build_message(OrderMessage(
        "Demo", product["currency"], "zh-CN",
        [MessageItem(product["sku"], product["title"], 1, product["price"], "")],
        reference="WD-7K3M9Q", buyer=Buyer("张三", "+86 138 0013 8000", "杭州", "")))


def test_the_window_opens_every_page_and_stays_up(bundle: Bundle, tmp_path: Path) -> None:
    assert bundle.run("demo", "demo.weidian", cwd=tmp_path).returncode == 0
    # The developer switch: every page of the Go menu in turn, then 3 s more, then quit.
    started = time.perf_counter()
    # Then an export from the Export page: in the export's own process, which the bundle
    # starts as itself (multiprocessing's spawn, served by freeze_support).
    walk = bundle.run("demo.weidian", cwd=tmp_path, timeout=300, WEIDIAN_DESKTOP_WALK_PAGES="3",
                      WEIDIAN_DESKTOP_WALK_EXPORT=str(tmp_path / "site"))
    assert walk.returncode == 0, walk.stderr
    assert "walk: export ok (" in walk.stderr and (tmp_path / "site" / "index.html").is_file()
    assert time.perf_counter() - started >= 3  # it stayed up, it did not die on the way
    from weidian_desktop.ui.page_registry import PAGES

    for spec in PAGES:
        assert f"walk: page {spec.key} ok" in walk.stderr, walk.stderr
    assert f"walk: {len(PAGES)} pages, 0 failed" in walk.stderr
    bad = [line for line in walk.stderr.splitlines() if any(e in line for e in LOG_ERRORS)]
    assert not bad, walk.stderr


def test_desktop_files_validate(bundle: Bundle) -> None:
    share = bundle.folder / "share"
    desktop = subprocess.run(["desktop-file-validate",
                              str(share / "applications" / f"{APP_ID}.desktop")],
                             capture_output=True, text=True)
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    metainfo = subprocess.run(["appstreamcli", "validate", "--no-net",
                               str(share / "metainfo" / f"{APP_ID}.metainfo.xml")],
                              capture_output=True, text=True)
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr
    # Every screenshot the metainfo names is one of the project's own (docs/screenshots).
    text = (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    shots = [line.split("/docs/screenshots/")[1].split("<")[0]
             for line in text.splitlines() if "<image>" in line]
    assert shots and all((ROOT / "docs" / "screenshots" / s).is_file() for s in shots)


def test_install_makes_shop_files_open_in_it_and_uninstall_removes_it(bundle: Bundle,
                                                                      tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / ".config").mkdir()
    (home / ".config" / "kept.conf").write_text("the user's own\n")
    before = sorted(p.relative_to(home).as_posix() for p in home.rglob("*"))
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    install = subprocess.run([str(bundle.folder / "install")], capture_output=True, text=True,
                             env=env, timeout=300)
    assert install.returncode == 0, install.stderr
    assert "is installed" in install.stdout
    data = home / ".local" / "share"
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    program = data / "weidian-desktop" / "app" / "weidian-desktop"
    assert f'Exec="{program}" %f' in entry
    # The installed program runs, from the menu's path and from ~/.local/bin.
    for command in (program, home / ".local" / "bin" / "weidian-desktop"):
        ran = subprocess.run([str(command), "--version"], capture_output=True, text=True,
                             env=env, timeout=120)
        assert ran.returncode == 0 and __version__ in ran.stdout, ran.stderr
    shop = tmp_path / "my shop.weidian"
    assert bundle.run("demo", shop, cwd=tmp_path).returncode == 0
    renamed = tmp_path / "shop-without-suffix"
    shutil.copyfile(shop, renamed)
    gnome = {**env, "XDG_CURRENT_DESKTOP": "GNOME"}
    for path in (shop, renamed):  # by name, and by content (the "WDSH" in the header)
        query = subprocess.run(["xdg-mime", "query", "filetype", str(path)],
                               capture_output=True, text=True, env=gnome)
        assert query.stdout.strip() == SHOP_MIME_TYPE, (path, query.stdout, query.stderr)
    default = subprocess.run(["xdg-mime", "query", "default", SHOP_MIME_TYPE],
                             capture_output=True, text=True, env=gnome)
    assert default.stdout.strip() == f"{APP_ID}.desktop"
    # Installing again replaces it in place.
    again = subprocess.run([str(bundle.folder / "install")], capture_output=True, text=True,
                           env=env, timeout=300)
    assert again.returncode == 0, again.stderr
    uninstall = subprocess.run([str(data / "weidian-desktop" / "uninstall")],
                               capture_output=True, text=True, env=env, timeout=120)
    assert uninstall.returncode == 0, uninstall.stderr
    after = sorted(p.relative_to(home).as_posix() for p in home.rglob("*"))
    assert after == before
    assert (home / ".config" / "kept.conf").read_text() == "the user's own\n"
