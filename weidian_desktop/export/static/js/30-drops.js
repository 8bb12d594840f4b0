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

  /* What a screen reader is told, and when: a key that changes only with the state, the
     number of days (a day or more left), of hours (under a day), and once in the last
     minute; so the visible clock ticks every second and the words come a few times a day. */
  function step(d, s, now, w) {
    var left = s === "live" ? d.end - now : s === "upcoming" || s === "preview" ? d.start - now : null;
    if (left === null) { return { key: s, text: w["drops." + s] }; }
    var days = Math.floor(left / 86400000), hours = Math.floor(left / 3600000), time = null, key;
    if (days >= 1) { key = "d" + days; time = fill(w["drops.d"], { n: days }); }
    else if (hours >= 1) { key = "h" + hours; time = fill(w["drops.h"], { n: hours }); }
    else if (left <= 60000) { key = "last"; time = fill(w["drops.min"], { n: 1 }); }
    else { key = "hour"; }  // between the last full hour and the last minute: silence
    var text = null;
    if (s === "live") {
      text = w["drops.live"] + (time === null ? "" : " · " + fill(w["drops.ends_in"], { time: time }));
    } else if (time !== null) {
      text = fill(w[s === "preview" ? "drops.preview_in" : "drops.upcoming_in"], { time: time });
    }
    return { key: s + ":" + key, text: text };
  }

  function announce(box, d, s, now) {
    var out = box.querySelector("[data-drop-announce]");
    if (!out) { return; }
    var said = step(d, s, now, d.words), last = box.getAttribute("data-step");
    box.setAttribute("data-step", said.key);
    // The first step is the page as it opens, read with it: only changes are announced.
    if (last !== null && last !== said.key && said.text) { out.textContent = said.text; }
  }

  /* Bring the status block up to `now`; returns the state. The layout does not change
     with the state: CSS shows the parts of the state named by data-state on the article,
     all of them laid out in the same place (_drop_status.html, _macros.html drop_card). */
  function update(box, d, now) {
    var w = d.words, s = state(d, now);
    var badge = box.querySelector("[data-drop-badge]"), countdown = box.querySelector("[data-drop-countdown]");
    var text = {
      upcoming: fill(w["drops.upcoming_in"], { time: span(d.start - now, w) }),
      preview: fill(w["drops.preview_in"], { time: span(d.start - now, w) }),
      live: w["drops.live"], sold_out: w["drops.sold_out"], ended: w["drops.ended"]
    }[s];
    // Every second: write only what changed (a new data-state restyles the whole page).
    [box, box.closest("[data-drop]")].forEach(function (el) {
      if (el && el.getAttribute("data-state") !== s) { el.setAttribute("data-state", s); }
    });
    var left = s === "live" ? fill(w["drops.ends_in"], { time: span(d.end - now, w) }) : "";
    if (badge.textContent !== text) { badge.textContent = text; }
    if (countdown.textContent !== left) { countdown.textContent = left; }
    announce(box, d, s, now);
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

  /* The home page's list of drops: "On now" from the start, "Ended" after the end (the
     line keeps its place: a list that shrank under the buyer's thumb would move the page). */
  function homeList(now) {
    var next = null;
    document.querySelectorAll(".drop-when[data-drop-end]").forEach(function (line) {
      var start = Date.parse(line.getAttribute("data-drop-start"));
      var end = Date.parse(line.getAttribute("data-drop-end"));
      var word = line.querySelector("[data-drop-word]"), time = line.querySelector("[data-drop-time]");
      if (word && now >= start) {
        word.textContent = line.getAttribute(now >= end ? "data-ended-text" : "data-live-text");
      }
      if (time) { time.hidden = now >= end; }
      [start, end].forEach(function (at) { if (at > now && (next === null || at < next)) { next = at; } });
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

  WD.drops = { state: state, span: span, update: update, parse: parse, homeList: homeList, step: step };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
    else { start(); }
  }
})(typeof window !== "undefined" ? window : globalThis);
