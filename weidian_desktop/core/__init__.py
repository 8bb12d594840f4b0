"""Qt-free domain: the shop file, its schema, and the operations on a shop."""
