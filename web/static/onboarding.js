// The Organisations page's onboarding, live: the form is sent asking for
// application/x-ndjson, and each stage the server reports (one JSON line as it starts, one as
// it ends) is marked in the list as it happens. A failure marks its stage and offers Retry,
// which sends the same form again: the server resumes and does nothing twice. Without this
// script the form posts as usual and the page shows the outcome.
"use strict";

(function () {
  const form = document.getElementById("onboard-form");
  if (!form || !window.XMLHttpRequest) { return; }
  const panel = document.getElementById("onboard-progress");
  const status = document.getElementById("onboard-status");
  const submit = document.getElementById("onboard-submit");
  const result = document.getElementById("onboard-result");
  const words = { started: "under way…", done: "done", earlier: "done before", skipped: "not needed", failed: "failed" };

  function mark(stage, state) {
    const li = panel.querySelector('li[data-stage="' + stage + '"]');
    if (!li) { return; }
    li.setAttribute("data-state", state);
    li.querySelector(".stage-state").textContent = words[state] || state;
  }

  function el(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function clearErrors() {
    form.querySelectorAll(".field-error.js, .form-error.js").forEach(function (e) { e.remove(); });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (e) { e.removeAttribute("aria-invalid"); });
  }

  function showErrors(errors) {
    let first = null;
    Object.keys(errors).forEach(function (name) {
      const input = name && document.getElementById("f-" + name);
      const p = el("p", errors[name]);
      if (input) {
        p.className = "field-error js";
        p.id = "f-" + name + "-error";
        input.before(p);
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", p.id);
        first = first || input;
      } else {
        p.className = "form-error js";
        p.setAttribute("role", "alert");
        form.prepend(p);
      }
    });
    if (first) { first.focus(); }
  }

  // showDone writes what the page shows without the script: the organisation, its account,
  // and the invitation, sent or to pass on.
  function showDone(d) {
    const section = el("section", "", { "class": "notice", "aria-live": "polite" });
    section.append(el("h2", d.name + " is onboarded"));
    const acc = el("p", "Account ");
    const funding = d.funding ? " " + d.funding.charAt(0).toUpperCase() + d.funding.slice(1) + "." : "";
    acc.append(el("code", d.account), document.createTextNode("." + funding));
    section.append(acc);
    const l = d.link;
    if (!l) {
      section.append(el("p", "Its administrator has set a password already: no invitation is needed."));
    } else if (l.mailed) {
      const p = el("p", "", { id: "link-sent" });
      p.append(document.createTextNode("The invitation is sent to "), el("strong", l.to),
        document.createTextNode(". It works once and expires in " + l.life + "."));
      section.append(p);
    } else {
      if (l.error) {
        section.append(el("p", "The e-mail could not be sent (" + l.error + "). Pass the link on yourself instead.",
          { "class": "form-error", role: "alert", id: "link-error" }));
      }
      section.append(el("p", "One-time invitation for " + l.to + ": pass it on" + (l.error ? "" : " (this service sends no e-mail)") +
        ". It works once and expires in " + l.life + "."));
      const p = el("p");
      p.append(el("code", l.url, { id: "one-time-link" }));
      section.append(p);
    }
    result.replaceChildren(section);
  }

  function send() {
    const xhr = new XMLHttpRequest();
    let seen = 0, last = null;
    function lines() {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n");
      if (end < seen) { return; }
      text.slice(seen, end).split("\n").forEach(function (line) {
        if (!line) { return; }
        try { last = JSON.parse(line); } catch (err) { return; }
        if (last.stage) {
          mark(last.stage, last.state);
          if (last.state === "started") { status.textContent = last.title + "…"; }
        }
      });
      seen = end + 1;
    }
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    xhr.setRequestHeader("X-CSRF-Token", (form.querySelector('input[name="csrf"]') || {}).value || "");
    xhr.onprogress = lines;
    xhr.onload = function () {
      lines();
      submit.disabled = false;
      if (last && last.done) {
        status.textContent = "Onboarded.";
        submit.textContent = "Onboard";
        showDone(last.done);
        form.reset();
        return;
      }
      if (last && last.failed) {
        status.textContent = "";
        showErrors({ "": last.title + " failed: " + last.error + ". Retry: the steps done are not done again." });
        submit.textContent = "Retry";
        submit.focus();
        return;
      }
      panel.hidden = true;
      showErrors((last && last.errors) || { "": "The onboarding failed (" + xhr.status + "). Try again." });
    };
    xhr.onerror = function () {
      submit.disabled = false;
      submit.textContent = "Retry";
      showErrors({ "": "The server could not be reached: check the connection and retry." });
    };
    clearErrors();
    result.replaceChildren();
    panel.querySelectorAll("li").forEach(function (li) {
      li.removeAttribute("data-state");
      li.querySelector(".stage-state").textContent = "";
    });
    panel.hidden = false;
    status.textContent = "Sending the form…";
    submit.disabled = true;
    xhr.send(new FormData(form));
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    send();
  });
})();
