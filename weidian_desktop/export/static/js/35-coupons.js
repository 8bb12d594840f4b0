/* Coupons in the cart, checked on the buyer's side: code, validity window, scope, minimum.
   The code goes into the order message (WD.cart.coupon(), read by 30-cart-page.js); the
   seller's app re-prices the order and has the final word (maximum uses, for one, can
   only be counted there). Codes travel as SHA-256 of "WD1:" + CODE (export/drop_views.py). */
(function (root) {
  "use strict";
  var WD = root.WD = root.WD || {};
  var KEY = "wd-coupon", SALT = "WD1:";

  /* SHA-256 of a string's UTF-8 bytes, as hex (no crypto.subtle: it is missing on http://). */
  var K = [], H0 = [];
  (function () {
    var n = 2, found = 0;
    function frac(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
    while (found < 64) {
      var prime = true;
      for (var f = 2; f * f <= n; f++) { if (n % f === 0) { prime = false; break; } }
      if (prime) {
        if (found < 8) { H0.push(frac(Math.sqrt(n))); }
        K.push(frac(Math.cbrt(n)));
        found++;
      }
      n++;
    }
  })();
  function sha256(text) {
    var bytes = new TextEncoder().encode(text), len = bytes.length;
    var size = ((len + 9 + 63) >> 6) << 6, m = new Uint8Array(size), w = new Array(64), H = H0.slice();
    m.set(bytes);
    m[len] = 0x80;
    var bits = len * 8;
    for (var b = 0; b < 4; b++) { m[size - 1 - b] = (bits >>> (8 * b)) & 255; }
    function rotr(x, r) { return (x >>> r) | (x << (32 - r)); }
    for (var i = 0; i < size; i += 64) {
      for (var t = 0; t < 64; t++) {
        if (t < 16) {
          w[t] = (m[i + 4 * t] << 24) | (m[i + 4 * t + 1] << 16) | (m[i + 4 * t + 2] << 8) | m[i + 4 * t + 3];
        } else {
          var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
          var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
          w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
      }
      var a = H[0], c1 = H[1], c2 = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (t = 0; t < 64; t++) {
        var t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & c1) ^ (a & c2) ^ (c1 & c2))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c2; c2 = c1; c1 = a; a = (t1 + t2) | 0;
      }
      [a, c1, c2, d, e, f, g, h].forEach(function (v, k) { H[k] = (H[k] + v) | 0; });
    }
    return H.map(function (v) { return ("0000000" + (v >>> 0).toString(16)).slice(-8); }).join("");
  }

  function norm(code) { return String(code || "").trim().toUpperCase(); }

  function covered(rule, item, now) {
    if (rule.scope === "shop") { return true; }
    if (rule.scope === "drop") {
      var d = rule.drop;
      return !!d && Date.parse(d.start) <= now && now < Date.parse(d.end) &&
        d.items.some(function (x) { return x[0] === item.pid && (x[1] === null || x[1] === item.vid); });
    }
    return (rule.pids || []).indexOf(item.pid) >= 0;
  }

  /* items: cart lines {pid, vid, p, q}; returns {ok, code, discount} or {ok: false, reason, …}. */
  function check(code, items, rules, now) {
    code = norm(code);
    var hash = sha256(SALT + code);
    var rule = (rules || []).filter(function (r) { return r.h === hash; })[0];
    if (!code || !rule) { return { ok: false, code: code, reason: "unknown" }; }
    if (rule.start && now < Date.parse(rule.start)) { return { ok: false, code: code, reason: "not_yet", at: rule.start }; }
    if (rule.end && now > Date.parse(rule.end)) { return { ok: false, code: code, reason: "expired" }; }
    var subtotal = 0, eligible = 0;
    items.forEach(function (i) {
      subtotal += i.p * i.q;
      if (covered(rule, i, now)) { eligible += i.p * i.q; }
    });
    if (!eligible) { return { ok: false, code: code, reason: "not_covered" }; }
    if (subtotal < rule.min) { return { ok: false, code: code, reason: "below_min", min: rule.min }; }
    // Same rounding as core/order_pricing.apply_coupon: half up, in minor units.
    var off = rule.kind === "percent" ? Math.floor((eligible * rule.value + 50) / 100) : rule.value;
    return { ok: true, code: code, discount: Math.min(off, eligible), subtotal: subtotal };
  }

  function stored() { try { return root.localStorage.getItem(KEY) || ""; } catch (e) { return ""; } }
  function store(code) {
    try { if (code) { root.localStorage.setItem(KEY, code); } else { root.localStorage.removeItem(KEY); } }
    catch (e) { /* private mode: the code lasts for this page */ }
  }

  function config() {
    var el = document.getElementById("wd-coupons");
    try { return el ? JSON.parse(el.textContent) : null; } catch (e) { return null; }
  }

  var format = null;  // made once: a formatter costs more to make than to use
  function money(amount, cfg) {
    if (!format) {
      format = new Intl.NumberFormat(cfg.locale, { style: "currency", currency: cfg.currency });
      format.digits = new Intl.NumberFormat("en", { style: "currency", currency: cfg.currency })
        .resolvedOptions().maximumFractionDigits;
    }
    return format.format(amount / Math.pow(10, format.digits));
  }

  function explain(result, cfg) {
    var w = cfg.words, text = w["coupon." + result.reason] || result.reason;
    if (result.ok) {
      text = w["coupon.applied"].replace("{code}", result.code)
        .replace("{discount}", money(result.discount, cfg))
        .replace("{total}", money(result.subtotal - result.discount, cfg)) + " " + w["coupon.final"];
    }
    if (result.min !== undefined) { text = text.replace("{min}", money(result.min, cfg)); }
    if (result.at) {
      text = text.replace("{time}", new Intl.DateTimeFormat(cfg.locale, { dateStyle: "medium", timeStyle: "short" })
        .format(new Date(result.at)));
    }
    return text;
  }

  function cartItems() { return WD.cart ? WD.cart.items() : []; }

  /* For the order message: the stored code when it still applies to the cart, else null. */
  function current() {
    var cfg = config(), code = stored();
    if (!cfg || !code) { return null; }
    var result = check(code, cartItems(), cfg.rules, Date.now());
    return result.ok ? { code: result.code, discount: result.discount } : null;
  }

  function start() {
    var box = document.querySelector("[data-coupon-box]"), cfg = config();
    if (WD.cart) { WD.cart.coupon = current; }
    if (!box || !cfg) { return; }
    var input = box.querySelector("input"), out = box.querySelector("[data-coupon-result]");
    function show(code) {
      box.hidden = !cartItems().length;  // nothing to discount in an empty cart
      if (!code) { out.textContent = ""; return; }
      var result = check(code, cartItems(), cfg.rules, Date.now());
      out.textContent = explain(result, cfg);
      out.setAttribute("data-ok", result.ok ? "1" : "0");
      box.setAttribute("data-discount", result.ok ? String(result.discount) : "0");
    }
    input.value = stored();
    show(input.value);
    box.querySelector("[data-coupon-apply]").addEventListener("click", function () {
      store(norm(input.value));
      show(input.value);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); store(norm(input.value)); show(input.value); }
    });
    var lines = document.querySelector("[data-cart-lines]");
    if (lines && root.MutationObserver) {  // quantities changed: the discount may change too
      new root.MutationObserver(function () { show(stored()); }).observe(lines, { childList: true, subtree: true });
    }
  }

  WD.coupons = { check: check, sha256: sha256, current: current };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
    else { start(); }
  }
})(typeof window !== "undefined" ? window : globalThis);
