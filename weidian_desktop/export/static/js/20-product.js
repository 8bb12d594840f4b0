/* Product page: options pick a variant (price, SKU, stock, photo), a live drop sets the
   drop price on the buyer's clock, and "Add to cart" stores the line. */
(function (root) {
  "use strict";
  var WD = root.WD;

  var format = null;  // made once: a formatter costs more to make than to use
  function money(amount, data) {
    if (!format) {
      format = new Intl.NumberFormat(data.locale, { style: "currency", currency: data.currency });
      format.digits = new Intl.NumberFormat("en", { style: "currency", currency: data.currency })
        .resolvedOptions().maximumFractionDigits;
    }
    return format.format(amount / Math.pow(10, format.digits));
  }

  /* The drop covering this variant (or the whole product) at time `now`, if any. */
  function liveDrop(data, variantId, now) {
    var best = null;
    (data.drops || []).forEach(function (d) {
      if (Date.parse(d.start) <= now && now < Date.parse(d.end) && d.price !== null &&
          (d.vid === null || d.vid === variantId) && (!best || best.vid === null)) { best = d; }
    });
    return best;
  }

  function current(form, data) {
    if (!data.variants.length) { return null; }
    var picked = data.options.map(function (_, i) {
      var input = form.querySelector("input[name=o" + i + "]:checked");
      return input ? input.value : null;
    });
    return data.variants.filter(function (v) {
      return v.o.every(function (value, i) { return value === picked[i]; });
    })[0] || null;
  }

  function offer(data, variant, now) {
    var base = variant || { id: null, sku: data.sku, price: data.price, a: data.a, q: data.q, compare: null };
    var drop = liveDrop(data, base.id, now), out = {};
    for (var k in base) { out[k] = base[k]; }
    if (drop) {
      out.compare = base.price > drop.price ? base.price : null;
      out.price = drop.price;
      if (drop.left === 0) { out.a = "sold_out"; }
    }
    return out;
  }

  function start() {
    var form = document.querySelector("[data-buy]"), data = WD.json("wd-product");
    if (!form || !data) { return; }
    var box = document.querySelector("[data-product]");
    var stockWords = { sold: box.querySelector("[data-stock]").textContent };
    function update() {
      var variant = current(form, data), o = offer(data, variant, Date.now());
      var valid = !data.variants.length || variant;
      box.querySelector("[data-price]").textContent = money(o.price, data);
      var compare = box.querySelector("[data-compare]");
      compare.hidden = !o.compare;
      compare.textContent = o.compare ? money(o.compare, data) : "";
      box.querySelector("[data-sku]").textContent = o.sku || "—";
      if (variant) { box.querySelector("[data-stock]").textContent = variant.s; }
      else { box.querySelector("[data-stock]").textContent = stockWords.sold; }
      form.querySelector("[data-add]").disabled = !valid || o.a === "sold_out";
      if (variant && variant.image !== null) {
        var photo = document.getElementById("photo-" + (variant.image + 1));
        var gallery = document.querySelector("[data-gallery]");
        if (photo && gallery) { gallery.scrollTo({ left: photo.offsetLeft - gallery.offsetLeft, behavior: "smooth" }); }
      }
      return { variant: variant, offer: o };
    }
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var state = update();
      if (data.variants.length && !state.variant) { return; }
      var qty = Math.max(1, Math.min(99, parseInt(form.elements.qty.value, 10) || 1));
      var v = state.variant;
      WD.cart.add({
        k: v ? "v" + v.id : "p" + data.id, pid: data.id, vid: v ? v.id : null,
        sku: state.offer.sku || null, t: data.title, v: v ? v.o.join(" / ") : "",
        p: state.offer.price, q: qty, u: data.url, i: data.img
      });
      WD.toast(form.getAttribute("data-added") || document.querySelector("[data-add]").getAttribute("data-added-text") || "✓");
    });
    update();
  }

  WD.product = { liveDrop: liveDrop, offer: offer };
  WD.ready(start);
})(window);
