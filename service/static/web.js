// 纠纷分流工作台: small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // Ctrl/Cmd+Enter submits the form of the focused field (the paste-and-submit rhythm of intake).
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.form) {
      event.preventDefault();
      event.target.form.requestSubmit();
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
  // Forms disable their submit button once sent, so a double click cannot submit twice.
  document.querySelectorAll("form[method=post]").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("button[type=submit]").forEach(function (b) {
        setTimeout(function () { b.disabled = true; }, 0);
      });
    });
  });
})();
