"""The command-line commands, one module per group; each module has ``register(subparsers)``.

``COMMANDS`` names every command, the module that defines it and its one-line help, so
the command line can list them all and import only the module of the command being run
(importing a module must stay cheap: heavy libraries are imported inside the command).
"""

from __future__ import annotations

from ..core.i18n import N_, _

# name: (module in this package, help shown in the list of commands)
COMMANDS: dict[str, tuple[str, str]] = {
    "new": ("shop_commands", N_("create an empty shop file")),
    "demo": ("shop_commands", N_("write the bundled demo shop")),
    "check": ("shop_commands", N_("integrity and listing-health report")),
    "import": ("stocklist_commands", N_("import or re-import a supplier's catalogue")),
    "pick": ("stocklist_commands", N_("make shop products from supplier items")),
    "products": ("product_commands", N_("list, publish and unpublish the shop's products")),
    "drops": ("drop_commands", N_("limited drops: list, add, edit, delete")),
    "coupons": ("coupon_commands", N_("coupon codes: list, add, delete")),
    "posts": ("post_commands", N_("posts for the shop's feed: list, add, delete")),
    "orders": ("order_commands", N_("record and follow orders from buyers' messages")),
    "export": ("export_commands", N_("write the static HTML5 shop to a folder")),
    "publish": ("publish_commands",
                N_("put the shop online: a folder, SFTP, S3 or a git branch")),
    "qr": ("media_commands",
           N_("a QR code for the shop, a product, a collection or a drop")),
    "poster": ("media_commands", N_("a printable poster or label sheet (PDF)")),
    "share": ("media_commands", N_("share images for chat timelines (PNG)")),
}


def command_help(name: str) -> str:
    """The one-line help of command ``name``, in the current language."""
    return _(COMMANDS[name][1])
