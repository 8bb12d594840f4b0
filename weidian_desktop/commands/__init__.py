"""One module per group of command-line commands; each has ``register(subparsers)``."""

from . import (
    export_commands,
    media_commands,
    order_commands,
    publish_commands,
    shop_commands,
    stocklist_commands,
)

COMMAND_MODULES = [shop_commands, order_commands, stocklist_commands, export_commands,
                   publish_commands, media_commands]
