// pedigree's pages work without this script; it adds what a counter and a packaging line
// need: a 2D scanner's group separator, the camera, and progress while a batch registers.
"use strict";

// pedigreeForm puts a streamed form's errors where the server's page would: next to their
// fields ("f-<name>"), or at the form's top for "" and names the form has no field for. The
// registration form (below) and the onboarding form (onboarding.js) share it.
window.pedigreeForm = {
  clearErrors: function (form) {
    form.querySelectorAll(".field-error, .form-error").forEach(function (e) { e.remove(); });
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (e) { e.removeAttribute("aria-invalid"); });
  },
  showErrors: function (form, errors) {
    window.pedigreeForm.clearErrors(form);
    let first = null;
    Object.keys(errors).forEach(function (name) {
      const p = document.createElement("p");
      p.textContent = errors[name];
      const input = name && document.getElementById("f-" + name);
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
  },
};

(function () {
  const GS = "\x1d";

  // A message for the next page, from a form the script sent (the server's flash cookie
  // cannot follow a streamed answer).
  const pending = window.sessionStorage && sessionStorage.getItem("pedigree-flash");
  if (pending) {
    sessionStorage.removeItem("pedigree-flash");
    const main = document.getElementById("main");
    if (main && !main.querySelector(".flash")) {
      const p = document.createElement("p");
      p.className = "flash";
      p.setAttribute("role", "status");
      p.textContent = pending;
      main.prepend(p);
    }
  }

  function csrf() {
    const el = document.querySelector('input[name="csrf"]');
    return el ? el.value : "";
  }

  // --- The scan input ---------------------------------------------------------------
  // A 2D scanner types the code as keystrokes. The GS1 group separator arrives as Ctrl+] (its
  // ASCII control key) on most keyboard-wedge scanners: put the character itself in the field.
  // A scan that starts while the focus is elsewhere on the page goes to the field too: on a
  // button, a select or anything else that is not for typing, its first keystroke moves the
  // focus to the field, so neither it nor any key after it reaches the button (which would act
  // on Enter or Space) or the select (which would change its choice); the scan's Enter then
  // checks the code.
  const code = document.getElementById("code");
  if (code) {
    const typing = function (t) {
      if (!t || t === document.body) { return false; }
      if (t.isContentEditable || t.tagName === "TEXTAREA") { return true; }
      return t.tagName === "INPUT" && !/^(button|submit|reset|checkbox|radio|file|image|range|color)$/.test(t.type);
    };
    const insert = function (text) {
      const start = code.selectionStart, end = code.selectionEnd;
      code.value = code.value.slice(0, start) + text + code.value.slice(end);
      code.selectionStart = code.selectionEnd = start + text.length;
    };
    code.addEventListener("keydown", function (e) {
      if (e.ctrlKey && !e.altKey && (e.key === "]" || e.code === "BracketRight" || e.key === GS)) {
        e.preventDefault();
        insert(GS);
      }
    });
    // In another text field (the report's comment, the manual entry), a scan is told from
    // typing by its pace: a scanner types a key every few milliseconds, a person every tenth of
    // a second or so. At the burst's fourth key, what it typed there moves to the code field,
    // which takes the rest of the scan.
    let burst = [], field = null, before = "", last = -1;
    document.addEventListener("keydown", function (e) {
      const t = e.target;
      if (t === code || !typing(t) || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) { burst = []; return; }
      if (t !== field || e.timeStamp - last > 30) { burst = []; field = t; before = t.value; }
      last = e.timeStamp;
      if (burst.push(e.key) < 4) { return; }
      const typed = burst.slice(0, -1).join("");
      burst = [];
      t.value = before;
      code.value = "";
      code.focus();
      insert(typed);
    }, true);
    document.addEventListener("keydown", function (e) {
      if (e.target === code || typing(e.target) || e.metaKey || e.altKey || e.isComposing) { return; }
      const gs = e.ctrlKey && (e.key === "]" || e.code === "BracketRight" || e.key === GS);
      if (e.key.length !== 1 || (e.ctrlKey && !gs)) { return; }
      // A new scan: it replaces what the field held. The focus moves before the key's
      // character is typed, so the character, and every key after it, lands in the field.
      code.value = "";
      code.focus();
      if (gs) {
        e.preventDefault();
        insert(GS);
      }
    }, true);
  }

  // --- The camera ---------------------------------------------------------------------
  // BarcodeDetector where the browser has it; otherwise frames go to the server, which reads
  // QR codes and DataMatrix symbols with the same decoder as photo uploads.
  const start = document.getElementById("camera-start");
  const box = document.getElementById("camera");
  const video = document.getElementById("camera-video");
  const status = document.getElementById("camera-status");
  const stop = document.getElementById("camera-stop");
  const form = document.getElementById("scan-form");
  let stream = null, timer = null, busy = false;

  function stopCamera() {
    if (timer) { clearTimeout(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    if (box) { box.hidden = true; }
    if (start) { start.hidden = false; start.focus(); }
  }

  function found(text) {
    stopCamera();
    code.value = text;
    status.textContent = status.dataset.found;
    form.requestSubmit();
  }

  async function detector() {
    if (!("BarcodeDetector" in window)) { return null; }
    try {
      const supported = await window.BarcodeDetector.getSupportedFormats();
      const formats = ["qr_code", "data_matrix"].filter(function (f) { return supported.includes(f); });
      return formats.length ? new window.BarcodeDetector({ formats: formats }) : null;
    } catch (e) { return null; }
  }

  function frameBlob() {
    const canvas = document.createElement("canvas");
    const scale = Math.min(1, 960 / (video.videoWidth || 960));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise(function (resolve) { canvas.toBlob(resolve, "image/jpeg", 0.85); });
  }

  async function look(det) {
    if (!stream || busy) { return; }
    busy = true;
    try {
      if (det) {
        const codes = await det.detect(video);
        if (codes.length) { found(codes[0].rawValue); return; }
      } else if (video.videoWidth) {
        const blob = await frameBlob();
        const res = await fetch("/scan/frame", { method: "POST", body: blob, headers: { "Content-Type": "image/jpeg", "X-CSRF-Token": csrf() } });
        if (res.ok) { found((await res.json()).code); return; }
        if (res.status !== 422) {
          const body = await res.json().catch(function () { return {}; });
          status.textContent = (body.error && body.error.message) || status.dataset.frameFailed;
        }
      }
    } catch (e) {
      status.textContent = status.dataset.readFailed.replace("{}", e.message);
    } finally {
      busy = false;
    }
    if (stream) { timer = setTimeout(function () { look(det); }, det ? 150 : 600); }
  }

  if (start && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    start.hidden = false;
    start.addEventListener("click", async function () {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch (e) {
        status.textContent = status.dataset.unavailable.replace("{}", e.message);
        box.hidden = false;
        return;
      }
      video.srcObject = stream;
      await video.play();
      box.hidden = false;
      start.hidden = true;
      const det = await detector();
      status.textContent = status.dataset.hold;
      look(det);
    });
    stop.addEventListener("click", stopCamera);
  }

  // --- A product from the catalogue fills the product's fields -----------------------
  // (the server reads the product from the catalogue too: this shows what will be used).
  const catalogue = document.getElementById("f-catalogue");
  if (catalogue) {
    catalogue.addEventListener("change", function () {
      const o = catalogue.selectedOptions[0];
      if (!o || !o.value) { return; }
      document.getElementById("f-gtin").value = o.value;
      document.getElementById("f-product_name").value = o.dataset.name || "";
      document.getElementById("f-product_strength").value = o.dataset.strength || "";
      document.getElementById("f-product_form").value = o.dataset.form || "";
    });
  }

  // --- Batch registration with progress -----------------------------------------------
  // The upload's progress, then each step the server reports as it starts. Errors come back
  // next to their fields; nothing typed is lost.
  const reg = document.getElementById("register-form");
  if (reg && window.XMLHttpRequest) {
    const panel = document.getElementById("register-progress");
    const bar = document.getElementById("register-bar");
    const step = document.getElementById("register-step");
    const submit = document.getElementById("register-submit");

    function showErrors(errors) { window.pedigreeForm.showErrors(reg, errors); }

    reg.addEventListener("submit", function (e) {
      e.preventDefault();
      const xhr = new XMLHttpRequest();
      let seen = 0, last = null;
      function lines() {
        const text = xhr.responseText;
        const end = text.lastIndexOf("\n");
        if (end < seen) { return; }
        text.slice(seen, end).split("\n").forEach(function (l) {
          if (!l) { return; }
          try { last = JSON.parse(l); } catch (err) { return; }
          if (last.step) { step.textContent = last.step + "…"; bar.removeAttribute("value"); }
        });
        seen = end + 1;
      }
      xhr.open("POST", reg.action);
      xhr.setRequestHeader("Accept", "application/x-ndjson");
      xhr.setRequestHeader("X-CSRF-Token", csrf());
      xhr.upload.onprogress = function (ev) {
        if (ev.lengthComputable) {
          bar.max = 100;
          bar.value = Math.round(100 * ev.loaded / ev.total);
          step.textContent = step.dataset.sent.replace("{}", bar.value);
        }
      };
      xhr.onprogress = lines;
      xhr.onload = function () {
        lines();
        submit.disabled = false;
        if (last && last.done) {
          step.textContent = step.dataset.registered;
          if (last.message && window.sessionStorage) { sessionStorage.setItem("pedigree-flash", last.message); }
          window.location.assign(last.done);
          return;
        }
        panel.hidden = true;
        showErrors((last && last.errors) || { "": step.dataset.failed.replace("{}", xhr.status) });
      };
      xhr.onerror = function () {
        submit.disabled = false;
        panel.hidden = true;
        showErrors({ "": step.dataset.unreachable });
      };
      panel.hidden = false;
      bar.removeAttribute("value");
      step.textContent = step.dataset.sending;
      submit.disabled = true;
      xhr.send(new FormData(reg));
    });
  }
})();

// Phones: the header's menu scrolls sideways within itself; show the current page's entry.
(function () {
  "use strict";
  var current = document.querySelector(".top nav [aria-current=page]");
  if (current && current.scrollIntoView) { current.scrollIntoView({ block: "nearest", inline: "center" }); }
})();
