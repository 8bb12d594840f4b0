/* The "Ask" box: answers a buyer's question offline from the seller's FAQ.
   Python twin (same normalising, grams and score): core/faq.py. The index (prepared at
   export) sits in <script type="application/json" id="wd-ask-index">. */
(function (root) {
  "use strict";
  var WD = root.WD = root.WD || {};
  var CJK = [[0x3040, 0x30FF], [0x3400, 0x4DBF], [0x4E00, 0x9FFF], [0xF900, 0xFAFF],
    [0xAC00, 0xD7AF]];
  var BREAKS = "的吗呢吧啊么嗎";
  var ALNUM = /[\p{L}\p{N}]/u;
  var DIGITS = /^\p{Nd}+$/u;

  function isCjk(ch) {
    var code = ch.codePointAt(0);
    return CJK.some(function (r) { return code >= r[0] && code <= r[1]; });
  }

  function normalise(text) {
    return String(text).toLowerCase().normalize("NFKD").replace(/\p{Mn}/gu, "");
  }

  /* [words, cjkRuns] split character by character, like faq.runs */
  function runs(text) {
    var words = [], cjk = [], current = "", kind = "";
    Array.from(text + " ").forEach(function (ch) {
      var now = isCjk(ch) && BREAKS.indexOf(ch) < 0 ? "c"
        : ALNUM.test(ch) && !isCjk(ch) ? "w" : "";
      if (now !== kind && current) { (kind === "c" ? cjk : words).push(current); current = ""; }
      kind = now;
      if (now) { current += ch; }
    });
    return [words, cjk];
  }

  function features(text, stop) {
    var split = runs(normalise(text)), grams = new Set();
    var words = split[0].filter(function (w) {
      return !stop.has(w) && (Array.from(w).length > 1 || DIGITS.test(w));
    });
    words.forEach(function (w) {
      var chars = Array.from(" " + w + " ");
      for (var i = 0; i + 3 <= chars.length; i++) { grams.add(chars.slice(i, i + 3).join("")); }
    });
    split[1].forEach(function (run) {
      var chars = Array.from(run);
      var pieces = chars.length === 1 ? [run] : chars.slice(1).map(function (c, i) { return chars[i] + c; });
      pieces.forEach(function (p) { if (!stop.has(p)) { grams.add(p); } });
    });
    return { words: words, cjk: split[1].join(""), grams: grams };
  }

  function keywordFound(key, words, cjk) {
    if (key.c && cjk.indexOf(key.c) < 0) { return false; }
    return key.w.every(function (k) {
      return words.some(function (w) {
        return w.indexOf(k) === 0 || (Array.from(w).length >= 4 && k.indexOf(w) === 0);
      });
    });
  }

  function score(question, entry, index) {
    var f = features(question, index.stopSet);
    if (!f.grams.size) { return 0; }
    var theirs = entry.g, common = 0;
    theirs.forEach(function (g) { if (f.grams.has(g)) { common++; } });
    var overlap = theirs.length ? common / Math.sqrt(f.grams.size * theirs.length) : 0;
    var found = entry.k.filter(function (k) { return keywordFound(k, f.words, f.cjk); }).length;
    return Math.round((overlap + index.bonus * Math.min(found, 2)) * 1e6) / 1e6;
  }

  /* [[entry, score], …] best first; empty: offer to contact the seller */
  function best(question, index, language) {
    if (!index.stopSet) { index.stopSet = new Set(index.stop); }
    var scored = [];
    index.entries.forEach(function (entry) {
      var value = score(question, entry, index);
      if (value >= index.min) { scored.push([entry, value + (entry.lang === language ? 0.01 : 0)]); }
    });
    scored.sort(function (a, b) { return b[1] - a[1] || (a[0].id || 0) - (b[0].id || 0); });
    if (!scored.length) { return []; }
    var top = scored[0][1];
    return scored.slice(0, index.max).filter(function (p) { return p[1] >= top / 2; })
      .map(function (p) { return [p[0], Math.round(p[1] * 1e6) / 1e6]; });
  }

  function render(box, index) {
    var form = box.querySelector("form"), input = box.querySelector("input");
    var list = box.querySelector(".ask-answers"), contact = box.querySelector(".ask-contact");
    var more = box.querySelector(".ask-more"), language = box.getAttribute("data-lang");
    function fillContact(question) {
      box.querySelectorAll("[data-href]").forEach(function (a) {
        a.setAttribute("href", a.getAttribute("data-href").replace("{q}", encodeURIComponent(question)));
      });
      box.querySelectorAll("[data-copy-question]").forEach(function (b) { b.dataset.question = question; });
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var question = input.value.trim();
      if (!question) { return; }
      var answers = best(question, index, language);
      list.textContent = "";
      answers.forEach(function (pair) {
        var item = document.createElement("li"), q = document.createElement("strong");
        var a = document.createElement("p");
        q.textContent = pair[0].q;
        a.textContent = pair[0].a;
        item.appendChild(q);
        item.appendChild(a);
        list.appendChild(item);
      });
      list.hidden = !answers.length;
      fillContact(question);
      contact.hidden = answers.length > 0;
      if (more) { more.hidden = !answers.length; }
    });
    if (more) {
      more.addEventListener("click", function () { contact.hidden = false; more.hidden = true; });
    }
    box.querySelectorAll("[data-copy-question]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (root.navigator.clipboard) { root.navigator.clipboard.writeText(button.dataset.question || ""); }
        button.classList.add("copied");
      });
    });
  }

  function start() {
    var data = document.getElementById("wd-ask-index");
    if (!data) { return; }
    var index = JSON.parse(data.textContent);
    index.stopSet = new Set(index.stop);
    document.querySelectorAll("[data-ask]").forEach(function (box) { render(box, index); });
  }

  WD.ask = { normalise: normalise, runs: runs, features: features, score: score, best: best };
  if (typeof document !== "undefined") {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
    else { start(); }
  }
})(typeof window !== "undefined" ? window : globalThis);
