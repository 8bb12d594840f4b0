/* The cart in localStorage (it survives reloads and works from file://), the header's
   count, the campaign tag (?src=) of the page the buyer arrived on, and a small toast. */
(function (root) {
  "use strict";
  var WD = root.WD = root.WD || {};
  var KEY = "wd-cart", SRC = "wd-src";

  function read(key, fallback) {
    try { var v = JSON.parse(root.localStorage.getItem(key)); return v === null ? fallback : v; }
    catch (e) { return fallback; }
  }
  function write(key, value) {
    try { root.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }

  /* item: {k (variant or product key), pid, vid, sku, t, v, p (minor units), q, u, i} */
  var cart = {
    items: function () { return read(KEY, []).filter(function (i) { return i && i.q > 0; }); },
    save: function (items) { write(KEY, items); showCount(); },
    add: function (item) {
      var items = cart.items(), found = items.filter(function (i) { return i.k === item.k; })[0];
      if (found) { found.q = Math.min(99, found.q + item.q); found.p = item.p; }
      else { items.push(item); }
      cart.save(items);
    },
    set: function (key, q) {
      cart.save(cart.items().map(function (i) { if (i.k === key) { i.q = Math.max(0, Math.min(99, q)); } return i; })
        .filter(function (i) { return i.q > 0; }));
    },
    count: function () { return cart.items().reduce(function (n, i) { return n + i.q; }, 0); },
    campaign: function () { return read(SRC, null); }
  };

  function showCount() {
    var n = cart.count();
    document.querySelectorAll("[data-cart-count]").forEach(function (el) {
      el.textContent = n ? String(n) : ""; el.hidden = !n;
    });
  }

  var toastTimer = null;
  function toast(text) {
    var el = document.querySelector("[data-toast]");
    if (!el) { return; }
    el.textContent = text; el.classList.add("on");
    root.clearTimeout(toastTimer);
    toastTimer = root.setTimeout(function () { el.classList.remove("on"); }, 2500);
  }

  function keepCampaign() {
    var m = /[?&]src=([^&#]*)/.exec(root.location.search);
    if (!m) { return; }
    var tag = decodeURIComponent(m[1].replace(/\+/g, " ")).slice(0, 64);
    if (/^[A-Za-z0-9][A-Za-z0-9_.\-]*$/.test(tag)) { write(SRC, tag); }
  }

  WD.cart = cart;
  WD.toast = toast;
  WD.json = function (id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  };
  WD.ready = function (fn) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fn); } else { fn(); }
  };
  WD.ready(function () {
    keepCampaign();
    showCount();
    root.addEventListener("storage", showCount);
  });
})(window);
