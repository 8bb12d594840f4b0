"""The Export page: folder, base URL, zip; export with progress and Cancel; the result in
figures (pages, files written and kept, size, time) with Open in browser, Preview and
Publish; below, the Publish section (publish_section.py).

Beside the form, the exported shop at a phone's width (ui/preview.py) when QtWebEngine is
installed (the ``preview`` extra); without it one sentence says so and "Open in browser" stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.shop import get_shop
from ...core.store import ShopStore
from ...export import ExportResult, export_in_child
from ..tasks import CancelFn, ProgressFn, TaskHandle, run_task
from .publish_section import PublishSection

SI_SIZES = QLocale.DataSizeFormat.DataSizeSIFormat  # 4.8 MB, as hosts and disks count
MAX_LISTED = 500  # the list shows what changed; thousands of lines help nobody
PREVIEW_EXTRA = "pip install 'weidian-desktop[preview]'"


def folder_size(folder: Path, paths: list[str]) -> int:
    """Bytes of the exported files (what a host will store and serve)."""
    total = 0
    for path in paths:
        try:
            total += (folder / path).stat().st_size
        except OSError:
            pass
    return total


def default_folder(store: ShopStore) -> Path:
    """``<shop file's folder>/<shop file's name>-site``: beside the shop, easy to find."""
    return store.path.with_name(store.path.stem + "-site")


class ExportPage(QWidget):
    """Writes the static shop through export_in_child (export_shop, the same call as
    ``weidian-desktop export``, in the export's own process)."""

    statusMessage = Signal(str)

    def __init__(self, store: ShopStore, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.task: TaskHandle | None = None
        self.result: ExportResult | None = None
        self.site: Path | None = None  # the folder shown and opened: this export's or the last
        # The folder is this computer's business, not the shop's: QSettings, per shop file.
        self._setting = f"export/folder/{store.path.resolve().as_posix()}"
        self.folder = QLineEdit(str(QSettings().value(self._setting,
                                                      str(default_folder(store)))))
        self.folder.setAccessibleName(self.tr("Export folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("https://myshop.example.com/")
        self.base_url.setAccessibleName(self.tr("Shop address"))
        self.zip = QCheckBox(self.tr("Also write a zip file beside the folder"))
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Shop address (base URL):"), self.base_url)
        form.addRow("", self.zip)
        self.export_button = QPushButton(self.tr("Export the shop"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.summary = QLabel(self.tr("The shop is written as plain web pages: put the folder "
                                      "on any web host, or open it from disk."))
        self.summary.setWordWrap(True)
        self.result_box = self._make_result_box()
        self.publish = PublishSection(store, self.base_url)
        self.publish.statusMessage.connect(self.statusMessage)
        left = self.form_column = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.summary)
        left.addWidget(self.result_box)
        left.addWidget(self.publish)
        left.addStretch(1)
        self.preview = self._make_preview()
        # The form, the result and the Publish section scroll together in a small window.
        column = QWidget()
        column.setLayout(left)
        scroll = self.scroller = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)
        if isinstance(self.preview, QLabel):  # no QtWebEngine: the sentence under the buttons
            left.insertWidget(left.indexOf(self.summary), self.preview)
            self.preview_button.setEnabled(False)
            self.preview_button.setToolTip(self.preview.text())
        else:
            layout.addWidget(self.preview)
        self.refresh()
        previous = Path(self.folder.text())
        if (previous / "index.html").is_file():  # exported before: show it, let it be opened
            self._show_site(previous)

    def _make_result_box(self) -> QFrame:
        """The last export in figures, what to do next, and the changed files on demand."""
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.figures = QFormLayout()
        self.figure_labels: dict[str, QLabel] = {}
        for key, caption in (("pages", self.tr("Pages:")), ("files", self.tr("Files:")),
                             ("size", self.tr("Size:")), ("time", self.tr("Time:")),
                             ("folder", self.tr("Folder:"))):
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(key == "folder")
            self.figure_labels[key] = label
            self.figures.addRow(caption, label)
        self.open_button = QPushButton(self.tr("Open in browser"))
        self.open_button.clicked.connect(self.open_in_browser)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.show_preview)
        self.publish_button = QPushButton(self.tr("Publish…"))
        self.publish_button.clicked.connect(self.go_publish)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        actions = QHBoxLayout()
        for button in (self.open_button, self.preview_button, self.publish_button,
                       self.folder_button):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        self.files_toggle = QToolButton()
        self.files_toggle.setCheckable(True)
        self.files_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.files_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.files_toggle.setAutoRaise(True)
        self.files_toggle.toggled.connect(self._show_files)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files written"))
        self.files.setMinimumHeight(120)
        self.files.hide()
        inner = QVBoxLayout(box)
        inner.addLayout(self.figures)
        inner.addLayout(actions)
        inner.addWidget(self.files_toggle)
        inner.addWidget(self.files)
        box.hide()
        return box

    def _show_files(self, shown: bool) -> None:
        self.files.setVisible(shown)
        self.files_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                       else Qt.ArrowType.RightArrow)

    def _make_preview(self) -> QWidget:
        try:
            from ..preview import PhonePreview
        except ImportError:  # PySide6-Addons (QtWebEngine) missing or its libraries absent
            if getattr(sys, "frozen", False):  # the downloaded app leaves QtWebEngine out
                text = self.tr("This download has no phone preview (Qt WebEngine would make it "
                               "some 200 MB larger); “Open in browser” shows the exported shop.")
            else:
                text = self.tr("The phone preview needs Qt WebEngine: install Weidian Desktop "
                               "with the “preview” extra ({0}).").format(PREVIEW_EXTRA)
            note = QLabel(text)
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return note
        return PhonePreview()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The phone's width follows the page's height (a phone's proportions) and the form
        # gets the rest; the phone gives way first when the form needs the room (long words).
        if hasattr(self.preview, "width_for_height"):
            layout = self.layout()
            assert layout is not None  # set in __init__
            margins = layout.contentsMargins()
            wanted = self.preview.width_for_height(self.height() - margins.top()
                                                   - margins.bottom())
            room = (self.width() - margins.left() - margins.right() - layout.spacing()
                    - self.form_column.minimumSize().width())
            self.preview.setFixedWidth(max(200, min(wanted, room, self.width() // 2)))

    def _show_site(self, folder: Path) -> None:
        self.site = folder
        for button in (self.open_button, self.publish_button, self.folder_button):
            button.setEnabled(True)
        if hasattr(self.preview, "show_site"):
            self.preview_button.setEnabled(True)
            self.preview.show_site(folder)
        if self.result is None:  # a previous export: where it is, figures come with the next
            self.figure_labels["folder"].setText(str(folder))
            for key in ("pages", "files", "size", "time"):
                self.figures.setRowVisible(self.figure_labels[key], False)
            self.files_toggle.hide()
            self.result_box.show()

    def refresh(self) -> None:
        """Show the shop's own address; what the seller types here is used for one export."""
        self.base_url.setText(get_shop(self.store).base_url)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start_export(self) -> TaskHandle:
        """Run the export in a worker (progress after 600 ms, Cancel keeps the old export)."""
        folder = Path(self.folder.text().strip() or default_folder(self.store))
        zip_path = folder.with_name(folder.name + ".zip") if self.zip.isChecked() else None
        base_url = self.base_url.text().strip() or None
        store = self.store

        def work(progress: ProgressFn, cancel: CancelFn) -> tuple[ExportResult, int]:
            # In the export's own process, on all cores (this one has threads: no fork);
            # queued on the shop worker like every job that opens the shop file. Its
            # progress says the stage, then pages and new images done of all.
            result = export_in_child(store.path, folder, read_only=store.read_only,
                                     base_url=base_url, zip_path=zip_path,
                                     progress=progress, cancel=cancel)
            return result, folder_size(result.outdir, result.written + result.kept)

        self.export_button.setEnabled(False)
        self.task = run_task(self, self.tr("Exporting the shop…"), work,
                             lambda pair: self._done(*pair), self._failed, shop_file=True)
        return self.task

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText(str(exc))
        self.statusMessage.emit(str(exc))

    def _done(self, result: ExportResult, size: int) -> None:
        self.result = result
        QSettings().setValue(self._setting, str(result.outdir))
        self.export_button.setEnabled(True)
        locale = self.locale()
        written, kept = len(result.written), len(result.kept)
        text = self.tr("Exported: {0} pages, {1} files, {2} in {3} s.").format(
            locale.toString(len(result.pages)), locale.toString(written + kept),
            locale.formattedDataSize(size, 1, SI_SIZES), locale.toString(result.seconds, "f", 1))
        self.summary.setText(text)
        labels = self.figure_labels
        labels["pages"].setText(locale.toString(len(result.pages)))
        labels["files"].setText(self.tr("{0} written, {1} unchanged, {2} deleted; {3} images "
                                        "encoded").format(
            locale.toString(written), locale.toString(kept), locale.toString(len(result.deleted)),
            locale.toString(result.images_encoded)))
        labels["size"].setText(locale.formattedDataSize(size, 1, SI_SIZES) + (
            "  " + self.tr("(zip: {0})").format(result.zip_path.name) if result.zip_path else ""))
        labels["time"].setText(self.tr("{0} s").format(locale.toString(result.seconds, "f", 1)))
        labels["folder"].setText(str(result.outdir))
        for key in ("pages", "files", "size", "time"):
            self.figures.setRowVisible(labels[key], True)
        self.files.clear()
        self.files.addItems(result.written[:MAX_LISTED])
        self.files_toggle.setText(self.tr("Files written ({0})").format(
            locale.toString(written)))
        self.files_toggle.setVisible(written > 0)
        self.files_toggle.setChecked(False)
        self.result_box.show()
        self._show_site(result.outdir)
        self.statusMessage.emit(text)

    def show_preview(self) -> None:
        """The exported home page in the phone beside the form (again, from the top)."""
        if self.site is not None and hasattr(self.preview, "show_site"):
            self.preview.show_site(self.site)

    def go_publish(self) -> None:
        """Publish what was just exported: at once if a target is set, else ask for one."""
        self.scroller.ensureWidgetVisible(self.publish)
        if self.publish.target.text().strip():
            self.publish.start_publish()
        else:
            self.publish.target.setFocus()
            self.publish.status.setText(self.tr("Type where the shop goes: {0}").format(
                "sftp://me@example.com/var/www"))

    def open_in_browser(self) -> None:
        if self.site is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.site / "index.html")))

    def open_folder(self) -> None:
        if self.site is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.site)))
