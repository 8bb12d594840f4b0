"""The language of the sentences the core, the importers, the export and the CLI write.

Messages are gettext templates: translate first, then format with named arguments, so a
language can put the words in its own order::

    raise ValidationError(_("The drop {name} needs a start time.").format(name=name))
    ngettext("{n} product", "{n} products", n).format(n=n)

``N_`` marks a template where it is defined (a table built at import time) and leaves it
untranslated; ``_`` translates it where it is shown. Machine-readable output (``--json``,
codes such as ``checksum_mismatch``) is never passed through these.
"""

from __future__ import annotations

import gettext

_active: gettext.NullTranslations = gettext.NullTranslations()


def _(message: str) -> str:
    """``message`` in the current language."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural template for ``n`` in the current language."""
    return _active.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it here."""
    return message
