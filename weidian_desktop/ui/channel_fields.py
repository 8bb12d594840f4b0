"""The contact channels buyers order through, each checked as typed, error under the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.errors import ValidationError
from ..core.shop import CHANNEL_KINDS, Channel, check_channel
from .i18n import QT_TRANSLATE_NOOP
from .image_field import ImageField

# (label, placeholder) per kind; marked here, translated where shown.
LABELS = {
    "wechat": (QT_TRANSLATE_NOOP("ChannelFields", "WeChat ID"),
               QT_TRANSLATE_NOOP("ChannelFields", "e.g. xiaoman_goods")),
    "whatsapp": (QT_TRANSLATE_NOOP("ChannelFields", "WhatsApp number"),
                 QT_TRANSLATE_NOOP("ChannelFields", "e.g. +86 138 0013 8000")),
    "sms": (QT_TRANSLATE_NOOP("ChannelFields", "Phone for SMS"),
            QT_TRANSLATE_NOOP("ChannelFields", "e.g. +39 333 123 4567")),
    "email": (QT_TRANSLATE_NOOP("ChannelFields", "E-mail"),
              QT_TRANSLATE_NOOP("ChannelFields", "e.g. orders@example.com")),
    "telegram": (QT_TRANSLATE_NOOP("ChannelFields", "Telegram username"),
                 QT_TRANSLATE_NOOP("ChannelFields", "e.g. @xiaoman_goods")),
}


def channel_label(kind: str) -> str:
    return QCoreApplication.translate("ChannelFields", LABELS[kind][0])


class ChannelFields(QWidget):
    """One line per channel kind plus the WeChat QR image; ``channels()`` gives what is filled."""

    edited = Signal(str)  # a channel's text was finished (editingFinished) and is valid

    def __init__(self, parent: QWidget | None = None, qr_size: int = 80) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for kind in CHANNEL_KINDS:
            edit = QLineEdit()
            edit.setObjectName(f"channel_{kind}")
            edit.setPlaceholderText(QCoreApplication.translate("ChannelFields", LABELS[kind][1]))
            edit.setClearButtonEnabled(True)
            error = QLabel()
            error.setObjectName("FieldError")
            error.setWordWrap(True)
            # A line kept for the sentence even while hidden: the fields below do not
            # jump as it comes and goes (a click meant for the next field lands there).
            error.setMinimumHeight(error.fontMetrics().height())
            policy = error.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            error.setSizePolicy(policy)
            error.hide()
            edit.editingFinished.connect(lambda k=kind: self._finished(k))
            # Once an error shows, it goes away as soon as the text is right.
            edit.textEdited.connect(lambda _t, k=kind: self.errors[k].isVisible()
                                    and self.check(k))
            box = QVBoxLayout()
            box.setSpacing(3)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(channel_label(kind), box)
            self.edits[kind], self.errors[kind] = edit, error
        self.wechat_qr = ImageField(self.tr("Your personal WeChat QR code, so buyers can add "
                                            "you (paste, drop or choose)."), qr_size)
        form.addRow(self.tr("WeChat QR"), self.wechat_qr)
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def check(self, kind: str) -> bool:
        """Validate one channel; an empty one is fine (it is simply not used)."""
        text = self.edits[kind].text().strip()
        message = ""
        if text:
            try:
                check_channel(kind, text)
            except ValidationError as exc:
                message = str(exc)
        error = self.errors[kind]
        error.setText(message)
        error.setVisible(bool(message))
        if message and error.width() > 0:
            # The room a longer sentence took is kept after it goes: fields move at most
            # once, never back up under the pointer as a fixed entry clears its error.
            error.setMinimumHeight(max(error.minimumHeight(), error.heightForWidth(error.width())))
        return not message

    def check_all(self) -> bool:
        return all([self.check(kind) for kind in CHANNEL_KINDS])  # every error shown at once

    def _finished(self, kind: str) -> None:
        if self.check(kind):
            self.edited.emit(kind)

    def filled(self) -> bool:
        return any(edit.text().strip() for edit in self.edits.values())

    def channels(self, qr_hash: str | None = None) -> list[Channel]:
        """The filled channels in the usual order (values as typed; check_channel cleans)."""
        return [Channel(kind, edit.text().strip(), qr_hash if kind == "wechat" else None)
                for kind, edit in self.edits.items() if edit.text().strip()]

    def set_channels(self, channels: list[Channel]) -> None:
        values = {c.kind: c.value for c in channels}
        for kind, edit in self.edits.items():
            if edit.text() != values.get(kind, ""):
                edit.setText(values.get(kind, ""))
            self.errors[kind].hide()
