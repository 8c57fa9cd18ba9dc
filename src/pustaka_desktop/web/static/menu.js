// On a small phone the menu is one row that scrolls sideways. This brings the page she is on into sight in it, and
// a link the keyboard moves to whole into sight (the browser leaves a half-shown one as it is). The menu works the
// same without this file, by swiping it.
(function () {
  var menu = document.querySelector("header nav");
  if (!menu) return;
  function show(link, centre) {
    var box = menu.getBoundingClientRect(), it = link.getBoundingClientRect();
    if (centre) {
      menu.scrollLeft += it.left - box.left - (box.width - it.width) / 2;
    } else if (it.left < box.left) {
      menu.scrollLeft -= box.left - it.left;
    } else if (it.right > box.right) {
      menu.scrollLeft += it.right - box.right;
    }
  }
  var here = menu.querySelector("[aria-current=page]");
  if (here && menu.scrollWidth > menu.clientWidth) show(here, true);
  menu.addEventListener("focusin", function (event) { show(event.target, false); });
})();
