/* Offline shop: core pages cached at install; pages are network first (fresh when
   online), everything else cache first. Same origin only: nothing else is ever fetched.
   A page not saved, asked for offline, gets the offline page of its language. */
"use strict";
var CACHE = "wd-@VERSION@";
var CORE = @CORE@;
var OFFLINE = "offline/index.html";
var OFFLINE_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="#e8e8e8"/></svg>';
function key(request) {
  var url = new URL(request.url);
  url.search = ""; url.hash = "";
  if (url.pathname.endsWith("/")) { url.pathname += "index.html"; }
  return url.href;
}
/* The offline page of the language whose folder the address is in (en/…), else the
   default's; shown at that address, so its relative links are made absolute. */
function offline(url) {
  var scope = self.registration.scope, path = url.slice(scope.length), page = OFFLINE;
  CORE.forEach(function (p) {
    var prefix = p.slice(0, -OFFLINE.length);
    if (prefix && p.slice(-OFFLINE.length) === OFFLINE && path.indexOf(prefix) === 0) { page = p; }
  });
  var at = new URL(page, scope).href;
  return caches.match(at).then(function (hit) {
    if (!hit) { return Response.error(); }
    function absolute(link) {
      return !link || link.charAt(0) === "#" || /^[a-z][a-z0-9+.-]*:/i.test(link) ? link
        : new URL(link, at).href;
    }
    return hit.text().then(function (html) {
      html = html.replace(/(\s(href|src|srcset|data-root|data-home)=")([^"]*)"/g, function (all, head, name, value) {
        return head + (name === "srcset" ? value.split(", ").map(function (candidate) {
          var parts = candidate.split(" ");
          return [absolute(parts[0])].concat(parts.slice(1)).join(" ");
        }).join(", ") : absolute(value)) + '"';
      });
      return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
    });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(CORE.map(function (path) {
      // A file named by its content (styles, scripts, the logo) is the same as the copy the
      // page just loaded: taken from the browser's cache, not downloaded a second time.
      var request = new Request(path, { cache: /^(assets|img)\//.test(path) ? "force-cache" : "default" });
      return fetch(request).then(function (response) {
        if (!response.ok) { throw new Error(path + " " + response.status); }
        return cache.put(request.url, response);
      });
    }));
  }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("wd-") === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }).then(keepOpenPages));
});
/* The page that installed the worker was fetched before it ran: saved now, from the
   browser's own cache when it has it, so the first page a buyer opened opens offline. */
function keepOpenPages() {
  return self.clients.matchAll({ type: "window" }).then(function (open) {
    return caches.open(CACHE).then(function (cache) {
      return Promise.all(open.map(function (client) {
        var k = key({ url: client.url });
        if (k.indexOf(self.registration.scope) !== 0) { return null; }
        return cache.match(k).then(function (hit) {
          return hit || fetch(k, { cache: "force-cache" }).then(function (response) {
            return response.ok ? cache.put(k, response) : null;
          }).catch(function () { return null; });
        });
      }));
    });
  });
}
self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) { return; }
  var k = key(request);
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) { var copy = response.clone(); caches.open(CACHE).then(function (c) { c.put(k, copy); }); }
      return response;
    }).catch(function () {
      return caches.match(k).then(function (hit) { return hit || offline(k); });
    }));
    return;
  }
  event.respondWith(caches.match(k).then(function (hit) {
    return hit || fetch(request).then(function (response) {
      if (response.ok) { var copy = response.clone(); caches.open(CACHE).then(function (c) { c.put(k, copy); }); }
      return response;
    }).catch(function (error) {
      // Offline, a photo never seen before shows a plain tile, not a broken image.
      if (request.destination === "image") { return new Response(OFFLINE_IMAGE, {headers: {"Content-Type": "image/svg+xml"}}); }
      throw error;
    });
  }));
});
