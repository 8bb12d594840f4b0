/* Offline: over http(s) the service worker (sw.js at the shop's root) keeps the pages
   a buyer has seen; from file:// there is nothing to register. */
(function (root) {
  "use strict";
  if (!("serviceWorker" in root.navigator) || !/^https?:$/.test(root.location.protocol)) { return; }
  root.addEventListener("load", function () {
    var rootPath = document.body.getAttribute("data-root") || "";
    root.navigator.serviceWorker.register(rootPath + "sw.js").catch(function () { /* offline is a bonus */ });
  });
})(window);
