// As-you-type search: the form works without this file; with it, results follow the typing.
(function () {
  var form = document.querySelector("form.search");
  var box = document.getElementById("hasil");
  if (!form || !box) return;

  // A search sent (Enter, Search, the next page of results): on a small phone or with large text the results
  // begin below the screen and the page looks as if nothing happened. Bring the form up, her words with the
  // first results under them. Not when Back brings the page (the browser puts her where she was), nor when the
  // results' first line is in sight already.
  var count = box.querySelector(".count");
  var how = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
  if (count && (!how || how.type === "navigate") && count.getBoundingClientRect().bottom > window.innerHeight) {
    form.scrollIntoView();
  }

  if (!window.fetch) return;
  var timer = null, last = null, seq = 0, notice = null;
  var WAIT_MS = 15000;  // a phone that lost the Wi-Fi may wait minutes for an answer that never comes

  // The page's own words (the server renders them in the patron's language on the form).
  function say(text) {
    if (!notice) {
      notice = document.createElement("p");
      notice.className = "flash error";
      notice.id = "tak-menjawab";
      notice.setAttribute("role", "alert");
      box.parentNode.insertBefore(notice, box);
    }
    notice.textContent = text;
    notice.hidden = false;
  }
  function quiet() { if (notice) { notice.hidden = true; } }

  // The server answered with its friendly error page (busy, too many requests): say what it says.
  function problemOf(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var title = doc.querySelector("main h1"), text = doc.querySelector("main h1 + p");
    return title ? title.textContent + ". " + (text ? text.textContent : "") : form.dataset.noAnswer;
  }

  function run() {
    var query = new URLSearchParams(new FormData(form));
    var key = query.toString();
    if (key === last) return;
    last = key;
    var mine = ++seq;
    query.set("bagian", "hasil");
    var stop = window.AbortController ? new AbortController() : null;
    var waiting = stop ? setTimeout(function () { stop.abort(); }, WAIT_MS) : null;
    fetch("/?" + query.toString(), {headers: {"Accept": "text/html"}, signal: stop ? stop.signal : undefined})
      .then(function (r) {
        return r.text().then(function (html) { return {ok: r.ok, html: html}; });
      }).then(function (answer) {
        clearTimeout(waiting);
        if (mine !== seq) return;
        if (!answer.ok) { failed(problemOf(answer.html)); return; }
        quiet();
        var doc = new DOMParser().parseFromString(answer.html, "text/html");
        var fresh = doc.getElementById("hasil");
        if (fresh) { box.innerHTML = fresh.innerHTML; }
        var arrivals = document.getElementById("baru-datang");
        if (arrivals) { arrivals.hidden = !!fresh && !!fresh.querySelector(".count"); }
        history.replaceState(null, "", "/?" + key);
        // the language switch comes back to these results too
        var switcher = document.querySelector("header .langs a");
        if (switcher) { switcher.search = "?next=" + encodeURIComponent("/?" + key); }
      }).catch(function () {
        // No answer at all: the library PC is off, the server stopped, or the phone left the Wi-Fi.
        clearTimeout(waiting);
        if (mine === seq) { failed(form.dataset.noAnswer); }
      });
  }
  function failed(text) {
    last = null;  // the same words typed or sent again must ask again
    say(text);
  }
  form.addEventListener("input", function () {
    clearTimeout(timer);
    // Results follow once the word being typed has three letters (or is gone): two letters match
    // most of the catalogue and would only slow everyone's phone; Enter searches at any time.
    var words = form.q.value.trim().split(/\s+/), last = words[words.length - 1] || "";
    if (last.length > 0 && last.length < 3 && words.length === 1) return;
    timer = setTimeout(run, 250);
  });
})();
