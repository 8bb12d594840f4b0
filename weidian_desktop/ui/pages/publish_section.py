"""The Export page's Publish section: target, Test connection, Publish with progress and
Cancel, the public address when done, "Open shop". The work is publish_shop, the same
call as ``weidian-desktop publish``; the target is remembered in the shop file.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.store import ShopStore
from ...publish import (
    HostKeyUnknown,
    PublishError,
    PublishResult,
    SecretNeeded,
    Secrets,
    Target,
    check_target,
    parse_target,
    public_url,
    publish_shop,
    remember,
    remembered,
)
from ..tasks import CancelFn, ProgressFn, TaskHandle, run_shop_task, show_error

EXAMPLES = ("sftp://me@example.com/var/www · s3://bucket/shop · "
            "git+https://github.com/me/shop.git · file:///media/usb/shop")


class PublishSection(QGroupBox):
    """Puts the shop online; ``base_url`` is the page's address field (filled from the
    target when the target tells it and the seller has not typed one)."""

    statusMessage = Signal(str)

    def __init__(self, store: ShopStore, base_url: QLineEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Publish"), parent)
        self.store = store
        self.base_url = base_url
        self.secrets = Secrets()
        self.task: TaskHandle | None = None
        self.result: PublishResult | None = None
        self.shop_url = ""
        self._derived = ""  # the address last filled in from the target
        last = remembered(store)
        self.target = QLineEdit(last.url if last else "")
        self.target.setPlaceholderText("sftp://me@example.com/var/www")
        self.target.setToolTip(EXAMPLES)
        self.target.setAccessibleName(self.tr("Publish target"))
        self.endpoint = QLineEdit(last.endpoint if last else "")
        self.endpoint.setPlaceholderText("https://<account>.r2.cloudflarestorage.com")
        self.endpoint.setAccessibleName(self.tr("S3 endpoint"))
        self.public_read = QCheckBox(self.tr("Readable by anyone (public-read)"))
        self.public_read.setChecked(bool(last and last.public_read))
        self.identity = QLineEdit(last.identity if last else "")
        self.identity.setPlaceholderText("~/.ssh/id_ed25519")
        self.identity.setAccessibleName(self.tr("SSH key file"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.identity, 1)
        key_row.addWidget(choose)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Target:"), self.target)
        self.form.addRow(self.tr("Endpoint:"), self.endpoint)
        self.form.addRow("", self.public_read)
        self.form.addRow(self.tr("Key file:"), key_row)
        hint = QLabel(self.tr("A folder, SFTP, S3-compatible storage (R2, OSS, COS, B2, MinIO) "
                              "or a git branch for GitHub, Gitee or Codeberg Pages. Passwords "
                              "go to the system keyring, never into the shop file."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.clicked.connect(self.start_publish)
        self.open_shop_button = QPushButton(self.tr("Open shop"))
        self.open_shop_button.setEnabled(False)
        self.open_shop_button.clicked.connect(self.open_shop)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.publish_button, self.open_shop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link = QLabel()
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.link)
        self.target.textChanged.connect(self._target_changed)
        self.endpoint.textChanged.connect(self._target_changed)
        self._target_changed()

    # --- the form --------------------------------------------------------------------------
    def _target_changed(self) -> None:
        url = self.target.text().strip()
        scheme = url.split(":", 1)[0].lower()
        self.form.setRowVisible(1, scheme == "s3")
        self.form.setRowVisible(2, scheme == "s3")
        self.form.setRowVisible(3, scheme == "sftp")
        has = bool(url)
        self.test_button.setEnabled(has and self.task is None)
        self.publish_button.setEnabled(has and self.task is None)
        try:
            derived = public_url(self._make_target())
        except PublishError:
            derived = ""
        # The address follows the target while the seller has not typed one of their own.
        typed = self.base_url.text().strip()
        if (derived and not typed) or (self._derived and typed == self._derived):
            self.base_url.setText(derived)  # ours to change: filled in from the last target
        self._derived = derived

    def _choose_key(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("SSH key file"),
                                                      self.identity.text())
        if chosen:
            self.identity.setText(chosen)

    def _make_target(self) -> Target:
        target = parse_target(self.target.text())
        if target.scheme == "s3":
            target.endpoint = self.endpoint.text().strip()
            target.public_read = self.public_read.isChecked()
        if target.scheme == "sftp":
            target.identity = self.identity.text().strip()
        return target

    # --- the work ----------------------------------------------------------------------------
    def _start(self, label: str, work, done) -> TaskHandle | None:
        try:
            target = self._make_target()
        except PublishError as exc:
            self._show_failure(exc)
            return None
        secrets = self.secrets
        base_url = self.base_url.text().strip() or None

        def run(twin: ShopStore, progress: ProgressFn, cancel: CancelFn) -> tuple[Target, Any]:
            return target, work(twin, target, secrets, base_url, progress, cancel)

        self._busy(True)
        self.status.setText(label)
        self.task = run_shop_task(self, label, self.store, run,
                                  lambda pair: self._finished(done, *pair),
                                  lambda exc: self._failed(exc, label, work, done))
        return self.task

    def test_connection(self) -> TaskHandle | None:
        """Log in and write a probe file (nothing of the shop is sent)."""
        return self._start(self.tr("Testing the connection…"),
                           lambda store, target, secrets, _base, _p, _c: check_target(
                               store, target, secrets=secrets),
                           self._tested)

    def start_publish(self) -> TaskHandle | None:
        """Export, then send what changed (progress after 600 ms; Cancel leaves the shop
        online whole, and the next publish finishes it)."""
        return self._start(self.tr("Publishing the shop…"),
                           lambda store, target, secrets, base, progress, cancel: publish_shop(
                               store, target, secrets=secrets, base_url=base,
                               progress=progress, cancel=cancel),
                           self._published)

    def _busy(self, on: bool) -> None:
        if not on:
            self.task = None
        for button in (self.test_button, self.publish_button):
            button.setEnabled(not on and bool(self.target.text().strip()))

    def _finished(self, done, target: Target, value) -> None:
        self._busy(False)
        if self.store.read_only is False:
            remember(self.store, target)  # it worked: the next publish needs no typing
        done(value)

    def _tested(self, sentence: str) -> None:
        self.status.setText(sentence)
        self.statusMessage.emit(sentence)

    def _published(self, result: PublishResult) -> None:
        self.result = result
        text = result.summary()
        self.status.setText(text)
        self.statusMessage.emit(text)
        url = result.public_url
        if not url and self.target.text().startswith("file:"):
            url = QUrl.fromLocalFile(self.target.text()[len("file://"):] + "/index.html"
                                     ).toString()
        self.shop_url = url
        self.open_shop_button.setEnabled(bool(url))
        shown = html.escape(url)  # typed by the seller: shown as text, never as markup
        self.link.setText(f'<a href="{shown}">{shown}</a>' if url else "")

    def _failed(self, exc: BaseException, label: str, work, done) -> None:
        self._busy(False)
        if isinstance(exc, HostKeyUnknown):
            answer = QMessageBox.question(
                self, self.tr("Unknown server"),
                self.tr("This is the first connection to {0}. Its key's fingerprint is\n\n{1}"
                        "\n\nCompare it with the one your host shows. Trust this server and "
                        "remember it?").format(exc.host, exc.fingerprint))
            if answer == QMessageBox.StandardButton.Yes:
                from ...publish.backends.sftp import trust_host_key

                trust_host_key(exc)
                self._start(label, work, done)
                return
        elif isinstance(exc, SecretNeeded):
            secret, ok = QInputDialog.getText(self, self.tr("Publish"), exc.prompt,
                                              QLineEdit.EchoMode.Password)
            if ok and secret:
                self.secrets.given[exc.account] = secret
                self._start(label, work, done)
                return
        self._show_failure(exc)

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, WeidianError):  # one sentence: the target and what to do
            self.status.setText(str(exc))
            self.statusMessage.emit(str(exc))
        else:
            self.status.setText("")
            show_error(self, exc)

    def open_shop(self) -> None:
        if self.shop_url:
            QDesktopServices.openUrl(QUrl(self.shop_url))
