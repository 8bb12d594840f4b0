/* Order-request message: readable lines plus the #WD1 machine line the app reads back.
   Spec: README, "Order request message format"; Python twin: core/order_message.py. */
(function (root) {
  "use strict";
  var WD = root.WD = root.WD || {};
  var TAG = "#WD1";
  var BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  var SAFE = /^[A-Za-z0-9.\/-]$/;
  var DEFAULT_WORDS = {
    "order.title": "Order request",
    "order.coupon": "Coupon",
    "order.total": "Total",
    "order.name": "Name",
    "order.phone": "Phone",
    "order.address": "Address",
    "order.note": "Note",
    "order.from": "From",
    "order.label_sep": ": ",
    "order.keep_code": "(Please keep the code line below as it is: it lets the shop read your order.)"
  };
  var CRC_TABLE = (function () {
    var table = [], c, n, k;
    for (n = 0; n < 256; n++) {
      c = n;
      for (k = 0; k < 8; k++) { c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; }
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(text) {
    var bytes = utf8(text), crc = 0xFFFFFFFF, i;
    for (i = 0; i < bytes.length; i++) { crc = CRC_TABLE[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8); }
    return (crc ^ 0xFFFFFFFF) >>> 0;
  }

  function utf8(text) {
    return Array.prototype.slice.call(new TextEncoder().encode(text));
  }

  function base32(value, length) {
    var out = "";
    for (var i = 0; i < length; i++) { out = BASE32.charAt(value & 31) + out; value = Math.floor(value / 32); }
    return out;
  }

  /* Six base32 characters: the top 30 bits of the CRC-32 of the line before it. */
  function checksum(head) { return base32(crc32(head) >>> 2, 6); }

  function newReference() {
    var bytes = new Uint32Array(1);
    root.crypto.getRandomValues(bytes);
    return "WD-" + base32(bytes[0] >>> 2, 6);
  }

  /* SKU, coupon or campaign as it travels: safe ASCII, "-" when absent, %XX otherwise. */
  function encodeField(value) {
    if (value === null || value === undefined || value === "") { return "-"; }
    value = String(value);
    if (value === "-") { return "%2D"; }
    var out = "";
    Array.from(value).forEach(function (ch) {
      if (SAFE.test(ch)) { out += ch; return; }
      utf8(ch).forEach(function (b) { out += "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase(); });
    });
    return out;
  }

  function itemCode(item) {
    if (item.sku) { return encodeField(item.sku); }
    return item.variantId ? "!v" + item.variantId : "!p" + item.productId;
  }

  function oneLine(text) { return String(text || "").split(/\s+/).filter(Boolean).join(" "); }

  function orderTotal(order) {
    var subtotal = order.items.reduce(function (sum, i) { return sum + i.price * i.quantity; }, 0);
    return Math.max(0, subtotal - (order.coupon ? order.coupon.discount || 0 : 0));
  }

  function machineLine(order, reference, total) {
    var items = order.items.map(function (i) { return itemCode(i) + "*" + i.quantity; }).join(",");
    var head = [TAG, reference, items, encodeField(order.coupon ? order.coupon.code : ""),
      String(total), encodeField(order.campaign)].join(" ");
    return head + " " + checksum(head);
  }

  function digitsOf(currency) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: currency })
        .resolvedOptions().maximumFractionDigits;
    } catch (e) { return 2; }
  }

  function money(amount, currency, locale) {
    var digits = digitsOf(currency);
    return new Intl.NumberFormat(locale, { style: "currency", currency: currency })
      .format(amount / Math.pow(10, digits));
  }

  /* order = {shop, currency, locale, words, reference?, campaign?, coupon: {code, discount}?,
       items: [{sku | productId/variantId, title, variant, quantity, price (minor units)}],
       buyer: {name, phone, address, note}}
     returns {reference, subject, text, line, total} */
  function build(order) {
    var words = {}, key;
    for (key in DEFAULT_WORDS) { words[key] = DEFAULT_WORDS[key]; }
    for (key in order.words || {}) { if (key in DEFAULT_WORDS) { words[key] = order.words[key]; } }
    var reference = order.reference || newReference();
    var locale = order.locale || "en";
    var total = orderTotal(order);
    var fmt = function (amount) { return money(amount, order.currency, locale); };
    var lines = [words["order.title"] + " " + reference + " — " + oneLine(order.shop)];
    order.items.forEach(function (item) {
      var title = oneLine(item.title) + (item.variant ? " (" + oneLine(item.variant) + ")" : "");
      var sku = item.sku ? " · SKU " + item.sku : "";
      lines.push(item.quantity + " × " + title + sku + " · " + fmt(item.price));
    });
    var totalLine = words["order.total"] + " " + fmt(total);
    if (order.coupon && order.coupon.code) {
      totalLine = words["order.coupon"] + " " + oneLine(order.coupon.code) + " \u2212" +
        fmt(order.coupon.discount || 0) + " · " + totalLine;
    }
    lines.push(totalLine, "");
    var buyer = order.buyer || {};
    [["name", buyer.name], ["phone", buyer.phone], ["address", buyer.address],
      ["note", buyer.note], ["from", order.campaign]].forEach(function (pair) {
      if (oneLine(pair[1])) { lines.push(words["order." + pair[0]] + words["order.label_sep"] + oneLine(pair[1])); }
    });
    var line = machineLine(order, reference, total);
    lines.push("", words["order.keep_code"], line);
    return {
      reference: reference,
      subject: words["order.title"] + " " + reference,
      text: lines.join("\n"),
      line: line,
      total: total
    };
  }

  WD.orderMessage = {
    build: build, checksum: checksum, crc32: crc32, encodeField: encodeField,
    newReference: newReference, words: DEFAULT_WORDS
  };
})(typeof window !== "undefined" ? window : globalThis);
