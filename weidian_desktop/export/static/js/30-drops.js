/* Drops on the buyer's clock: the export carries the times (UTC), this script decides what
   the page says now: "Preview — launches in 2 d 4 h", a countdown to the end while live,
   "Sold out" / "Ended"; drop prices show from the start, without a re-export.
   Data: <script id="wd-drop"> written by _drop_status.html (export/drop_views.py). */
(function (root) {
  "use strict";
  var WD = root.WD = root.WD || {};

  function json(id) {  // (10-cart.js has WD.json too; this script must not depend on it)
    var el = document.getElementById(id);
    try { return el ? JSON.parse(el.textContent) : null; } catch (e) { return null; }
  }

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  /* upcoming, preview, live, sold_out or ended at `now` (ms); times are ms since 1970. */
  function state(d, now) {
    if (now >= d.end) { return "ended"; }
    if (now < d.start) { return d.preview !== null && d.preview <= now ? "preview" : "upcoming"; }
    return d.soldOut ? "sold_out" : "live";
  }

  /* "2 d 4 h", "5 h 12 min" or "12 min 3 s": two units, the largest first. */
  function span(ms, w) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    var unit = function (key, n) { return fill(w["drops." + key], { n: n }); };
    if (d) { return unit("d", d) + " " + unit("h", h); }
    if (h) { return unit("h", h) + " " + unit("min", m); }
    return unit("min", m) + " " + unit("s", s % 60);
  }

  function parse(raw) {
    return { start: Date.parse(raw.start), end: Date.parse(raw.end),
      preview: raw.preview ? Date.parse(raw.preview) : null, soldOut: !!raw.soldOut,
      words: raw.words || {} };
  }

  /* Before the start a card shows the regular price and "drop price … from the launch". */
  function prices(article, on, ended, w) {
    article.querySelectorAll(".card-price:not([data-drop-soon])").forEach(function (p) {
      var price = p.querySelector(".price"), regular = p.querySelector("s");
      if (!price || !regular) { return; }  // no drop price for this item: nothing switches
      if (!p.hasAttribute("data-drop-text")) {
        p.setAttribute("data-drop-text", price.textContent);
        p.setAttribute("data-regular-text", regular.textContent);
      }
      var note = p.parentNode.querySelector("[data-drop-soon]");
      if (!note) {  // its own line under the price, which stays short on a narrow card
        note = document.createElement("p");
        note.className = "card-price small drop-soon";  // the card's margins
        note.setAttribute("data-drop-soon", "");
        p.parentNode.insertBefore(note, p.nextSibling);
      }
      price.textContent = on ? p.getAttribute("data-drop-text") : p.getAttribute("data-regular-text");
      regular.hidden = !on;
      note.hidden = on || ended;
      note.textContent = fill(w["drops.price_from_launch"], { price: p.getAttribute("data-drop-text") });
    });
  }

  /* Bring the status block up to `now`; returns the state. */
  function update(box, d, now) {
    var w = d.words, s = state(d, now);
    var badge = box.querySelector("[data-drop-badge]"), countdown = box.querySelector("[data-drop-countdown]");
    var text = {
      upcoming: fill(w["drops.upcoming_in"], { time: span(d.start - now, w) }),
      preview: fill(w["drops.preview_in"], { time: span(d.start - now, w) }),
      live: w["drops.live"], sold_out: w["drops.sold_out"], ended: w["drops.ended"]
    }[s];
    box.setAttribute("data-state", s);
    badge.textContent = text;
    countdown.hidden = s !== "live";
    countdown.textContent = s === "live" ? fill(w["drops.ends_in"], { time: span(d.end - now, w) }) : "";
    box.querySelectorAll("[data-drop-coupon], [data-drop-ics]").forEach(function (el) {
      el.hidden = s === "ended" || s === "sold_out";
    });
    var article = box.closest("[data-drop]") || document;
    prices(article, s === "live" || s === "sold_out", s === "ended", w);
    return s;
  }

  /* A product page left open: re-run its price logic (20-product.js) when a drop starts. */
  function wakeProductAtStart(now) {
    var form = document.querySelector("[data-buy]"), data = json("wd-product");
    if (!form || !data) { return; }
    (data.drops || []).forEach(function (d) {
      [Date.parse(d.start), Date.parse(d.end)].forEach(function (at) {
        var wait = at - now;
        if (wait > 0 && wait < 24 * 3600 * 1000) {
          root.setTimeout(function () { form.dispatchEvent(new Event("change")); }, wait + 50);
        }
      });
    });
  }

  /* The home page's list of drops: "On now" from the start, gone after the end. */
  function homeList(now) {
    var next = null;
    document.querySelectorAll(".drop-when[data-drop-end]").forEach(function (span) {
      var start = Date.parse(span.getAttribute("data-drop-start"));
      var end = Date.parse(span.getAttribute("data-drop-end"));
      var item = span.closest("li") || span;
      item.hidden = now >= end;
      if (now >= start && span.firstChild && span.firstChild.nodeType === 3) {
        span.firstChild.nodeValue = span.getAttribute("data-live-text") + " · ";
      }
      [start, end].forEach(function (at) { if (at > now && (next === null || at < next)) { next = at; } });
    });
    document.querySelectorAll("ul.drops").forEach(function (list) {
      var section = list.closest("section");
      if (section) { section.hidden = !list.querySelector("li:not([hidden])"); }
    });
    if (next !== null && next - now < 24 * 3600 * 1000) {
      root.setTimeout(function () { homeList(Date.now()); }, next - now + 50);
    }
  }

  function start() {
    homeList(Date.now());
    var box = document.querySelector("[data-drop-status]"), raw = json("wd-drop");
    wakeProductAtStart(Date.now());
    if (!box || !raw) { return; }
    var d = parse(raw);
    (function tick() {
      var now = Date.now();
      update(box, d, now);
      root.setTimeout(tick, 1000 - now % 1000 + 5);  // on the second, so the countdown is even
    })();
  }

  WD.drops = { state: state, span: span, update: update, parse: parse, homeList: homeList };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
    else { start(); }
  }
})(typeof window !== "undefined" ? window : globalThis);
