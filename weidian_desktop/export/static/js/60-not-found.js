/* The not-found page (404.html) says it in every language of the shop; this keeps the one
   of the address asked for (en/…, it/…), else the first the browser prefers, else the
   shop's own, and names the page in it. It runs in the head, before the page is drawn:
   it marks the language's number on <html> and the stylesheet hides the others, so
   nothing moves. Served at any depth: paths start from the site's root. */
(function (root, doc) {
  "use strict";
  var data = doc.getElementById("wd-not-found");
  var site = data ? JSON.parse(data.textContent) : {languages: []};
  var langs = site.languages;
  if (langs.length < 2) { return; }
  var base = site.root || "/";
  var path = root.location.pathname;
  path = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\//, "");
  function byPrefix() {
    return langs.filter(function (l) {
      return l.prefix && path.toLowerCase().indexOf(l.prefix) === 0;
    })[0];
  }
  function byBrowser() {
    var wanted = (root.navigator.languages || [root.navigator.language || ""]).map(function (l) {
      return String(l).toLowerCase();
    });
    for (var i = 0; i < wanted.length; i++) {
      var hit = langs.filter(function (l) {
        var code = l.lang.toLowerCase();
        return code === wanted[i] || code.split("-")[0] === wanted[i].split("-")[0];
      })[0];
      if (hit) { return hit; }
    }
    return null;
  }
  var chosen = byPrefix() || byBrowser() || langs[0];
  var number = String(langs.indexOf(chosen) + 1);
  var html = doc.documentElement;
  html.setAttribute("lang", chosen.lang);
  html.setAttribute("data-pick", number);
  doc.title = chosen.title;
  /* the stylesheet knows the first few numbers; past them, once the page is read */
  doc.addEventListener("DOMContentLoaded", function () {
    [].forEach.call(doc.querySelectorAll("[data-lang-n]"), function (el) {
      el.hidden = el.getAttribute("data-lang-n") !== number;
    });
  });
})(window, document);
