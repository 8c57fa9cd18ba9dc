// The phone's Back button brings a page back from the browser's memory (its back/forward cache) as it was: an
// account page before a renewal, a visitor book still saying the card number was wrong. A page with forms that
// change something is fetched again instead, so it shows what is true now and its forms are fresh. (Pages
// without such forms, like search results, come back from memory: quick, and still there when the Wi-Fi is not.)
window.addEventListener("pageshow", function (event) {
  if (event.persisted && document.querySelector("form[method=post]")) window.location.reload();
});
