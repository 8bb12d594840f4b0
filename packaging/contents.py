"""What the bundle holds beyond what PyInstaller finds by following the app's imports.

The spec (weidian-desktop.spec) and the tests read these lists, so what the bundle must
carry is written once: the modules the app imports by name at run time, the parts of Qt
and of the Python library it never loads, and the data files.
"""

from __future__ import annotations

from pathlib import Path

from weidian_desktop import APP_ID, SHOP_MIME_TYPE

__all__ = ["APP_ID", "SHOP_MIME_TYPE"]

ROOT = Path(__file__).resolve().parents[1]
NAME = "weidian-desktop"

# Qt modules the app never imports, or only optionally: QtWebEngine is the Export page's
# phone preview, an optional part (the page says so without it); with it the bundle
# would be some 200 MB larger. The rest come in through other Qt modules' hooks.
QT_EXCLUDES = [
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.QtQuick3D", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtBluetooth", "PySide6.QtPositioning", "PySide6.QtLocation",
    "PySide6.QtSerialPort", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtSensors", "PySide6.QtTextToSpeech", "PySide6.QtSpatialAudio",
    "PySide6.Qt3DCore", "PySide6.QtDataVisualization", "PySide6.QtGraphs",
    "PySide6.QtAsyncio",
]
# Python modules nothing in the app imports at run time, pulled in by libraries' optional
# paths (test helpers, other GUI toolkits, the build tools in the same venv). readline
# would bring GNU readline (GPL) for an interactive prompt the app never shows.
PY_EXCLUDES = [
    "tkinter", "_tkinter", "readline", "unittest", "pydoc_data", "lib2to3", "test", "idlelib",
    "IPython", "matplotlib", "numpy", "PyQt5", "PyQt6", "PySide2", "pytest", "_pytest",
    "playwright", "zxingcpp", "PyInstaller", "setuptools", "pip",
]


# Qt plugins for hardware and jobs the app has nothing to do with: embedded displays (EGLFS,
# framebuffer, VNC, evdev input), the on-screen keyboard (which needs QML), PDF as an image
# format (the app renders PDF pages with pypdfium2), networking (it never goes online).
UNUSED_QT_PLUGINS = (
    "egldeviceintegrations/", "generic/", "networkinformation/", "tls/",
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqvnc",
    "platforms/libqvkkhrdisplay", "platforms/libqminimalegl",
    "platforminputcontexts/libqtvirtualkeyboardplugin", "imageformats/libqpdf",
)
# ... and the Qt libraries only those plugins load.
UNUSED_QT_LIBS = ("libQt6Qml", "libQt6Quick", "libQt6VirtualKeyboard", "libQt6Pdf",
                  "libQt6EglFS", "libQt6EglFs")

# Libraries the bundle takes from the computer it runs on (Linux). PySide6's own wheel links
# to these system libraries and does not ship them, so every desktop that runs Qt has them
# (glib, fontconfig, freetype, D-Bus, Kerberos for QtNetwork, the C++ runtime); a copy
# from the build machine could clash with the system's (the C++ runtime with the graphics
# driver, fontconfig with the system's configuration). The GTK and CUPS stacks come in
# through Qt's GTK theme and printing plugins, which load the system's own when present.
SYSTEM_LIBS = frozenset({
    "libstdc++", "libgcc_s", "libglib-2.0", "libgobject-2.0", "libgio-2.0", "libgmodule-2.0",
    "libgthread-2.0", "libpcre2-8", "libfontconfig", "libfreetype", "libharfbuzz",
    "libpng16", "libbrotlicommon", "libbrotlidec", "libdbus-1", "libsystemd", "libcap",
    "libgcrypt", "libgpg-error", "liblz4", "libzstd", "libselinux", "libmount", "libblkid",
    "libgssapi_krb5", "libkrb5", "libk5crypto", "libkrb5support", "libkeyutils",
    "libcom_err",
    # GTK, for the GTK platform theme
    "libgtk-3", "libgdk-3", "libgdk_pixbuf-2.0", "libatk-1.0", "libatk-bridge-2.0",
    "libatspi", "libcairo", "libcairo-gobject", "libpango-1.0", "libpangocairo-1.0",
    "libpangoft2-1.0", "libepoxy", "libthai", "libdatrie", "libfribidi", "libgraphite2",
    "libpixman-1", "libjpeg",
    # CUPS, for printing
    "libcups", "libavahi-client", "libavahi-common", "libgnutls", "libp11-kit", "libtasn1",
    "libnettle", "libhogweed", "libgmp", "libidn2", "libunistring",
})


def keep_binary(dest: str) -> bool:
    """False for a library or plugin (path in the bundle) the bundle leaves out."""
    dest = dest.replace("\\", "/")
    if "/plugins/" in dest and any(part in dest for part in UNUSED_QT_PLUGINS):
        return False
    name = dest.rsplit("/", 1)[-1]
    if name.startswith(UNUSED_QT_LIBS):
        return False
    # "libglib-2.0.so.0" -> "libglib-2.0"; Pillow's own copies ("libfreetype-57f805ba.so.6…",
    # with a hash) are not system libraries and stay.
    stem = name.split(".so", 1)[0]
    return stem not in SYSTEM_LIBS


# botocore describes every AWS service (some 450, 28 MB); publishing talks to S3 only (and
# the credential services a profile may name), so only their descriptions come along.
BOTOCORE_SERVICES = frozenset({"s3", "sts", "sso", "sso-oidc"})


def keep_data(dest: str) -> bool:
    """False for a data file (path in the bundle) the app never reads."""
    parts = dest.replace("\\", "/").split("/")
    if parts[:2] == ["botocore", "data"] and len(parts) > 3:  # botocore/data/<service>/…
        return parts[2] in BOTOCORE_SERVICES and not parts[-1].startswith("examples-")
    return True


def dynamic_imports() -> list[str]:
    """Modules of the app imported by name at run time, which no import statement shows.

    The command line imports each command's module from ``commands.COMMANDS`` (so a
    command pays only for its own), and the stocklists package imports its readers and
    helpers by name (``detect.PARSERS``, the lazy attributes of ``stocklists``).
    tests/test_dynamic_imports.py holds every such import in the app to this list.
    """
    from weidian_desktop import stocklists
    from weidian_desktop.commands import COMMANDS
    from weidian_desktop.stocklists.detect import PARSERS

    names = {f"weidian_desktop.commands.{module}" for module, _help in COMMANDS.values()}
    names |= {f"weidian_desktop.stocklists.{module}" for module in PARSERS}
    names |= {f"weidian_desktop.stocklists.{module}" for module in stocklists._WHERE.values()}
    return sorted(names)


def data_files() -> list[tuple[str, str]]:
    """(source, folder in the bundle) for the files the app reads: where the wheel has them.

    resources/ and translations/ (fonts, icons, demo material, word lists, Qt .qm, gettext
    .mo and the shop's JSON catalogues: the whole trees) go inside the package as in the
    wheel, so ``weidian_desktop.resources`` finds them the same way; so do the licences the
    About box shows.
    """
    return [
        # Help › Weidian Desktop Help shows the README, looked for beside the package.
        (str(ROOT / "README.md"), "."),
        (str(ROOT / "resources"), "weidian_desktop/resources"),
        (str(ROOT / "translations"), "weidian_desktop/translations"),
        (str(ROOT / "LICENSE"), "weidian_desktop"),
        (str(ROOT / "THIRD-PARTY-NOTICES"), "weidian_desktop"),
    ]


def keep_qt_translation(name: str) -> bool:
    """Qt's own catalogues: only those of the languages the app speaks (qtbase_zh_CN …)."""
    from weidian_desktop.ui.i18n import SUPPORTED

    stem = Path(name).stem
    return any(stem.endswith(f"_{code}") for code in SUPPORTED)

# The shop file's type on macOS (the app's id and the MIME type live in the package).
MIME_UTI = "org.weidian-desktop.shop"
