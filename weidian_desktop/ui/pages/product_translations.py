"""A product's title and description in the shop's other languages, one tab per language."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..shop_fields import language_name, ui_locale

# How much of the default description a placeholder quotes: enough to recognise it,
# short enough to fit on the line under "Empty: shows…" in the short box.
PREVIEW_CHARS = 48


def short_name(tag: str) -> str:
    """The language's plain name in the UI's language ("Chinese", "cinese", "中文").

    The placeholders are narrow: "简体中文 — Chinese" there would be cut off.
    """
    try:
        return Locale.parse(tag.replace("-", "_")).get_language_name(ui_locale()) or tag
    except (UnknownLocaleError, ValueError):
        return tag


class _LanguageTab(QWidget):
    """Title and description in one language; empty fields fall back to the default."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setMaxLength(200)  # the limit core.products checks for every title
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        # Short: the default description above is the one the seller writes at length.
        self.description.setFixedHeight(88)  # four lines
        form = QFormLayout(self)
        form.setContentsMargins(0, 6, 0, 2)  # fields in line with the tab bar above
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)


class TranslationsEditor(QWidget):
    """Tabs for every shop language but the default; what is left empty is not stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductTranslations")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)  # never widens the editor, whatever the names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # Never taller than its fields: a tall editor gives spare room to the
        # description and variants, not to gaps between these rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._default = ""
        self._languages: list[str] = []  # the tabs' languages, in the shop's order
        self._pages: dict[str, _LanguageTab] = {}
        self._default_texts = ("", "")

    @property
    def languages(self) -> list[str]:
        return list(self._languages)

    def page(self, language: str) -> _LanguageTab:
        """The tab of one language (tests type into its fields)."""
        return self._pages[language]

    def set_languages(self, default: str, languages: list[str]) -> None:
        """The shop's languages (they can change on the Shop page); typed text is kept."""
        others = [lang for lang in languages if lang != default]
        if (default, others) == (self._default, self._languages):
            return
        typed = self.translations({})
        self._default, self._languages = default, others
        self.tabs.clear()
        for page in self._pages.values():
            page.deleteLater()
        self._pages = {}
        for language in others:
            page = _LanguageTab()
            page.title.textChanged.connect(lambda _t, lang=language: self._mark(lang))
            page.description.textChanged.connect(lambda lang=language: self._mark(lang))
            self._pages[language] = page
            self.tabs.addTab(page, language_name(language))
        self.set_data(typed)
        self.set_defaults(*self._default_texts)

    def set_defaults(self, title: str, description: str) -> None:
        """Show the default language's text, greyed, where a translation is empty."""
        self._default_texts = (title, description)
        name = short_name(self._default) if self._default else ""
        title = title.strip()
        # Its first paragraph only: a cut-off second line would look like a fault.
        description = next((line.strip() for line in description.splitlines()
                            if line.strip()), "")
        if len(description) > PREVIEW_CHARS:
            description = description[:PREVIEW_CHARS].rstrip() + "…"
        for page in self._pages.values():
            # Translate first, then format: the translator's text keeps its placeholders.
            page.title.setPlaceholderText(
                self.tr("Empty: shows the {0} title, “{1}”").format(name, title) if title
                else self.tr("Empty: shows the {0} title").format(name))
            page.description.setPlaceholderText(
                self.tr("Empty: shows the {0} description:").format(name)
                + ("\n" + description if description else ""))
            # QPlainTextEdit repaints only its first line when the placeholder changes
            # while shown: the old quote would stay painted under the new one.
            page.description.viewport().update()

    def set_data(self, translations: dict[str, dict[str, str]]) -> None:
        """Fill the tabs from Product.translations; missing languages stay empty."""
        for language, page in self._pages.items():
            texts = translations.get(language) or {}
            page.title.setText(texts.get("title", ""))
            page.description.setPlainText(texts.get("description", ""))
            self._mark(language)

    def translations(self, base: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        """``base`` with the tabs' languages replaced; a language left empty is dropped.

        Languages the shop no longer offers keep their text: adding the language back
        to the shop should not find the seller's translations gone.
        """
        out = {lang: dict(texts) for lang, texts in base.items()
               if lang not in self._pages}
        for language, page in self._pages.items():
            title = page.title.text().strip()
            description = page.description.toPlainText().strip()
            if title or description:
                out[language] = {"title": title, "description": description}
        return out

    def has_text(self) -> bool:
        return bool(self.translations({}))

    def _mark(self, language: str) -> None:
        # The tab says whether the language has its own text, without opening it.
        page = self._pages.get(language)
        if page is None:
            return
        index = self.tabs.indexOf(page)
        filled = bool(page.title.text().strip() or page.description.toPlainText().strip())
        name = language_name(language)
        self.tabs.setTabText(index, f"{name} ✓" if filled else name)
        self.tabs.setTabToolTip(index, self.tr("Has its own text") if filled
                                else self.tr("Empty: buyers see the default language"))
