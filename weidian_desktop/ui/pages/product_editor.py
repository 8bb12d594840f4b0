"""The product editor: every field of a product; Save is one undoable action."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.collections import list_collections
from ...core.errors import ValidationError, WeidianError
from ...core.money import format_money
from ...core.price_input import (
    drops_by_half,
    format_price_input,
    parse_price_input,
    parse_price_input_or_none,
)
from ...core.product_list import edited_fields
from ...core.products import AVAILABILITY, STATUSES, Product, get_product, validate_product
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..i18n import current_language as language
from ..undo import Changed, push
from .product_images import ProductImagesPanel
from .product_translations import TranslationsEditor
from .product_variants import VariantsEditor
from .products_undo import SaveProductCommand


class ProductEditor(QWidget):
    """Edits one product (or a new one); Save pushes one SaveProductCommand."""

    saved = Signal(int)  # the product's id after a save
    statusMessage = Signal(str)  # what was just done, for the status bar

    def __init__(self, store: ShopStore, undo_stack: QUndoStack, currency: str,
                 changed: Changed, images_changed: Changed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductEditor")
        self.setMinimumWidth(460)  # below this the form scrolls sideways
        self._store, self._stack, self._currency, self._changed = (
            store, undo_stack, currency, changed)
        self._images_changed = images_changed
        self._product: Product | None = None  # the snapshot being edited; None: new
        self._build()
        self.set_currency(currency)
        shop = get_shop(store)
        self.set_languages(shop.default_language, shop.languages)
        self.load(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("EditorHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What buyers see first, e.g. 真丝围巾 silk scarf"))
        self.images = ProductImagesPanel(self._store, self._stack, self._images_changed)
        self.images.failed.connect(self.show_error)
        self.images.done.connect(self.statusMessage)
        self.images.needsProduct.connect(self._save_for_images)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr(
            "Plain text; an empty line starts a new paragraph."))
        self.description.setMinimumHeight(110)
        self.translations = TranslationsEditor()
        # The placeholders quote the default text as it is typed, not as it was loaded.
        self.title.textChanged.connect(lambda _t: self._defaults_changed())
        self.description.textChanged.connect(self._defaults_changed)
        self.price = QLineEdit()
        self.compare_at = QLineEdit()
        self.compare_at.setPlaceholderText(self.tr("optional"))
        self.compare_at.setToolTip(self.tr("The earlier price, shown struck through"))
        prices = QHBoxLayout()
        prices.addWidget(self.price)
        prices.addWidget(QLabel(self.tr("Compare at")))
        prices.addWidget(self.compare_at)
        self.sku = QLineEdit()
        self.availability = QComboBox()
        self.availability.addItems([self.tr("On request"), self.tr("In stock"),
                                    self.tr("Sold out")])
        self.quantity = QSpinBox()
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setSuffix(self.tr(" in stock"))
        # The quantity only means something "in stock": hidden otherwise, not greyed.
        self.availability.currentIndexChanged.connect(
            lambda i: self.quantity.setVisible(AVAILABILITY[i] == "in_stock"))
        stock = QHBoxLayout()
        stock.addWidget(self.availability)
        stock.addWidget(self.quantity)
        stock.addStretch(1)
        self.status = QComboBox()
        self.status.addItems([self.tr("Draft (not in the shop)"), self.tr("Published")])
        status = QHBoxLayout()
        status.addWidget(self.status)
        status.addStretch(1)
        self.collections = QListWidget()
        self.collections.setObjectName("CollectionsList")
        self.collections.setMaximumHeight(84)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separated by commas"))
        self.variants = VariantsEditor(self._currency)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Photos"), self.images)
        form.addRow(self.tr("Description"), self.description)
        self.translations_label = QLabel(self.tr("Translations"))
        form.addRow(self.translations_label, self.translations)
        self._form = form
        self.price_label = QLabel()
        form.addRow(self.price_label, prices)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Availability"), stock)
        form.addRow(self.tr("Status"), status)
        form.addRow(self.tr("Collections"), self.collections)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Options"), self.variants)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.message = QLabel()
        self.message.setObjectName("EditorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.load(self.product_id))
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Ctrl+V anywhere in the editor pastes photos; a focused text field keeps its own
        # paste, since line and text edits claim the key first (ShortcutOverride).
        QShortcut(QKeySequence.StandardKey.Paste, self, self.images.paste,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_currency(self, currency: str) -> None:
        """The shop's currency (it can change on the Shop page): labels and parsing."""
        self._currency = currency
        self.variants.set_currency(currency)
        self.price_label.setText(self.tr("Price ({0})").format(currency))

    def set_languages(self, default: str, languages: list[str]) -> None:
        """The shop's languages: a translations tab for each one but the default."""
        self._shop_language = default  # prices in messages as the product list writes them
        self.translations.set_languages(default, languages)
        # A one-language shop has nothing to translate: no empty box in the form.
        self._form.setRowVisible(self.translations, bool(self.translations.languages))

    def _defaults_changed(self) -> None:
        self.translations.set_defaults(self.title.text(), self.description.toPlainText())

    # --- loading ---------------------------------------------------------------------
    @property
    def product_id(self) -> int | None:
        return self._product.id if self._product is not None else None

    def load(self, product_id: int | None) -> None:
        """Show a product from the shop file (or an empty form for a new one)."""
        self._product = get_product(self._store, product_id) if product_id is not None else None
        p = self._product or Product(title="")
        self.heading.setText(p.title if self._product else self.tr("New product"))
        self.title.setText(p.title)
        self.description.setPlainText(p.description)
        self.translations.set_data(p.translations)
        self.price.setText(format_price_input(p.price, self._currency, language())
                           if self._product else "")
        self.compare_at.setText("" if p.compare_at_price is None
                                else format_price_input(p.compare_at_price, self._currency,
                                                        language()))
        self.sku.setText(p.sku or "")
        self.availability.setCurrentIndex(AVAILABILITY.index(p.availability))
        self.quantity.setValue(p.quantity or 0)
        self.quantity.setVisible(p.availability == "in_stock")
        self.status.setCurrentIndex(STATUSES.index(p.status))
        self.collections.clear()
        for collection in list_collections(self._store):
            item = QListWidgetItem(collection.title)
            item.setData(Qt.ItemDataRole.UserRole, collection.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = collection.id in p.collection_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.collections.addItem(item)
        self.tags.setText(", ".join(p.tags))
        self.variants.set_data(p.options, p.variants)
        self.images.set_product(self.product_id)
        self.message.clear()

    def reload_images(self) -> None:
        self.images.reload()

    # --- saving ----------------------------------------------------------------------
    def form_product(self) -> Product:
        """The product as the form shows it; raises ValidationError with one sentence."""
        # Start from the file's current state: images (the panel saves as it goes) and
        # supplier links are edited elsewhere; translations of languages the shop no
        # longer offers are kept.
        base = self._stored() if self._product is not None else Product(title="")
        p = copy.deepcopy(base)
        p.title = self.title.text().strip()
        p.description = self.description.toPlainText().strip()
        p.translations = self.translations.translations(base.translations)
        if not self.price.text().strip():
            raise ValidationError(self.tr("Give the product a price."), field="price")
        p.price = parse_price_input(self.price.text(), self._currency, language(),
                                    field="price", label=self.tr("Price"))
        p.compare_at_price = parse_price_input_or_none(self.compare_at.text(), self._currency,
                                                       language(), field="compare_at_price",
                                                       label=self.tr("Compare at"))
        p.sku = self.sku.text().strip() or None
        p.availability = AVAILABILITY[self.availability.currentIndex()]
        p.quantity = self.quantity.value() if p.availability == "in_stock" else None
        p.status = STATUSES[self.status.currentIndex()]
        p.collection_ids = [
            self.collections.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.collections.count())
            if self.collections.item(n).checkState() == Qt.CheckState.Checked]
        p.tags = [t for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        p.options = self.variants.product_options()
        if p.options and not self.variants.variants.rowCount():
            self.variants.generate()  # options without variants: make them, as asked
        p.variants = self.variants.product_variants()
        validate_product(p)
        p.overrides = sorted(set(base.overrides) | edited_fields(base, p))
        return p

    def save(self) -> bool:
        """Save the form as one undoable action; False (and the sentence shown) if refused."""
        try:
            after = self.form_product()
            if self._product is not None and after == self._stored():
                self.message.clear()
                return True  # nothing changed: no empty step on the undo stack
            before = self._stored() if self._product is not None else None
            if before is not None and not self._lower_prices_confirmed(before, after):
                self.show_error(self.tr("Not saved: the lower price waits for you to correct "
                                        "it or to save it again."))
                return False
            command = SaveProductCommand(self._store, before, after, self._changed)
            push(self._stack, command)
        except WeidianError as exc:
            self.show_error(str(exc))
            return False
        assert command.product_id is not None
        self.statusMessage.emit(command.text())
        self.load(command.product_id)
        self.saved.emit(command.product_id)
        return True

    def _stored(self) -> Product:
        """The shown product as the shop file holds it now."""
        if self._product is None or self._product.id is None:
            raise LookupError("no stored product is shown")
        return get_product(self._store, self._product.id)

    def _lower_prices_confirmed(self, before: Product, after: Product) -> bool:
        """Ask before a price falls below half: "12,5" for 125 costs real money."""
        falls: list[tuple[str, int | None, int | None]] = (
            [(after.title, before.price, after.price)]
            if drops_by_half(before.price, after.price) else [])
        old_variants = {v.id: v for v in before.variants if v.id is not None}
        for variant in after.variants:
            old = old_variants.get(variant.id) if variant.id is not None else None
            if old is not None and drops_by_half(old.price, variant.price):
                falls.append((f"{after.title} — {' / '.join(variant.options)}", old.price,
                              variant.price))
        if not falls:
            return True

        def money(amount: int | None) -> str:
            return format_money(amount or 0, self._currency, self._shop_language)

        lines = [self.tr("{name}: {old} → {new}").format(name=name, old=money(old),
                                                          new=money(new))
                 for name, old, new in falls[:5]]
        return self.confirm(self.tr("%n price(s) fall to less than half:", "", len(falls))
                            + "\n" + "\n".join(lines) + "\n\n"
                            + self.tr("Save the lower price?"))

    def confirm(self, text: str) -> bool:
        """A yes/no question to the seller (tests put an answer here)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Lower the price?"), text,
                          QMessageBox.StandardButton.NoButton, self)
        save = box.addButton(self.tr("Save the lower price"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter does not lower a price by mistake
        box.exec()
        return box.clickedButton() is save

    def is_dirty(self) -> bool:
        """True when the form differs from the shop file (or would be refused)."""
        if self._product is None:
            return bool(self.title.text().strip() or self.price.text().strip()
                        or self.description.toPlainText().strip()
                        or self.translations.has_text())
        try:
            return self.form_product() != self._stored()
        except WeidianError:
            return True

    def leave(self) -> bool:
        """Save before another product is shown; False (sentence shown) if refused.

        Every edit is saved as it is made, so moving on never drops what was typed.
        """
        return not self.is_dirty() or self.save()

    def _save_for_images(self) -> None:
        # Images belong to a product in the file, so a new product is saved first.
        if self._product is None:
            self.save()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
