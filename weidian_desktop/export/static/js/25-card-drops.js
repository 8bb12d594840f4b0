/* Product cards on the buyer's clock (home, collections, posts): while a drop of the
   whole product is live its price shows, the regular one struck beside it; before and
   after, the regular price alone. Each price line of a card is in the page already, all
   in one grid cell (_macros.html card): this shows one and hides the others, and nothing
   moves. Without script the regular price stays, as on the product page. */
(function (root) {
  "use strict";

  function update(now) {
    root.document.querySelectorAll("[data-card-drops]").forEach(function (box) {
      var live = null;
      box.querySelectorAll("[data-drop-start]").forEach(function (line) {
        var on = !live && Date.parse(line.getAttribute("data-drop-start")) <= now &&
          now < Date.parse(line.getAttribute("data-drop-end"));
        line.toggleAttribute("data-off", !on);
        if (on) { live = line; }
      });
      var regular = box.querySelector("[data-regular]");
      if (regular) { regular.toggleAttribute("data-off", !!live); }
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
