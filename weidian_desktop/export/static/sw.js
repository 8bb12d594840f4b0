/* Offline shop: core pages cached at install; pages are network first (fresh when
   online), everything else cache first. Same origin only: nothing else is ever fetched. */
"use strict";
var CACHE = "wd-@VERSION@";
var CORE = @CORE@;
var OFFLINE_IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3" fill="#e8e8e8"/></svg>';
function key(request) {
  var url = new URL(request.url);
  url.search = ""; url.hash = "";
  if (url.pathname.endsWith("/")) { url.pathname += "index.html"; }
  return url.href;
}
self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(CORE); })
    .then(function () { return self.skipWaiting(); }));
});
self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("wd-") === 0 && k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});
self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) { return; }
  var k = key(request);
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) { var copy = response.clone(); caches.open(CACHE).then(function (c) { c.put(k, copy); }); }
      return response;
    }).catch(function () {
      return caches.match(k).then(function (hit) { return hit || caches.match(new URL("404.html", self.registration.scope).href); });
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
