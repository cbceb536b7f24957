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
  var addRow = function (tableId) {
    var body = document.getElementById(tableId).tBodies[0];
    var rows = body.querySelectorAll("tr:not(.error-row)");
    var row = rows[rows.length - 1].cloneNode(true);
    row.querySelectorAll("input").forEach(function (input) { input.value = ""; input.removeAttribute("aria-invalid"); });
    body.appendChild(row);
    return row;
  };
  document.querySelectorAll("[data-add-row]").forEach(function (button) {
    button.addEventListener("click", function () {
      addRow(button.dataset.addRow).querySelector("input").focus();
    });
  });
  // Drafts: <form data-draft="key"> keeps its fields in the tab's sessionStorage under "key" (one per user) as
  // they are typed, so a session that ends before the form is sent loses nothing; with data-draft-restore (the form
  // is shown empty) a saved draft is filled back in.  An element data-clear-draft="key" (the page of the case just
  // registered) drops the draft; on a form (signing out) it does so when the form is sent.
  var drafts = null;
  // sessionStorage, not localStorage: a draft holds a party's name and ID number, and on a shared counter computer it
  // must not outlive the tab; it does survive signing in again in the same tab, which is what it is for.
  try { drafts = window.sessionStorage; } catch (e) { drafts = null; }
  var draftFields = function (form) {
    return form.querySelectorAll("textarea[name], select[name], input[name]:not([type=hidden])");
  };
  var saveDraft = function (form) {
    var data = {};
    var typed = false;  // a draft of choices alone (roles, channel ...) is not worth restoring
    draftFields(form).forEach(function (field) {
      if (field.type === "radio" || field.type === "checkbox") {
        if (field.checked) { (data[field.name] = data[field.name] || []).push(field.value); }
        return;
      }
      (data[field.name] = data[field.name] || []).push(field.value);
      typed = typed || (field.tagName !== "SELECT" && field.value.trim() !== "");
    });
    try {
      if (typed) { drafts.setItem(form.dataset.draft, JSON.stringify(data)); } else { drafts.removeItem(form.dataset.draft); }
    } catch (e) { /* storage full or refused: the form works as before */ }
  };
  var restoreDraft = function (form) {
    var data;
    try { data = JSON.parse(drafts.getItem(form.dataset.draft) || "null"); } catch (e) { data = null; }
    if (!data || typeof data !== "object") { return false; }
    var table = form.querySelector("[data-add-row]");
    var names = data.party_name || [];
    while (table && form.querySelectorAll("[name=party_name]").length < names.length) {
      addRow(table.dataset.addRow);
    }
    var seen = {};
    draftFields(form).forEach(function (field) {
      var values = data[field.name];
      if (!Array.isArray(values)) { return; }
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = values.indexOf(field.value) >= 0;
        return;
      }
      var i = seen[field.name] = (seen[field.name] === undefined ? 0 : seen[field.name] + 1);
      if (i < values.length && typeof values[i] === "string") { field.value = values[i]; }
    });
    form.querySelectorAll("textarea[data-counter]").forEach(function (area) {
      area.dispatchEvent(new Event("input"));
    });
    return true;
  };
  if (drafts) {
    // Only the signed-in clerk's draft may stay in the tab: after a timeout another clerk may sign in at the same
    // counter, and the first clerk's draft goes as soon as the second is signed in.  Pages shown to nobody (sign-in,
    // 页面已过期) keep it, so that the clerk whose session ended finds it after signing in again.
    var owner = document.body.dataset.draftOwner || "";
    for (var i = drafts.length - 1; owner && i >= 0; i--) {
      var key = drafts.key(i);
      if (key && key.indexOf("intake-draft:") === 0 && key !== owner) { drafts.removeItem(key); }
    }
    document.querySelectorAll("form[data-draft]").forEach(function (form) {
      if (form.dataset.draftRestore === "1" && restoreDraft(form)) {
        var note = document.createElement("div");
        note.className = "flash info";
        note.id = "draft-restored";
        note.setAttribute("role", "status");
        note.textContent = "已恢复上次未提交的填写内容，请核对后提交。";
        var clear = document.createElement("button");
        clear.type = "button";
        clear.className = "link";
        clear.textContent = "清空重填";
        clear.addEventListener("click", function () {
          drafts.removeItem(form.dataset.draft);
          window.location.reload();
        });
        note.appendChild(document.createTextNode(" "));
        note.appendChild(clear);
        form.parentNode.insertBefore(note, form);
      }
      form.addEventListener("input", function () { saveDraft(form); });
      form.addEventListener("change", function () { saveDraft(form); });
    });
    document.querySelectorAll("[data-clear-draft]").forEach(function (element) {
      if (element.tagName === "FORM") {
        element.addEventListener("submit", function () { drafts.removeItem(element.dataset.clearDraft); });
      } else {
        drafts.removeItem(element.dataset.clearDraft);
      }
    });
  }
  // Forms disable their submit button once sent, and refuse to be sent again.  An action that cannot be undone asks
  // first: a data-confirm="question" on the chosen radio button or option, or on the button that sends the form.
  var question = function (form, event) {
    var chosen = form.querySelector("input:checked[data-confirm], option:checked[data-confirm]");
    if (chosen) { return chosen.dataset.confirm; }
    var button = event.submitter;
    return button && button.dataset.confirm ? button.dataset.confirm : null;
  };
  var posts = document.querySelectorAll("form[method=post]");
  posts.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (sent(form)) {
        event.preventDefault();
        return;
      }
      var ask = question(form, event);
      if (ask && !window.confirm(ask)) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "1";
      form.querySelectorAll("button[type=submit]").forEach(function (b) {
        setTimeout(function () { b.disabled = true; }, 0);
      });
    });
  });
  // A weekly chart wider than a phone scrolls inside its card: show the newest weeks (its right end) first.
  document.querySelectorAll(".dash-grid .card").forEach(function (card) {
    if (card.querySelector("svg.chart-columns") && card.scrollWidth > card.clientWidth) {
      card.scrollLeft = card.scrollWidth;
    }
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
