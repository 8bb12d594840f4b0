/* Cart page: lines with quantity buttons, the buyer's details, then the order request
   (WD.orderMessage.build) handed to the seller's channels as pre-filled links. */
(function (root) {
  "use strict";
  var WD = root.WD;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
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

  function copy(text) {
    if (root.navigator.clipboard && root.isSecureContext) {
      return root.navigator.clipboard.writeText(text).catch(function () { legacyCopy(text); });
    }
    legacyCopy(text);
    return Promise.resolve();
  }
  function legacyCopy(text) {
    var area = el("textarea", { readonly: "", "aria-hidden": "true", "class": "offscreen" });
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* the message is still shown below */ }
    document.body.removeChild(area);
  }

  function render(page, cfg) {
    var items = WD.cart.items(), list = page.querySelector("[data-cart-lines]");
    var w = cfg.words, root_ = document.body.getAttribute("data-root");
    list.textContent = "";
    items.forEach(function (item) {
      var li = el("li", { "class": "cart-line" });
      li.setAttribute("data-k", item.k);
      li.appendChild(item.i ? el("img", { src: root_ + item.i, alt: "", width: "64", height: "64", loading: "lazy" })
        : el("span", { "class": "noimg" }));
      var text = el("div", { "class": "cart-text" });
      var link = el("a", { href: document.body.getAttribute("data-home") + item.u + "index.html" }, item.t);
      text.appendChild(link);
      if (item.v) { text.appendChild(el("span", { "class": "small" }, " (" + item.v + ")")); }
      text.appendChild(el("span", { "class": "line-price price" }, money(item.p, cfg)));
      li.appendChild(text);
      var qty = el("div", { "class": "stepper", role: "group", "aria-label": w["cart.quantity"] + ": " + item.t });
      var less = el("button", { type: "button", "data-act": "less", "aria-label": w["cart.less"] + ": " + item.t }, "−");
      var count = el("output", { "aria-live": "polite" }, String(item.q));
      var more = el("button", { type: "button", "data-act": "more", "aria-label": w["cart.more"] + ": " + item.t }, "+");
      var remove = el("button", { type: "button", "class": "link", "data-act": "remove",
        "aria-label": w["cart.remove"] + ": " + item.t }, w["cart.remove"]);
      less.addEventListener("click", function () { change(page, cfg, item.k, -1); });
      more.addEventListener("click", function () { change(page, cfg, item.k, 1); });
      remove.addEventListener("click", function () { change(page, cfg, item.k, null); });
      [less, count, more].forEach(function (n) { qty.appendChild(n); });
      li.appendChild(qty);
      li.appendChild(remove);
      list.appendChild(li);
    });
    totals(page, cfg, items);
  }

  function totals(page, cfg, items) {
    var total = items.reduce(function (s, i) { return s + i.p * i.q; }, 0);
    page.querySelector("[data-cart-total]").textContent = money(total, cfg);
    page.querySelector("[data-cart-total-row]").hidden = !items.length;
    page.querySelector("[data-cart-empty]").hidden = !!items.length;
    page.querySelector("[data-order-form]").hidden = !items.length;
    if (!items.length) { page.querySelector("[data-send]").hidden = true; }
  }

  /* "+", "−" or "Remove" on a line: the line is changed where it is, so the button the
     buyer used keeps the focus (and the new quantity is announced); a line that goes
     hands the focus to the same button of the next line (or the one before), and the
     last one to the empty cart's link. */
  function change(page, cfg, key, by) {
    var line = null, lines = page.querySelectorAll(".cart-line"), index = 0;
    lines.forEach(function (l, i) { if (l.getAttribute("data-k") === key) { line = l; index = i; } });
    var item = WD.cart.items().filter(function (i) { return i.k === key; })[0];
    var q = !item || by === null ? 0 : item.q + by;
    WD.cart.set(key, q);
    var items = WD.cart.items(), kept = items.filter(function (i) { return i.k === key; })[0];
    if (line && kept) {
      line.querySelector("output").textContent = String(kept.q);
      totals(page, cfg, items);
      return;
    }
    var act = document.activeElement && document.activeElement.getAttribute("data-act");
    if (line) { line.parentNode.removeChild(line); }
    totals(page, cfg, items);
    var rest = page.querySelectorAll(".cart-line"), next = rest[Math.min(index, rest.length - 1)];
    var target = next ? next.querySelector("[data-act=" + (act || "remove") + "]")
      : page.querySelector("[data-cart-empty] a");
    if (target) { target.focus(); }
  }

  function order(cfg, form) {
    var f = form.elements;
    return {
      shop: cfg.shop, currency: cfg.currency, locale: cfg.locale, words: cfg.words,
      campaign: WD.cart.campaign(), coupon: WD.cart.coupon ? WD.cart.coupon() : null,
      items: WD.cart.items().map(function (i) {
        return { sku: i.sku, productId: i.pid, variantId: i.vid, title: i.t, variant: i.v,
          quantity: i.q, price: i.p };
      }),
      buyer: { name: f.name.value, phone: f.phone.value, address: f.address.value, note: f.note.value }
    };
  }

  function send(page, cfg, message) {
    var box = page.querySelector("[data-send]"), enc = encodeURIComponent;
    box.querySelectorAll("[data-channel]").forEach(function (a) {
      var base = a.getAttribute("data-base"), kind = a.getAttribute("data-channel");
      if (kind === "whatsapp") { a.href = base + "?text=" + enc(message.text); }
      if (kind === "sms") { a.href = base + "?body=" + enc(message.text); }
      if (kind === "email") { a.href = base + "?subject=" + enc(message.subject) + "&body=" + enc(message.text); }
    });
    box.querySelector("[data-send-ready]").textContent = cfg.words["cart.ready"].replace("{ref}", message.reference);
    box.querySelector("[data-message]").textContent = message.text;
    box.hidden = false;
    box.focus();
  }

  function start() {
    var page = document.querySelector("[data-cart-page]"), cfg = WD.json("wd-cart-config");
    if (!page || !cfg) { return; }
    var form = page.querySelector("[data-order-form]"), message = null;
    render(page, cfg);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!WD.cart.items().length) { return; }
      message = WD.orderMessage.build(order(cfg, form));
      send(page, cfg, message);
    });
    page.querySelectorAll("[data-copy], [data-copy-first]").forEach(function (node) {
      node.addEventListener("click", function () {
        if (!message) { return; }
        copy(message.text);
        WD.toast(cfg.words["cart.copied"]);
      });
    });
    root.addEventListener("storage", function () { render(page, cfg); });
  }

  WD.ready(start);
})(window);
