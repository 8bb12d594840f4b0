"""The QR & posters page: choose what and how, see it live, save it as PDF/PNG/SVG, print it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QHideEvent, QImage, QPixmap, QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.store import ShopStore
from ...media.outputs import (
    FORMATS_FOR,
    TEMPLATES_FOR,
    LoadedOutput,
    OutputSpec,
    load_output,
    output_format,
    save_output,
)
from ...media.poster_data import choices
from ...media.posters import PAPER
from ..tasks import TaskHandle, run_task
from .qr_labels import LabelChoices
from .qr_print import PreviewJob, PreviewSignals, page_images, prepare_printer, print_images

PREVIEW_DELAY_MS = 250  # typing a campaign tag redraws once, after a short pause


class QrPage(QWidget):
    """QR codes, posters, label sheets and share images of the shop and its items."""

    statusMessage = Signal(str)

    def __init__(self, store: ShopStore, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack  # nothing here changes the shop: no undo commands
        self.generation = 0
        self.shown_generation = 0
        self.last_task: TaskHandle | None = None
        self._signals = PreviewSignals(self)
        self._signals.ready.connect(self._preview_ready)
        self._signals.failed.connect(self._preview_failed)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._pixmap = QPixmap()
        self._url = ""
        self._build()
        self.refresh()

    # --- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_box = QComboBox()
        for key, text in (("shop", self.tr("The shop")), ("product", self.tr("A product")),
                          ("collection", self.tr("A collection")),
                          ("drop", self.tr("A drop")),
                          ("labels", self.tr("Labels"))):
            self.kind_box.addItem(text, key)
        self.item_box = QComboBox()
        self.item_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_box.setMinimumContentsLength(18)
        self.template_box = QComboBox()
        self.size_box = QComboBox()
        self.size_box.addItems(list(PAPER))
        self.crop_check = QCheckBox(self.tr("Crop marks"))
        self.bleed_spin = QDoubleSpinBox(suffix=" mm", minimum=0.0, maximum=10.0,
                                         singleStep=1.0, decimals=1)
        self.campaign_edit = QLineEdit(placeholderText=self.tr("e.g. poster-a4-stall"))
        self.campaign_edit.setToolTip(self.tr(
            "Added to the link as ?src=…, so an order message says which poster sold."))
        self.logo_check = QCheckBox(self.tr("Shop logo in the centre"))
        self.labels = LabelChoices()
        form = self.form = QFormLayout()
        form.addRow(self.tr("For"), self.kind_box)
        form.addRow(self.tr("Which"), self.item_box)
        form.addRow(self.tr("Template"), self.template_box)
        form.addRow(self.tr("Paper"), self.size_box)
        form.addRow(self.tr("Bleed"), self.bleed_spin)
        form.addRow("", self.crop_check)
        form.addRow(self.tr("Campaign tag"), self.campaign_edit)
        form.addRow("", self.logo_check)
        form.addRow(self.labels)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.message = QLabel(wordWrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side = QVBoxLayout()
        side.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        side.addLayout(buttons)
        side.addWidget(self.message)
        side.addStretch(1)
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 320)
        self.preview.setContentsMargins(16, 16, 16, 16)  # the page floats on the grey
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("QLabel { background: palette(mid); }")
        layout = QHBoxLayout(self)
        layout.addLayout(side, 0)
        layout.addWidget(self.preview, 1)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.item_box.currentIndexChanged, self.template_box.currentIndexChanged,
                       self.size_box.currentIndexChanged, self.crop_check.toggled,
                       self.bleed_spin.valueChanged, self.campaign_edit.textChanged,
                       self.logo_check.toggled):
            signal.connect(self._changed)
        self.labels.changed.connect(self._changed)
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)

    def refresh(self) -> None:
        """Reload the lists of products, collections and drops (the shop changed)."""
        self.labels.refresh(self.store)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        current = self.item_box.currentData()
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for slug, title in choices(self.store, kind):
            self.item_box.addItem(title, slug)
        index = self.item_box.findData(current)
        self.item_box.setCurrentIndex(max(index, 0))
        self.item_box.setEnabled(kind in ("product", "collection", "drop"))
        labels = kind == "labels"
        # A label sheet's paper is its stock's, never bled or marked: its own choices.
        for widget in (self.item_box, self.size_box, self.bleed_spin, self.crop_check,
                       self.logo_check):
            self.form.setRowVisible(widget, not labels)
        self.form.setRowVisible(self.labels, labels)
        self.item_box.blockSignals(False)
        names = {"poster": self.tr("Poster") if kind != "labels" else self.tr("Label sheet"),
                 "story": self.tr("Story image (1080×1920)"),
                 "square": self.tr("Square image (1080×1080)"), "qr": self.tr("QR code only")}
        wanted = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for key in TEMPLATES_FOR[kind]:
            self.template_box.addItem(names[key], key)
        self.template_box.setCurrentIndex(max(self.template_box.findData(wanted), 0))
        self.template_box.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        template = self.template_box.currentData()
        printed = template == "poster"
        for widget in (self.size_box, self.crop_check, self.bleed_spin):
            widget.setEnabled(printed)
        self.logo_check.setEnabled(template == "qr")
        self._timer.start()

    def spec(self) -> OutputSpec:
        """What the form says, as the media layer takes it."""
        kind = self.kind_box.currentData()
        campaign = self.campaign_edit.text().strip() or None
        if kind == "labels":
            return OutputSpec(kind=kind, template="poster", size=self.labels.paper(),
                              campaign=campaign, stock=self.labels.stock(),
                              cut_lines=self.labels.cut_check.isChecked(),
                              copies=self.labels.copies_spin.value(),
                              slugs=self.labels.slugs())
        return OutputSpec(
            kind=kind, slug=self.item_box.currentData() if self.item_box.isEnabled() else None,
            template=self.template_box.currentData() or "poster",
            size=self.size_box.currentText(), crop_marks=self.crop_check.isChecked(),
            bleed_mm=self.bleed_spin.value(), campaign=campaign,
            logo=self.logo_check.isChecked() and self.logo_check.isEnabled())

    def _load(self) -> LoadedOutput | None:
        """Read the choice from the shop (GUI thread: the store belongs to it)."""
        try:
            return load_output(self.store, self.spec())
        except WeidianError as exc:
            self._show_message(str(exc), error=True)
            return None

    # --- preview --------------------------------------------------------------------
    def update_preview(self) -> None:
        """Draw the current choice in the thread pool; a newer request supersedes it."""
        self._timer.stop()
        loaded = self._load()
        self.save_button.setEnabled(loaded is not None)
        self.print_button.setEnabled(loaded is not None)
        if loaded is None:
            self._pixmap = QPixmap()
            self.preview.clear()
            return
        self.generation += 1
        width = max(600, int(self.preview.width() * self.devicePixelRatioF()))
        QThreadPool.globalInstance().start(
            PreviewJob(self.generation, loaded, width, self._signals))
        # A label sheet says how many labels it has; anything else, where its code leads.
        self._url = (self.tr("%n label(s)", "", loaded.labels) if loaded.spec.kind == "labels"
                     else loaded.url)
        self._show_message(self._url)

    def _preview_ready(self, generation: int, png: bytes, pages: int) -> None:
        if generation != self.generation:
            return  # a newer choice is being drawn
        self.shown_generation = generation
        self._pixmap.loadFromData(png, "PNG")
        self._fit_preview()
        self._show_message(self._url if pages == 1
                           else self.tr("%n page(s)", "", pages) + " · " + self._url)

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self.generation:
            self.shown_generation = generation
            self._show_message(str(exc), error=True)

    def _fit_preview(self) -> None:
        if self._pixmap.isNull():
            return
        ratio = self.devicePixelRatioF()
        scaled = self._pixmap.scaled(self.preview.contentsRect().size() * ratio,
                                     Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(ratio)
        self.preview.setPixmap(scaled)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()  # the shop may have changed while another page was open

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()  # nobody looks at a hidden page's preview

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)

    # --- save and print ---------------------------------------------------------------
    def _save_clicked(self) -> None:
        spec = self.spec()
        names = {"pdf": self.tr("PDF document (*.pdf)"), "png": self.tr("PNG image (*.png)"),
                 "svg": self.tr("SVG image (*.svg)")}
        filters = ";;".join(names[f] for f in FORMATS_FOR[spec.template])
        suggested = f"{spec.slug or spec.kind}-{spec.template}.{FORMATS_FOR[spec.template][0]}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), suggested, filters)
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> TaskHandle | None:
        """Draw the piece in a worker and write it to ``path`` (format from its suffix)."""
        loaded = self._load()
        if loaded is None:
            return None
        if path.suffix == "":
            path = path.with_suffix("." + FORMATS_FOR[loaded.spec.template][0])
        try:
            output_format(loaded, path)
        except WeidianError as exc:
            self._show_message(str(exc), error=True)
            return None

        def work(progress, cancel) -> list[Path]:
            return save_output(loaded, path, progress=progress, cancel=cancel)

        def done(written: list[Path]) -> None:
            self.statusMessage.emit(self.tr("Saved {0}.").format(written[0].name))

        self.last_task = run_task(self, self.tr("Saving…"), work, done)
        return self.last_task

    def _print_clicked(self) -> None:
        loaded = self._load()
        if loaded is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, loaded)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> TaskHandle | None:
        """Rasterise every page for the printer in a worker, then send them to it."""
        loaded = self._load()
        if loaded is None:
            return None
        dpi = min(600, max(150, printer.resolution()))

        def work(progress, cancel) -> list[QImage]:
            return page_images(loaded, dpi, progress, cancel)

        def done(pages: list[QImage]) -> None:
            print_images(printer, pages)
            self.statusMessage.emit(self.tr("Sent %n page(s) to the printer.", "", len(pages)))

        self.last_task = run_task(self, self.tr("Preparing the pages for printing…"), work, done)
        return self.last_task

