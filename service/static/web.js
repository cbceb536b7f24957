// 纠纷分流工作台: small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // A form is sent once: a second Ctrl+Enter, click or Enter while the next page loads does nothing.  (The intake
  // form also carries a one-time token, so a POST that gets through anyway lands on the case already registered.)
  var sent = function (form) { return form.dataset.sent === "1"; };
  // Ctrl/Cmd+Enter submits the form of the focused field (the paste-and-submit rhythm of intake).
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.form) {
      event.preventDefault();
      if (!sent(event.target.form)) {
        event.target.form.requestSubmit();
      }
    }
  });
  // Character counters: <textarea data-counter="id-of-span">.
  document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
    var out = document.getElementById(area.dataset.counter);
    var update = function () { out.textContent = area.value.length; };
    area.addEventListener("input", update);
    update();
  });
  // "Add a row" buttons: <button data-add-row="table-id"> clones the table's last body row, emptied.
  document.querySelectorAll("[data-add-row]").forEach(function (button) {
    button.addEventListener("click", function () {
      var body = document.getElementById(button.dataset.addRow).tBodies[0];
      var rows = body.querySelectorAll("tr:not(.error-row)");
      var row = rows[rows.length - 1].cloneNode(true);
      row.querySelectorAll("input").forEach(function (input) { input.value = ""; input.removeAttribute("aria-invalid"); });
      body.appendChild(row);
      row.querySelector("input").focus();
    });
  });
  // Forms disable their submit button once sent, and refuse to be sent again.
  var posts = document.querySelectorAll("form[method=post]");
  posts.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (sent(form)) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
      form.querySelectorAll("button[type=submit]").forEach(function (b) {
        setTimeout(function () { b.disabled = true; }, 0);
      });
    });
  });
  // Back to a page kept in the browser's cache: its forms can be used again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) { return; }
    posts.forEach(function (form) {
      delete form.dataset.sent;
      form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = false; });
    });
  });
})();
