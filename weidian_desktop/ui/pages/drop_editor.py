"""The drop editor: name, products at a drop price with a cap, times on a chosen clock, checks."""

from __future__ import annotations

from copy import deepcopy
from datetime import datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import from_iso, utc_now
from ...core.drop_checks import parse_cap
from ...core.drops import Drop, DropItem, validate_drop
from ...core.errors import WeidianError
from ...core.formats import format_weekday_datetime
from ...core.money import format_money
from ...core.price_input import format_price_input, parse_price_input_or_none
from ...core.schedule import local_to_utc, suggest_times, utc_to_local
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..i18n import current_language as language
from ..table_model import cell

COMMON_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Taipei", "Asia/Tokyo",
                "Europe/Rome", "Europe/London", "America/New_York", "UTC"]


class WallClockEdit(QDateTimeEdit):
    """A date and time as a wall clock shows it; Qt never shifts it for the host's zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(QTimeZone.utc())  # "UTC" only as a neutral carrier of naive times
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)

    def set_naive(self, moment: datetime) -> None:
        self.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day),
                                   QTime(moment.hour, moment.minute), QTimeZone.utc()))

    def naive(self) -> datetime:
        d, t = self.dateTime().date(), self.dateTime().time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DropEditor(QWidget):
    """Edits one drop; every change is checked at once and the refusal shown in one sentence."""

    saveRequested = Signal()
    changed = Signal()
    onlineHoursRequested = Signal()  # the hours the suggestions come from (a shop setting)

    def __init__(self, store: ShopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropEditor")
        self.store = store
        shop = get_shop(store)
        self.shop_zone, self.currency = shop.timezone, shop.currency
        self.money_locale = shop.default_language  # prices as the Products page writes them
        # (not self.locale: that would hide QWidget.locale())
        self.drop_id: int | None = None
        self.slug: str | None = None
        self._loading = False
        self._touched = False  # a new form the seller has not edited yet is no error
        self._saved: Drop | None = None  # the form as loaded: "saved" while it still is
        self._start_seen = datetime(2000, 1, 1)
        self._build()

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Singles' Day bags"))
        self.description = QPlainTextEdit()
        # Two lines: the products below need the room in a small window.
        self.description.setFixedHeight(2 * self.description.fontMetrics().lineSpacing() + 14)
        self.status = QComboBox()
        self.status.addItem(self.tr("Published"), "published")
        self.status.addItem(self.tr("Draft"), "draft")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(dict.fromkeys(
            [self.shop_zone, *COMMON_ZONES, *sorted(available_timezones())])))
        self.starts, self.ends, self.preview = WallClockEdit(), WallClockEdit(), WallClockEdit()
        self.has_preview = QCheckBox(self.tr("Preview from"))
        self.suggested = QComboBox()
        self.suggested.setToolTip(self.tr("The next hours buyers are online (shop settings)."))
        self.suggested.activated.connect(self._use_suggestion)
        self.duration = QLabel()
        form = QFormLayout()
        form.setVerticalSpacing(5)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        # Beside the suggestions they make, not in the list's button row: that row must
        # fit half the page in every language.
        hours = QPushButton(self.tr("Online hours…"))
        hours.setToolTip(self.tr("When your buyers are online: the suggested launch times."))
        hours.clicked.connect(self.onlineHoursRequested)
        form.addRow(self.tr("Suggested launch"), _row(self.suggested, hours))
        # Times in pairs, so the product table keeps its rows in a 1024×640 window.
        self.ends_label = QLabel(self.tr("Ends"))
        form.addRow(self.tr("Starts"), _row(self.starts, self.ends_label, self.ends))
        form.addRow(self.has_preview, _row(self.preview, self.duration))
        self.status_label = QLabel(self.tr("Status"))
        form.addRow(self.tr("Time zone"), _row(self.zone, self.status_label, self.status))
        self.items = QTableWidget(0, 4)
        self.items.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Regular"),
                                              self.tr("Drop price"), self.tr("Made (cap)")])
        self.items.verticalHeader().hide()
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("DropMessage")
        self.save_button = QPushButton(self.tr("Save drop"))
        self.save_button.clicked.connect(self.saveRequested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        products = QLabel(self.tr("Products (tick to include; empty price: regular "
                                  "price; empty cap: no limit)"))
        products.setWordWrap(True)  # a long hint must not widen the window
        layout.addWidget(products)
        layout.addWidget(self.items, 1)
        layout.addLayout(bottom)
        for signal in (self.name.textChanged, self.description.textChanged,
                       self.status.currentIndexChanged, self.ends.dateTimeChanged,
                       self.preview.dateTimeChanged, self.has_preview.toggled,
                       self.items.itemChanged):
            signal.connect(lambda *_: self._edited())
        self.starts.dateTimeChanged.connect(lambda _: self._start_moved())
        self.zone.currentTextChanged.connect(self._zone_changed)

    # --- products ------------------------------------------------------------------------
    def reload_products(self) -> None:
        """One row per product and per variant, with its regular price."""
        self._loading = True
        self.items.setRowCount(0)
        rows = self.store.query(
            "SELECT p.id, p.title, p.price, NULL AS vid, '' AS opt FROM products p "
            "UNION ALL SELECT p.id, p.title, COALESCE(v.price, p.price), v.id, "
            "trim(COALESCE(v.option1, '') || ' ' || COALESCE(v.option2, '')) FROM variants v "
            "JOIN products p ON p.id = v.product_id ORDER BY 1, 4")
        for r in rows:
            n = self.items.rowCount()
            self.items.insertRow(n)
            label = f"{r['title']} — {r['opt']}" if r["vid"] else r["title"]
            first = QTableWidgetItem(label)
            first.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            first.setCheckState(Qt.CheckState.Unchecked)
            first.setData(Qt.ItemDataRole.UserRole, (r["id"], r["vid"]))
            regular = QTableWidgetItem(format_money(r["price"], self.currency, self.money_locale))
            regular.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.items.setItem(n, 0, first)
            self.items.setItem(n, 1, regular)
            self.items.setItem(n, 2, QTableWidgetItem(""))
            self.items.setItem(n, 3, QTableWidgetItem(""))
        self._loading = False

    def _row_of(self, product_id: int, variant_id: int | None) -> int | None:
        for n in range(self.items.rowCount()):
            if cell(self.items, n, 0).data(Qt.ItemDataRole.UserRole) == (product_id, variant_id):
                return n
        return None

    # --- times ---------------------------------------------------------------------------
    def _zone(self) -> str:
        return self.zone.currentText().strip()

    def _zone_changed(self) -> None:
        self._fill_suggestions()
        self._edited()

    def _start_moved(self) -> None:
        """A new start moves the whole drop: its end keeps the length, its preview the lead."""
        start = self.starts.naive()
        delta, self._start_seen = start - self._start_seen, start
        if not self._loading and delta:
            for edit in (self.ends, self.preview):  # ticked or not: a later tick is right too
                edit.blockSignals(True)
                edit.set_naive(edit.naive() + delta)
                edit.blockSignals(False)
        self._edited()

    def _fill_suggestions(self) -> None:
        self.suggested.clear()
        self.suggested.addItem(self.tr("Choose…"), None)
        try:
            for at in suggest_times(self.store, 8):
                self.suggested.addItem(format_weekday_datetime(
                    at, language(), self._zone()), at)
        except (WeidianError, ValueError, KeyError):
            pass  # an unfinished zone name: the check below says so

    def _use_suggestion(self, index: int) -> None:
        at = self.suggested.itemData(index)
        if at is None:
            return
        length = self.ends.naive() - self.starts.naive()
        start = utc_to_local(at, self._zone()).replace(tzinfo=None)
        self.starts.set_naive(start)  # the preview moves with it (_start_moved)
        self.ends.set_naive(start + (length if length > timedelta(0) else timedelta(days=1)))

    # --- loading and reading back -------------------------------------------------------
    def load(self, drop: Drop | None) -> None:
        """Show a drop, or a new one starting at the next online hour and lasting a day."""
        self._loading = True
        if drop is None:
            start = (suggest_times(self.store, 1, after=utc_now()) or [utc_now()])[0]
            drop = Drop("", start, utc_now(), timezone=self.shop_zone)
            drop.ends_at = (from_iso(start) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.drop_id, self.slug = drop.id, drop.slug
        self.name.setText(drop.name)
        self.description.setPlainText(drop.description)
        self.status.setCurrentIndex(self.status.findData(drop.status))
        zone = drop.timezone or self.shop_zone
        self.zone.setCurrentText(zone)
        self.starts.set_naive(utc_to_local(drop.starts_at, zone).replace(tzinfo=None))
        self._start_seen = self.starts.naive()
        self.ends.set_naive(utc_to_local(drop.ends_at, zone).replace(tzinfo=None))
        preview = drop.preview_at or (from_iso(drop.starts_at) - timedelta(days=3)).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
        self.preview.set_naive(utc_to_local(preview, zone).replace(tzinfo=None))
        self.has_preview.setChecked(drop.preview_at is not None)
        for n in range(self.items.rowCount()):
            cell(self.items, n, 0).setCheckState(Qt.CheckState.Unchecked)
            cell(self.items, n, 2).setText("")
            cell(self.items, n, 3).setText("")
        for item in drop.items:
            row = self._row_of(item.product_id, item.variant_id)
            if row is None:
                continue
            cell(self.items, row, 0).setCheckState(Qt.CheckState.Checked)
            if item.drop_price is not None:
                cell(self.items, row, 2).setText(
                    format_price_input(item.drop_price, self.currency, language()))
            if item.quantity_cap is not None:
                cell(self.items, row, 3).setText(str(item.quantity_cap))
        self._fill_suggestions()
        self._loading = False
        self._touched = False
        try:
            self._saved = self.drop() if drop.id is not None else None
        except WeidianError:
            self._saved = None
        self.check()

    def _edited(self) -> None:
        if not self._loading:
            self._touched = True
            self.check()

    def drop(self) -> Drop:
        """The form as a core Drop; raises ValidationError for a price, cap or time typed wrong."""
        zone = self._zone()
        items = []
        for n in range(self.items.rowCount()):
            first = cell(self.items, n, 0)
            if first.checkState() != Qt.CheckState.Checked:
                continue
            product_id, variant_id = first.data(Qt.ItemDataRole.UserRole)
            price = parse_price_input_or_none(cell(self.items, n, 2).text(), self.currency,
                                              language(), field="drop_price",
                                              label=first.text())
            cap = parse_cap(cell(self.items, n, 3).text(), first.text())
            items.append(DropItem(product_id, variant_id, price, cap))
        return Drop(
            name=self.name.text(), description=self.description.toPlainText(), timezone=zone,
            starts_at=local_to_utc(self.starts.naive(), zone, field="starts_at"),
            ends_at=local_to_utc(self.ends.naive(), zone, field="ends_at"),
            preview_at=local_to_utc(self.preview.naive(), zone, field="preview_at")
            if self.has_preview.isChecked() else None,
            status=self.status.currentData(), slug=self.slug, items=items, id=self.drop_id)

    def check(self) -> bool:
        """Validate the form as it stands; show the one sentence, or the drop's real length."""
        if self._loading:
            return False
        self.preview.setEnabled(self.has_preview.isChecked())
        try:
            form = self.drop()
            drop = validate_drop(self.store, deepcopy(form))
        except WeidianError as exc:
            if self.drop_id is None and not self._touched:  # nothing typed yet: a hint
                self._say(self.tr("Name the drop and tick its products, then save it."))
            else:
                self._say(str(exc), error=True)
            self.duration.setText("")
            self.save_button.setEnabled(False)
            return False
        hours = drop.duration.total_seconds() / 3600
        text = self.tr("Lasts {days} d {hours} h").format(days=int(hours // 24),
                                                           hours=f"{hours % 24:g}")
        if drop.timezone != self.shop_zone:
            text += " · " + self.tr("on the shop's clock {start} to {end}").format(
                start=utc_to_local(drop.starts_at, self.shop_zone).strftime("%m-%d %H:%M"),
                end=utc_to_local(drop.ends_at, self.shop_zone).strftime("%m-%d %H:%M %Z"))
        self.duration.setText(text)
        saved = self._saved is not None and form == self._saved
        self._say(self.tr("Every change is saved.") if saved else self.tr("Ready to save."))
        self.save_button.setEnabled(not saved)
        self.changed.emit()
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b02a30;" if error else "")
        self.message.setText(text)


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side in one form row; the first one takes the spare width."""
    row = QHBoxLayout()
    for n, widget in enumerate(widgets):
        row.addWidget(widget, 1 if n == 0 else 0)
    return row
