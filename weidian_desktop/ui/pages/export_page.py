"""The Export page: folder, base URL, zip; export with progress and Cancel; open the result.

Beside the form, the exported shop at a phone's width (ui/preview.py) when QtWebEngine is
installed (the ``preview`` extra); without it one sentence says so and "Open in browser" stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.shop import get_shop
from ...core.store import ShopStore
from ...export import ExportResult, export_shop
from ..tasks import CancelFn, ProgressFn, TaskHandle, run_shop_task

MAX_LISTED = 500  # the list shows what changed; thousands of lines help nobody
PREVIEW_EXTRA = "pip install 'weidian-desktop[preview]'"


def default_folder(store: ShopStore) -> Path:
    """``<shop file's folder>/<shop file's name>-site``: beside the shop, easy to find."""
    return store.path.with_name(store.path.stem + "-site")


class ExportPage(QWidget):
    """Writes the static shop through export_shop (the same call as ``weidian-desktop export``)."""

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
        self.open_button = QPushButton(self.tr("Open in browser"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_in_browser)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.setEnabled(False)
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.open_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel(self.tr("The shop is written as plain web pages: put the folder "
                                      "on any web host, or open it from disk."))
        self.summary.setWordWrap(True)
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files written"))
        left = self.form_column = QVBoxLayout()
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.summary)
        left.addWidget(self.files, 1)
        self.preview = self._make_preview()
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        if isinstance(self.preview, QLabel):  # no QtWebEngine: the sentence under the buttons
            left.insertWidget(left.indexOf(self.summary), self.preview)
        else:
            layout.addWidget(self.preview)
        self.refresh()
        previous = Path(self.folder.text())
        if (previous / "index.html").is_file():  # exported before: show it, let it be opened
            self._show_site(previous)

    def _make_preview(self) -> QWidget:
        try:
            from ..preview import PhonePreview
        except ImportError:  # PySide6-Addons (QtWebEngine) missing or its libraries absent
            note = QLabel(self.tr("The phone preview needs Qt WebEngine: install Weidian Desktop "
                                  "with the “preview” extra ({0}).").format(PREVIEW_EXTRA))
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
            margins = layout.contentsMargins()
            wanted = self.preview.width_for_height(self.height() - margins.top()
                                                   - margins.bottom())
            room = (self.width() - margins.left() - margins.right() - layout.spacing()
                    - self.form_column.minimumSize().width())
            self.preview.setFixedWidth(max(200, min(wanted, room, self.width() // 2)))

    def _show_site(self, folder: Path) -> None:
        self.site = folder
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        if hasattr(self.preview, "show_site"):
            self.preview.show_site(folder)

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

        def work(twin: ShopStore, progress: ProgressFn, cancel: CancelFn) -> ExportResult:
            # Counts only: file names flashing by tell the seller nothing (and a label
            # change while the dialog closes trips ui/tasks.py; reported).
            return export_shop(twin, folder, base_url=base_url, zip_path=zip_path,
                               progress=lambda done, total, _text: progress(done, total, ""),
                               cancel=cancel)

        self.export_button.setEnabled(False)
        self.task = run_shop_task(self, self.tr("Exporting the shop…"), self.store, work,
                                  self._done, self._failed)
        return self.task

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText(str(exc))
        self.statusMessage.emit(str(exc))

    def _done(self, result: ExportResult) -> None:
        self.result = result
        QSettings().setValue(self._setting, str(result.outdir))
        self.export_button.setEnabled(True)
        self._show_site(result.outdir)
        text = self.tr("{0} pages in {1}: {2} files written, {3} unchanged, {4} images "
                       "encoded ({5:.1f} s).").format(
            len(result.pages), result.outdir, len(result.written), len(result.kept),
            result.images_encoded, result.seconds)
        if result.zip_path:
            text += " " + self.tr("Zip: {0}").format(result.zip_path)
        self.summary.setText(text)
        self.files.clear()
        self.files.addItems(result.written[:MAX_LISTED])
        self.statusMessage.emit(text)

    def open_in_browser(self) -> None:
        if self.site is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.site / "index.html")))

    def open_folder(self) -> None:
        if self.site is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.site)))
