// The Organisations page's onboarding, live: the form is sent asking for
// application/x-ndjson, and each stage the server reports (one JSON line as it starts, one as
// it ends) is marked in the list as it happens. A failure marks its stage and offers Retry,
// which sends the same form again: the server resumes and does nothing twice. Without this
// script the form posts as usual and the page shows the outcome. The words it writes come
// from the form's data-* attributes, in the page's language; "{}" marks where a value goes.
"use strict";

(function () {
  const form = document.getElementById("onboard-form");
  if (!form || !window.XMLHttpRequest) { return; }
  const panel = document.getElementById("onboard-progress");
  const status = document.getElementById("onboard-status");
  const submit = document.getElementById("onboard-submit");
  const result = document.getElementById("onboard-result");
  const said = form.dataset;
  const words = { started: said.started, done: said.done, earlier: said.earlier, skipped: said.skipped, failed: said.failed };

  // say fills the "{}" in a text of the page's language with values, in order.
  function say(text) {
    const values = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{\}/g, function () { return values.length ? String(values.shift()) : ""; });
  }

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

  function clearErrors() { window.pedigreeForm.clearErrors(form); }
  function showErrors(errors) { window.pedigreeForm.showErrors(form, errors); }

  // showDone writes what the page shows without the script: the organisation, its account,
  // and the invitation, sent or to pass on.
  function showDone(d) {
    const section = el("section", "", { "class": "notice", "aria-live": "polite" });
    section.append(el("h2", say(said.titleDone, d.name)));
    const acc = el("p", said.account + " ");
    const funding = d.funding ? " " + d.funding.charAt(0).toUpperCase() + d.funding.slice(1) + "." : "";
    acc.append(el("code", d.account), document.createTextNode("." + funding));
    section.append(acc);
    const l = d.link;
    if (!l) {
      section.append(el("p", said.noInvitation));
    } else if (l.mailed) {
      const p = el("p", "", { id: "link-sent" });
      p.append(document.createTextNode(said.sentTo + " "), el("strong", l.to),
        document.createTextNode(". " + say(said.expires, l.life)));
      section.append(p);
    } else {
      if (l.error) {
        section.append(el("p", say(said.mailFailed, l.error),
          { "class": "form-error", role: "alert", id: "link-error" }));
      }
      section.append(el("p", said.singleUse + (l.to ? " " + say(said["for"], l.to) : "") + ": " +
        (l.error ? said.passOn : said.passOnNoMail) + " " + say(said.expires, l.life)));
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
        status.textContent = said.statusDone;
        submit.textContent = said.submit;
        showDone(last.done);
        form.reset();
        return;
      }
      if (last && last.failed) {
        status.textContent = "";
        showErrors({ "": say(said.stageFailed, last.title, last.error) });
        submit.textContent = said.retry;
        submit.focus();
        return;
      }
      panel.hidden = true;
      showErrors((last && last.errors) || { "": say(said.failedStatus, xhr.status) });
    };
    xhr.onerror = function () {
      submit.disabled = false;
      submit.textContent = said.retry;
      showErrors({ "": said.unreachable });
    };
    clearErrors();
    result.replaceChildren();
    panel.querySelectorAll("li").forEach(function (li) {
      li.removeAttribute("data-state");
      li.querySelector(".stage-state").textContent = "";
    });
    panel.hidden = false;
    status.textContent = said.sending;
    submit.disabled = true;
    xhr.send(new FormData(form));
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    send();
  });
})();
