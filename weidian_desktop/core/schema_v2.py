"""Version 2 of the shop-file schema: a change token per product, kept by triggers.

An incremental export must know which products changed since the last one without
reading all of them (a 10,000-product shop: 0.3 s of loading and hashing). SQLite
keeps the answer itself: every write to a product or to a row that belongs to it gives
the product a new random token in ``product_revisions``. Random, not a counter, so two
copies of one shop edited apart ("Save a Copy") never show the same token for
different content. Drops are not covered: what a drop shows of a product (window,
price, units left, which move with orders) is small and the export hashes it directly.
"""

from __future__ import annotations

# Tables whose rows belong to one product (column product_id) and show on its page.
PRODUCT_CHILD_TABLES = ("product_translations", "product_tags", "product_options", "variants",
                        "product_images", "collection_products")

_BUMP = ("INSERT INTO product_revisions (product_id, revision) VALUES ({id}, random()) "
         "ON CONFLICT (product_id) DO UPDATE SET revision = excluded.revision;")


def _triggers() -> list[str]:
    out = [
        f"CREATE TRIGGER products_rev_ai AFTER INSERT ON products BEGIN "
        f"{_BUMP.format(id='NEW.id')} END",
        f"CREATE TRIGGER products_rev_au AFTER UPDATE ON products BEGIN "
        f"{_BUMP.format(id='NEW.id')} END",
        # After the cascade to its children (whose triggers put the row back): gone for good.
        "CREATE TRIGGER products_rev_ad AFTER DELETE ON products BEGIN "
        "DELETE FROM product_revisions WHERE product_id = OLD.id; END",
    ]
    for table in PRODUCT_CHILD_TABLES:
        out += [
            f"CREATE TRIGGER {table}_rev_ai AFTER INSERT ON {table} BEGIN "
            f"{_BUMP.format(id='NEW.product_id')} END",
            f"CREATE TRIGGER {table}_rev_ad AFTER DELETE ON {table} BEGIN "
            f"{_BUMP.format(id='OLD.product_id')} END",
            # A row moved to another product changes both.
            f"CREATE TRIGGER {table}_rev_au AFTER UPDATE ON {table} BEGIN "
            f"{_BUMP.format(id='OLD.product_id')} {_BUMP.format(id='NEW.product_id')} END",
        ]
    return out


SCHEMA_V2: list[str] = [
    "CREATE TABLE product_revisions (\n"
    "    product_id INTEGER PRIMARY KEY,    -- no foreign key: kept by the triggers below\n"
    "    revision INTEGER NOT NULL          -- random; new on every change to the product\n"
    ")",
    "INSERT INTO product_revisions (product_id, revision) SELECT id, random() FROM products",
    *_triggers(),
    # Image sizes without reading the image bytes stored before them in each row (a
    # 10,000-photo shop: 20 ms through the table, 2 ms through this index).
    "CREATE INDEX images_size ON images (hash, width, height)",
]
