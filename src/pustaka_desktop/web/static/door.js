// Door tablet: after a sign-in, go back to the visitor book for the next person by itself, unless
// someone asks to stay (WCAG 2.2.1: a time limit the user can turn off). Without this file the
// "Next visitor" button does the same.
(function () {
  var note = document.getElementById("balik"), stay = document.getElementById("tetap");
  if (!note || !stay) return;
  note.hidden = false;
  // replace: the thanks page is not a step the phone's Back button goes through again
  var timer = setTimeout(function () { window.location.replace("/buku-tamu"); }, 10000);
  stay.addEventListener("click", function () { clearTimeout(timer); note.hidden = true; });
})();
