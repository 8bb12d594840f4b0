/* The offline page (sw.js shows it for a page not saved on the phone): lists the pages of
   its language the phone has saved, retries the page asked for, and opens it by itself
   when the connection comes back. The pages saved are in the service worker's cache
   ("wd-…"), which a page of the same origin can read. */
(function (root) {
  "use strict";
  var retry = document.querySelector("[data-offline-retry]");
  if (retry) { retry.addEventListener("click", function () { root.location.reload(); }); }
  root.addEventListener("online", function () { if (root.navigator.onLine) { root.location.reload(); } });

  var box = document.querySelector("[data-offline-seen]");
  if (!box || !root.caches) { return; }
  var scope = new URL(document.body.getAttribute("data-root") || "./", root.location.href).href;
  var prefix = box.getAttribute("data-prefix");
  var others = box.getAttribute("data-prefixes").split(" ").filter(function (p) { return p && p !== prefix; });
  var listed = ["", "cart/", "search/", "about/", "offline/"].map(function (p) {
    return scope + prefix + p + "index.html";
  });
  function ours(url) {
    if (url.indexOf(scope) !== 0 || !/\/index\.html$/.test(url) || listed.indexOf(url) >= 0) { return false; }
    var path = url.slice(scope.length);
    if (prefix) { return path.indexOf(prefix) === 0; }
    return !others.some(function (p) { return path.indexOf(p) === 0; });
  }
  var brand = document.querySelector(".brand span"), suffix = brand ? " · " + brand.textContent : null;
  function title(html) {  // "Moka pot · Shop" shows as "Moka pot": the shop is the same
    var m = /<title>([^<]*)<\/title>/.exec(html);
    var text = m ? new DOMParser().parseFromString("<title>" + m[1] + "</title>", "text/html").title : "";
    return suffix && text.slice(-suffix.length) === suffix ? text.slice(0, -suffix.length) : text;
  }
  root.caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("wd-") === 0; }).map(function (n) {
      return root.caches.open(n).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.filter(function (r) { return ours(r.url); }).map(function (r) {
            return cache.match(r).then(function (response) { return response.text(); })
              .then(function (html) { return { url: r.url, title: title(html) }; });
          }));
        });
      });
    }));
  }).then(function (lists) {
    var seen = {}, pages = [].concat.apply([], lists).filter(function (p) {
      if (!p.title || seen[p.url]) { return false; }
      seen[p.url] = true;
      return true;
    }).sort(function (a, b) { return a.title.localeCompare(b.title); }).slice(0, 50);
    var list = box.querySelector("ul");
    pages.forEach(function (p) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = p.url;
      a.textContent = p.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = !pages.length;
  }).catch(function () { /* the four pages above are still there */ });
})(window);
