/* The not-found page (404.html) says it in every language of the shop; this keeps the one
   of the address asked for (en/…, it/…), else the first the browser prefers, else the
   shop's own, and names the page in it. Served at any depth: paths start from data-root. */
(function (root) {
  "use strict";
  var blocks = [].slice.call(document.querySelectorAll("div[data-lang-block]"));
  if (blocks.length < 2) { return; }
  var base = document.body.getAttribute("data-root") || "/";
  var path = root.location.pathname;
  path = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\//, "");
  function byPrefix() {
    return blocks.filter(function (b) {
      var prefix = b.getAttribute("data-lang-block");
      return prefix && path.toLowerCase().indexOf(prefix) === 0;
    })[0];
  }
  function byBrowser() {
    var wanted = (root.navigator.languages || [root.navigator.language || ""]).map(function (l) {
      return String(l).toLowerCase();
    });
    for (var i = 0; i < wanted.length; i++) {
      var hit = blocks.filter(function (b) {
        var code = b.getAttribute("lang").toLowerCase();
        return code === wanted[i] || code.split("-")[0] === wanted[i].split("-")[0];
      })[0];
      if (hit) { return hit; }
    }
    return null;
  }
  var chosen = byPrefix() || byBrowser() || blocks[0];
  var lang = chosen.getAttribute("lang");
  /* the heading's words and the text blocks: only the chosen language's stay */
  [].forEach.call(document.querySelectorAll("main [data-lang-block]"), function (el) {
    el.hidden = el.getAttribute("lang") !== lang;
  });
  [].forEach.call(document.querySelectorAll("[data-lang-join]"), function (el) {
    el.hidden = true;
  });
  document.documentElement.setAttribute("lang", lang);
  document.title = chosen.getAttribute("data-title");
})(window);
