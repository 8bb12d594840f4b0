"""One module per group of command-line commands; each has ``register(subparsers)``."""

from . import shop_commands

COMMAND_MODULES = [shop_commands]
