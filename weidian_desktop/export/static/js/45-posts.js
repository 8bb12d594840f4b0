/* Posts: a post scheduled for later stays hidden until its publish time on the buyer's clock
   (the export is static, so the page carries the time: data-publish-at="2026-11-24T00:30:00Z").
   Times are shown in the buyer's own time zone (<time data-local datetime=…>). */
(function (root) {
  "use strict";
  var WD = root.WD = root.WD || {};
  var DAY = 24 * 3600 * 1000;

  /* The buyer's clock, named as the export names the shop's ("… (Asia/Shanghai)"): the
     reader knows which clock it is, and the line keeps about its length. */
  var formats = {};  // one formatter per language: making one costs more than using it
  function localText(iso, lang) {
    var when = new Date(iso);
    if (isNaN(when.getTime())) { return null; }
    try {
      var f = formats[lang] || (formats[lang] = new Intl.DateTimeFormat(lang || undefined,
        { dateStyle: "medium", timeStyle: "short" }));
      var zone = f.resolvedOptions().timeZone;
      return f.format(when) + (zone ? " (" + zone + ")" : "");
    } catch (e) { return when.toLocaleString(); }
  }

  /* Show or hide every scheduled element; returns ms until the next one is due (or null). */
  function update(doc, now) {
    var next = null;
    doc.querySelectorAll("[data-publish-at]").forEach(function (el) {
      var due = Date.parse(el.getAttribute("data-publish-at")) - now;
      var waiting = due > 0;
      if (el.hasAttribute("data-publish-placeholder")) { el.hidden = !waiting; }
      else { el.hidden = waiting; }
      if (waiting && (next === null || due < next)) { next = due; }
    });
    doc.querySelectorAll(".post-feed").forEach(function (feed) {
      var empty = feed.querySelector(".post-feed-empty");
      if (empty) {
        empty.hidden = !!feed.querySelector(".post-card:not([hidden])");
      }
    });
    return next;
  }

  function start() {
    var lang = document.documentElement.getAttribute("lang");
    document.querySelectorAll("time[data-local]").forEach(function (el) {
      var text = localText(el.getAttribute("datetime"), lang);
      if (text) { el.textContent = text; }
    });
    (function tick() {
      var next = update(document, Date.now());
      // A page left open shows the post when its time comes (timers cap near 24 days).
      if (next !== null && next < DAY) { root.setTimeout(tick, next + 500); }
    })();
  }

  WD.posts = { update: update, localText: localText };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
    else { start(); }
  }
})(typeof window !== "undefined" ? window : globalThis);
