"""The Drops & coupons page: a timeline of drops, the drop list and editor, coupons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import utc_now
from ...core.coupons import get_coupon, validate_coupon
from ...core.drops import get_drop, validate_drop
from ...core.errors import WeidianError
from ...core.schedule import get_online_hours
from ...core.shop import get_shop
from ...core.store import ShopStore
from ...media.outputs import OutputSpec
from ..column_fit import fit_columns
from ..table_model import row_table
from ..tasks import TaskHandle, show_error
from ..undo import RecordCommand, push
from .coupon_editor import CouponEditor
from .drop_editor import DropEditor
from .drop_outputs import ask_save_path, poster_spec, qr_spec, save_in_worker
from .drop_timeline import DropTimeline
from .drops_models import CouponsModel, DropsModel, coupon_rows, drop_rows
from .drops_undo import COUPONS, DROPS
from .online_hours import OnlineHoursCommand, OnlineHoursDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("DropsPage", text)


def _table(model: QAbstractItemModel) -> QTableView:
    view = row_table(model, single=True)
    fit_columns(view, 0)  # the drop's name, the coupon's code: what the seller looks for
    return view


class DropsPage(QWidget):
    """Plan drops (products, prices, caps, times) and coupons; every edit is undoable."""

    statusMessage = Signal(str)
    posterRequested = Signal(str)  # a drop's slug: the QR & posters page makes its poster
    qrRequested = Signal(str)  # a drop's slug: its QR code
    ask_path = staticmethod(ask_save_path)  # tests put a path here instead of a dialog
    last_task: TaskHandle | None = None  # the latest poster or QR code being saved

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropsPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        shop = get_shop(store)
        self.drops_model = DropsModel(shop.timezone, self)
        self.coupons_model = CouponsModel(shop.currency, shop.default_language, self)
        self.timeline = DropTimeline(shop.timezone)
        self.timeline.dropClicked.connect(self.select_drop)
        self.editor = DropEditor(store)
        self.editor.saveRequested.connect(self.save_drop)
        self.coupon_editor = CouponEditor(store)
        self.coupon_editor.saveRequested.connect(self.save_coupon)
        self._build()
        self.refresh()
        self.new_coupon()

    def _buttons(self, *pairs: tuple[str, object]) -> tuple[QWidget, list[QPushButton]]:
        bar, made = QWidget(), []
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 2)
        for label, slot in pairs:
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
            made.append(button)
        return bar, made

    def _build(self) -> None:
        self.drops_view = _table(self.drops_model)
        self.drops_view.selectionModel().selectionChanged.connect(lambda *_: self._load_drop())
        drop_bar, buttons = self._buttons((self.tr("New drop"), self.new_drop),
                                          (self.tr("Delete"), self.delete_drop),
                                          (self.tr("Poster…"), self._poster),
                                          (self.tr("QR code…"), self._qr))
        self.editor.onlineHoursRequested.connect(self.edit_online_hours)
        self.poster_button, self.qr_button = buttons[2], buttons[3]
        # Which clock the list's times are on, said once under it (headers stay short).
        self.clock_note = QLabel(self.tr("Times on the shop’s clock ({zone}).").format(
            zone=self.drops_model.zone))
        self.clock_note.setStyleSheet("color: #666")
        drops_list = QWidget()
        list_box = QVBoxLayout(drops_list)
        list_box.setContentsMargins(0, 0, 0, 0)
        list_box.addWidget(self.drops_view, 1)
        list_box.addWidget(self.clock_note)
        drops_split = QSplitter()
        drops_split.addWidget(drops_list)
        drops_split.addWidget(self.editor)
        drops_split.setSizes([540, 520])
        drops_split.setChildrenCollapsible(False)
        drops_tab = QWidget()
        drops_box = QVBoxLayout(drops_tab)
        drops_box.addWidget(self.timeline)
        drops_box.addWidget(drops_split, 1)

        self.coupons_view = _table(self.coupons_model)
        self.coupons_view.selectionModel().selectionChanged.connect(
            lambda *_: self._load_coupon())
        coupon_bar, _ = self._buttons((self.tr("New coupon"), self.new_coupon),
                                      (self.tr("Delete"), self.delete_coupon))
        coupons_tab = QSplitter()
        coupons_tab.addWidget(self.coupons_view)
        coupons_tab.addWidget(self.coupon_editor)
        coupons_tab.setSizes([640, 440])
        coupons_tab.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(drops_tab, self.tr("Drops"))
        self.tabs.addTab(coupons_tab, self.tr("Coupons"))
        # The list's buttons sit in the tab bar's free corner: beside the list they would
        # need the width of four buttons, and above it a row of height the editor needs.
        self.tab_buttons = QStackedWidget()
        self.tab_buttons.addWidget(drop_bar)
        self.tab_buttons.addWidget(coupon_bar)
        self.tabs.setCornerWidget(self.tab_buttons, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(self.tab_buttons.setCurrentIndex)
        QVBoxLayout(self).addWidget(self.tabs)

    # --- reading -------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Reload drops and coupons from the shop file (states are computed for now)."""
        now = utc_now()
        keep = select if select is not None else self.selected_drop()
        rows = drop_rows(self.store, now)
        self.editor.reload_products()  # products may have changed on another page
        self.drops_model.set_rows(rows)  # (a model reset clears the selection)
        self.timeline.set_rows(rows, now, keep)
        if keep is not None and self.drops_model.row_of(keep) is not None:
            self._select(self.drops_view, self.drops_model.row_of(keep))
            self._load_drop()
        else:
            self.new_drop()
        self._refresh_coupons(now)

    def _refresh_coupons(self, now: str, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_coupon()
        rows = coupon_rows(self.store, now, self.tr("Whole shop"))
        self.coupons_model.set_rows(rows)
        if keep is not None and self.coupons_model.row_of(keep) is not None:
            self._select(self.coupons_view, self.coupons_model.row_of(keep))

    @staticmethod
    def _select(view: QTableView, row: int | None) -> None:
        if row is None:
            return
        view.selectionModel().select(
            view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(view.model().index(row, 0))

    def select_drop(self, drop_id: int) -> None:
        self._select(self.drops_view, self.drops_model.row_of(drop_id))
        self.timeline.selected = drop_id
        self.timeline.update()

    def selected_drop(self) -> int | None:
        rows = self.drops_view.selectionModel().selectedRows()
        return self.drops_model.rows[rows[0].row()].drop.id if rows else None

    def selected_coupon(self) -> int | None:
        rows = self.coupons_view.selectionModel().selectedRows()
        return self.coupons_model.rows[rows[0].row()].coupon.id if rows else None

    def _load_drop(self) -> None:
        drop_id = self.selected_drop()
        if drop_id is not None:
            self.editor.load(get_drop(self.store, drop_id))
        self.timeline.selected = drop_id
        self.timeline.update()
        for button in (self.poster_button, self.qr_button):
            button.setEnabled(drop_id is not None)

    def _load_coupon(self) -> None:
        coupon_id = self.selected_coupon()
        if coupon_id is not None:
            self.coupon_editor.load(get_coupon(self.store, coupon_id))

    # --- drops ---------------------------------------------------------------------------
    def new_drop(self) -> None:
        self.drops_view.clearSelection()
        self.editor.load(None)

    def save_drop(self) -> None:
        """Save the editor as a new drop or over the selected one (one undoable action)."""
        try:
            drop = validate_drop(self.store, self.editor.drop())
            if drop.id is None:
                text = _tr("Add drop “{name}”").format(name=drop.name)
                push(self.undo_stack, RecordCommand(DROPS, self.store, text, self.refresh,
                                                    add=drop))
            else:
                text = _tr("Edit drop “{name}”").format(name=drop.name)
                push(self.undo_stack, RecordCommand(DROPS, self.store, text, self.refresh,
                                                    edit=(get_drop(self.store, drop.id), drop)))
        except WeidianError as exc:
            self.editor.message.setText(str(exc))
            return
        self.statusMessage.emit(text)

    def delete_drop(self) -> None:
        drop_id = self.selected_drop()
        if drop_id is None:
            return
        text = _tr("Delete drop “{name}”").format(name=get_drop(self.store, drop_id).name)
        push(self.undo_stack, RecordCommand(DROPS, self.store, text, self.refresh,
                                            delete=drop_id))
        self.statusMessage.emit(text)
        self.new_drop()

    def _output(self, signal: SignalInstance, title: str, suffix: str, pattern: str,
                spec: Callable[[str], OutputSpec]) -> TaskHandle | None:
        """Tell the window (a QR & posters page may listen), then save the file in a worker."""
        drop_id = self.selected_drop()
        if drop_id is None:
            return None
        slug = get_drop(self.store, drop_id).slug or ""
        signal.emit(slug)
        path = self.ask_path(self, title, f"{slug}{suffix}", pattern)
        if path is None:
            return None

        def saved(paths: list[Path]) -> None:
            self.statusMessage.emit(self.tr("Saved {path}.").format(path=paths[0]))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WeidianError):
                self.statusMessage.emit(str(exc))
            else:
                show_error(self, exc)

        try:
            self.last_task = save_in_worker(self, self.store, spec(slug), path, saved, failed)
        except WeidianError as exc:  # refused before any drawing: no base URL, a draft …
            self.statusMessage.emit(str(exc))
            return None
        return self.last_task

    def _poster(self) -> None:
        self._output(self.posterRequested, self.tr("Save the drop's poster"), "-poster.pdf",
                     self.tr("PDF (*.pdf)"), poster_spec)

    def _qr(self) -> None:
        self._output(self.qrRequested, self.tr("Save the drop's QR code"), "-qr.png",
                     self.tr("PNG image (*.png)"), qr_spec)

    def edit_online_hours(self) -> None:
        """The hours buyers are online (they suggest launch times): one undoable change."""
        dialog = OnlineHoursDialog(self.store, self)
        if self.run_dialog(dialog):
            try:
                push(self.undo_stack, OnlineHoursCommand(
                    self.store, get_online_hours(self.store), dialog.hours(),
                    self.editor._fill_suggestions))
            except WeidianError as exc:
                self.statusMessage.emit(str(exc))

    run_dialog = staticmethod(lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)

    # --- coupons -------------------------------------------------------------------------
    def _coupons_changed(self, coupon_id: int | None) -> None:
        self._refresh_coupons(utc_now(), coupon_id)

    def new_coupon(self) -> None:
        self.coupons_view.clearSelection()
        self.coupon_editor.load(None)

    def save_coupon(self) -> None:
        try:
            coupon = validate_coupon(self.store, self.coupon_editor.coupon())
            if coupon.id is None:
                text = _tr("Add coupon {code}").format(code=coupon.code)
                push(self.undo_stack, RecordCommand(COUPONS, self.store, text,
                                                    self._coupons_changed, add=coupon))
            else:
                text = _tr("Edit coupon {code}").format(code=coupon.code)
                push(self.undo_stack, RecordCommand(
                    COUPONS, self.store, text, self._coupons_changed,
                    edit=(get_coupon(self.store, coupon.id), coupon)))
        except WeidianError as exc:
            self.coupon_editor.message.setText(str(exc))
            return
        self.statusMessage.emit(text)

    def delete_coupon(self) -> None:
        coupon_id = self.selected_coupon()
        if coupon_id is None:
            return
        text = _tr("Delete coupon {code}").format(code=get_coupon(self.store, coupon_id).code)
        push(self.undo_stack, RecordCommand(COUPONS, self.store, text, self._coupons_changed,
                                            delete=coupon_id))
        self.statusMessage.emit(text)
        self.new_coupon()
