// As-you-type search: the form works without this file; with it, results follow the typing.
(function () {
  var form = document.querySelector("form.search");
  var box = document.getElementById("hasil");
  if (!form || !box || !window.fetch) return;
  var timer = null, last = null, seq = 0;
  function run() {
    var query = new URLSearchParams(new FormData(form));
    var key = query.toString();
    if (key === last) return;
    last = key;
    var mine = ++seq;
    query.set("bagian", "hasil");
    fetch("/?" + query.toString(), {headers: {"Accept": "text/html"}}).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (html === null || mine !== seq) return;
      var doc = new DOMParser().parseFromString(html, "text/html");
      var fresh = doc.getElementById("hasil");
      if (fresh) { box.innerHTML = fresh.innerHTML; }
      var arrivals = document.getElementById("baru-datang");
      if (arrivals) { arrivals.hidden = !!fresh && !!fresh.querySelector(".count"); }
      history.replaceState(null, "", "/?" + key);
    }).catch(function () {});
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
