/* Search page: filters the small index embedded in the page (fetch() of a local file
   fails from file://), every word must match; ?q= in the address is searched at once. */
(function (root) {
  "use strict";
  var WD = root.WD;

  function fold(text) { return String(text).toLowerCase().normalize("NFKD").replace(/\p{Mn}/gu, ""); }

  function search(index, query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) { return []; }
    return index.filter(function (entry) {
      var hay = fold(entry.t + " " + entry.k);
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    });
  }

  function start() {
    var form = document.querySelector("[data-search]"), index = WD.json("wd-search");
    if (!form || !index) { return; }
    var list = document.querySelector("[data-search-results]");
    var status = document.querySelector("[data-search-status]");
    var words = [status.getAttribute("data-none"), status.getAttribute("data-found")];
    var rootPath = document.body.getAttribute("data-root"), home = document.body.getAttribute("data-home");
    var input = form.querySelector("input");
    function run() {
      var found = search(index, input.value);
      list.textContent = "";
      found.slice(0, 100).forEach(function (entry) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = home + entry.u + "index.html";
        if (entry.i) {
          var img = document.createElement("img");
          img.src = rootPath + entry.i; img.alt = ""; img.width = 64; img.height = 64; img.loading = "lazy";
          a.appendChild(img);
        } else {  // a product without a photo: the same tile as on its card
          var tile = document.createElement("span");
          tile.className = "noimg";
          a.appendChild(tile);
        }
        var title = document.createElement("span");
        title.textContent = entry.t;
        a.appendChild(title);
        li.appendChild(a);
        var price = document.createElement("span");
        price.className = "price";
        price.textContent = entry.p;
        li.appendChild(price);
        list.appendChild(li);
      });
      status.textContent = input.value.trim() ? (found.length ? words[1].replace("{n}", found.length) : words[0]) : "";
    }
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("input", run);
    var m = /[?&]q=([^&#]*)/.exec(root.location.search);
    if (m) { input.value = decodeURIComponent(m[1].replace(/\+/g, " ")); run(); }
  }

  WD.search = search;
  WD.ready(start);
})(window);
