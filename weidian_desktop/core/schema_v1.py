"""Version 1 of the shop-file schema: the whole product, so later work extends it."""

# Conventions (so any SQLite tool can read the file):
# - money: INTEGER minor units; the currency is the shop's (shop.currency) unless a
#   row carries its own `currency` column (supplier prices, orders).
# - times: TEXT ISO 8601 in UTC with a trailing "Z" ("2026-11-22T08:00:00Z"), which
#   sorts correctly as text; a drop also keeps the IANA zone it was planned in.
# - lists and small maps: TEXT holding JSON.
# - images: stored once in `images` keyed by the SHA-256 of their bytes.

SCHEMA_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL                -- JSON
);

CREATE TABLE images (
    hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
    data BLOB NOT NULL,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    byte_size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

-- Derived images (export widths, thumbnails): a cache keyed by (image, width, format).
CREATE TABLE image_variants (
    image_hash TEXT NOT NULL REFERENCES images(hash) ON DELETE CASCADE,
    width INTEGER NOT NULL,
    format TEXT NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (image_hash, width, format)
) WITHOUT ROWID;

CREATE TABLE shop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    tagline TEXT NOT NULL DEFAULT '',
    about TEXT NOT NULL DEFAULT '',
    logo_hash TEXT REFERENCES images(hash),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    default_language TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '[]',          -- JSON list of BCP 47 tags
    theme_color TEXT NOT NULL DEFAULT '#c0392b',
    timezone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    base_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('wechat', 'whatsapp', 'sms', 'email', 'telegram')),
    value TEXT NOT NULL,                           -- WeChat ID, E.164 phone, address, username
    qr_image_hash TEXT REFERENCES images(hash),    -- the seller's personal WeChat QR
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, value)
);

CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    currency TEXT,
    contact TEXT NOT NULL DEFAULT '',
    format TEXT,                                   -- last importer used
    column_mapping TEXT,                           -- JSON, remembered per supplier
    created_at TEXT NOT NULL
);

CREATE TABLE stock_items (
    id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    sku TEXT NOT NULL,
    group_key TEXT,                                -- parent handle when a variant
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    brand TEXT NOT NULL DEFAULT '',
    barcode TEXT,
    options TEXT NOT NULL DEFAULT '{}',            -- JSON {"Size": "M"}
    price INTEGER CHECK (price >= 0),
    compare_at_price INTEGER,
    currency TEXT,
    availability TEXT NOT NULL DEFAULT 'on_request'
        CHECK (availability IN ('on_request', 'in_stock', 'sold_out')),
    quantity INTEGER,
    image_urls TEXT NOT NULL DEFAULT '[]',         -- JSON list; never fetched at run time
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'discontinued')),
    source_line INTEGER,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (supplier_id, sku)
);
CREATE INDEX stock_items_group ON stock_items(supplier_id, group_key);

-- Trigram full-text index: finds Chinese titles the default tokenizer cannot split.
CREATE VIRTUAL TABLE stock_items_fts USING fts5(
    title, sku, category, brand, description,
    content='stock_items', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER stock_items_ai AFTER INSERT ON stock_items BEGIN
    INSERT INTO stock_items_fts(rowid, title, sku, category, brand, description)
    VALUES (new.id, new.title, new.sku, new.category, new.brand, new.description);
END;
CREATE TRIGGER stock_items_ad AFTER DELETE ON stock_items BEGIN
    INSERT INTO stock_items_fts(stock_items_fts, rowid, title, sku, category, brand, description)
    VALUES ('delete', old.id, old.title, old.sku, old.category, old.brand, old.description);
END;
-- Only a change to indexed text re-indexes an item: a re-import changing 100,000
-- prices would otherwise tokenize every title and description again.
CREATE TRIGGER stock_items_au AFTER UPDATE ON stock_items
WHEN old.title IS NOT new.title OR old.sku IS NOT new.sku OR old.category IS NOT new.category
  OR old.brand IS NOT new.brand OR old.description IS NOT new.description BEGIN
    INSERT INTO stock_items_fts(stock_items_fts, rowid, title, sku, category, brand, description)
    VALUES ('delete', old.id, old.title, old.sku, old.category, old.brand, old.description);
    INSERT INTO stock_items_fts(rowid, title, sku, category, brand, description)
    VALUES (new.id, new.title, new.sku, new.category, new.brand, new.description);
END;

CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    discontinued INTEGER NOT NULL DEFAULT 0,
    problems TEXT NOT NULL DEFAULT '[]'            -- JSON [{"line": n, "reason": "..."}]
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    price INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
    compare_at_price INTEGER CHECK (compare_at_price >= 0),
    sku TEXT,
    availability TEXT NOT NULL DEFAULT 'on_request'
        CHECK (availability IN ('on_request', 'in_stock', 'sold_out')),
    quantity INTEGER CHECK (quantity >= 0),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    featured INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    stock_item_id INTEGER REFERENCES stock_items(id) ON DELETE SET NULL,
    supplier_price INTEGER,                        -- supplier's price when picked
    supplier_currency TEXT,
    overrides TEXT NOT NULL DEFAULT '[]',          -- JSON: fields the seller edited
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX products_status ON products(status);
CREATE INDEX products_title ON products(title COLLATE NOCASE);
CREATE INDEX products_sku ON products(sku) WHERE sku IS NOT NULL;

CREATE TABLE product_translations (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, language)
) WITHOUT ROWID;

CREATE TABLE product_tags (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (product_id, tag)
) WITHOUT ROWID;

CREATE TABLE product_options (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    name TEXT NOT NULL,
    option_values TEXT NOT NULL DEFAULT '[]',      -- JSON list in display order
    PRIMARY KEY (product_id, position)
) WITHOUT ROWID;

CREATE TABLE variants (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    option1 TEXT,
    option2 TEXT,
    option3 TEXT,
    sku TEXT,
    price INTEGER CHECK (price >= 0),              -- NULL: the product's price
    compare_at_price INTEGER CHECK (compare_at_price >= 0),
    availability TEXT NOT NULL DEFAULT 'on_request'
        CHECK (availability IN ('on_request', 'in_stock', 'sold_out')),
    quantity INTEGER CHECK (quantity >= 0),
    image_hash TEXT REFERENCES images(hash),
    stock_item_id INTEGER REFERENCES stock_items(id) ON DELETE SET NULL,
    supplier_price INTEGER
);
CREATE INDEX variants_product ON variants(product_id, position);
CREATE INDEX variants_sku ON variants(sku) WHERE sku IS NOT NULL;

CREATE TABLE product_images (
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    image_hash TEXT NOT NULL REFERENCES images(hash),
    position INTEGER NOT NULL,                     -- 0 is the cover
    alt TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (product_id, image_hash)
) WITHOUT ROWID;
CREATE INDEX product_images_order ON product_images(product_id, position);

CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    image_hash TEXT REFERENCES images(hash),
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE collection_products (
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (collection_id, product_id)
) WITHOUT ROWID;
CREATE INDEX collection_products_product ON collection_products(product_id);

CREATE TABLE drops (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    timezone TEXT NOT NULL,
    preview_at TEXT,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (preview_at IS NULL OR preview_at < starts_at)
);

CREATE TABLE drop_items (
    id INTEGER PRIMARY KEY,
    drop_id INTEGER NOT NULL REFERENCES drops(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    variant_id INTEGER REFERENCES variants(id) ON DELETE CASCADE,
    drop_price INTEGER CHECK (drop_price >= 0),
    quantity_cap INTEGER CHECK (quantity_cap >= 1),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (drop_id, product_id, variant_id)
);
CREATE INDEX drop_items_product ON drop_items(product_id);

CREATE TABLE coupons (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('percent', 'fixed')),
    value INTEGER NOT NULL CHECK (value > 0),      -- percent (1-100) or minor units
    min_order INTEGER NOT NULL DEFAULT 0,
    starts_at TEXT,
    ends_at TEXT,
    scope TEXT NOT NULL DEFAULT 'shop' CHECK (scope IN ('shop', 'collection', 'product', 'drop')),
    collection_id INTEGER REFERENCES collections(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id) ON DELETE CASCADE,
    drop_id INTEGER REFERENCES drops(id) ON DELETE CASCADE,
    max_uses INTEGER CHECK (max_uses >= 1),
    created_at TEXT NOT NULL
);

CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('short', 'article', 'recommendation', 'nine_grid')),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    language TEXT,
    publish_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE post_products (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (post_id, product_id)
) WITHOUT ROWID;

CREATE TABLE post_images (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    image_hash TEXT NOT NULL REFERENCES images(hash),
    position INTEGER NOT NULL,
    alt TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (post_id, image_hash)
) WITHOUT ROWID;

CREATE TABLE faq_entries (
    id INTEGER PRIMARY KEY,
    language TEXT,
    question TEXT NOT NULL CHECK (length(trim(question)) > 0),
    answer TEXT NOT NULL,
    keywords TEXT NOT NULL DEFAULT '[]',           -- JSON list
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'requested' CHECK (status IN
        ('requested', 'confirmed', 'ordered', 'shipped', 'delivered', 'cancelled')),
    channel TEXT,
    buyer_name TEXT NOT NULL DEFAULT '',
    buyer_phone TEXT NOT NULL DEFAULT '',
    buyer_address TEXT NOT NULL DEFAULT '',
    buyer_note TEXT NOT NULL DEFAULT '',
    campaign TEXT,
    coupon_code TEXT,
    currency TEXT NOT NULL,
    subtotal INTEGER NOT NULL DEFAULT 0,
    discount INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    message_total INTEGER,                         -- the total the buyer's message claimed
    warnings TEXT NOT NULL DEFAULT '[]',
    message TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX orders_status ON orders(status);

CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products(id) ON DELETE SET NULL,
    variant_id INTEGER REFERENCES variants(id) ON DELETE SET NULL,
    drop_id INTEGER REFERENCES drops(id) ON DELETE SET NULL,
    sku TEXT NOT NULL,
    title TEXT NOT NULL,
    variant_title TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    line_total INTEGER NOT NULL
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_drop ON order_lines(drop_id);

CREATE TABLE order_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
"""
