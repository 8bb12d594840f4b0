"""Typed errors whose message is one clear sentence a seller can act on."""


class WeidianError(Exception):
    """Base of every error the app reports to the user as one sentence (no traceback)."""

    exit_code = 1


class ShopFileError(WeidianError):
    """The shop file cannot be opened or created: not SQLite, damaged, too new, in use."""


class ShopInUseError(ShopFileError):
    """Another process (or window) already holds the shop file open for writing."""


class ShopReadOnlyError(ShopFileError):
    """The shop file, or the folder it needs to write its log in, cannot be written."""


class ValidationError(WeidianError):
    """Input the seller typed or a file supplied does not pass a rule; names the field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(WeidianError):
    """A product, drop, supplier or other record named by the user does not exist."""


class ImportFileError(WeidianError):
    """A stocklist file is not a catalogue at all (nothing was written)."""


class ImageError(ValidationError):
    """Image data refused on the way in (bomb, truncated, wrong format, too large)."""


class Cancelled(WeidianError):
    """Long work stopped by the user; everything it did was rolled back."""
