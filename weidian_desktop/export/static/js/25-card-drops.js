/* Product cards on the buyer's clock (home, collections, posts): while a drop of the
   whole product is live its price shows, the regular one struck beside it; before and
   after, the regular price alone. The card carries each drop's window and price text
   (_macros.html card); without script the regular price stays, as on the product page. */
(function (root) {
  "use strict";

  function update(now) {
    root.document.querySelectorAll(".card-price").forEach(function (line) {
      var drops = line.querySelectorAll("[data-drop-start]");
      if (!drops.length) { return; }
      var live = null;
      drops.forEach(function (d) {
        var on = !live && Date.parse(d.getAttribute("data-drop-start")) <= now &&
          now < Date.parse(d.getAttribute("data-drop-end"));
        d.hidden = !on;
        if (on) { live = d; }
      });
      var regular = line.querySelector(".price:not([data-drop-start])"), compare = line.querySelector("s");
      if (regular) {
        regular.classList.toggle("was", !!live);
        // The price to pay first, the struck one after: as a card shows a compare price.
        if (live) { line.insertBefore(live, regular); }
      }
      if (compare) { compare.hidden = !!live; }  // one struck price is enough
    });
  }

  function start() {
    update(Date.now());
    root.setInterval(function () { update(Date.now()); }, 60000);  // a page left open
  }

  if (root.document.readyState === "loading") {
    root.document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window);
