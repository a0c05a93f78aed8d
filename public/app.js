// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
});

// Upload progress for forms marked data-upload-progress (the roster upload). Without this the
// form posts as usual; with it, the same post goes through XMLHttpRequest to show progress, and
// the form's live region says what happens once the bytes are sent: the server then checks and
// imports the export before it answers, which can take a minute for a large district.
function showUploadProgress(root) {
  for (const form of root.querySelectorAll("form[data-upload-progress]")) {
    form.addEventListener("submit", (event) => sendWithProgress(event, form));
  }
}

function sendWithProgress(event, form) {
  const progress = form.querySelector("progress");
  const status = form.querySelector("[data-upload-status]");
  if (!progress || !status) return;

  event.preventDefault();
  // One upload at a time, even by the Enter key: a second would only wait for the first.
  if (form.dataset.uploading) return;

  const request = new XMLHttpRequest();
  request.open("POST", form.action);
  request.upload.addEventListener("progress", (upload) => {
    if (upload.lengthComputable) progress.value = Math.round((100 * upload.loaded) / upload.total);
  });
  request.upload.addEventListener("load", () => showChecking(form, progress, status));
  request.addEventListener("load", () => showResponse(form, request));
  for (const failure of ["error", "abort", "timeout"]) {
    request.addEventListener(failure, () => showFailure(form, progress, status));
  }

  const body = new FormData(form);
  status.textContent = "";
  // A retry after a failure starts again from the bar's first name, the uploading one.
  progress.dataset.uploadingLabel ??= progress.getAttribute("aria-label") ?? "";
  progress.setAttribute("aria-label", progress.dataset.uploadingLabel);
  progress.value = 0;
  progress.hidden = false;
  markUploading(form, true);
  request.send(body);
}

// Every byte is sent: the bar turns into one that only says work goes on, and the live region
// says which work, as the server says nothing until the import is done.
function showChecking(form, progress, status) {
  progress.removeAttribute("value");
  progress.setAttribute("aria-label", progress.dataset.checkingLabel ?? "");
  status.textContent = form.dataset.uploadChecking ?? "";
}

function showFailure(form, progress, status) {
  progress.hidden = true;
  status.textContent = form.dataset.uploadFailed ?? "";
  markUploading(form, false);
}

function markUploading(form, uploading) {
  if (uploading) form.dataset.uploading = "true";
  else delete form.dataset.uploading;
  for (const button of form.querySelectorAll("button")) button.disabled = uploading;
}

// A redirect means the import ran: open its report as a page of its own. Anything else (the
// form again, with what was wrong) replaces this page.
function showResponse(form, request) {
  if (request.responseURL && request.responseURL !== form.action) {
    window.location.assign(request.responseURL);
    return;
  }

  const next = new DOMParser().parseFromString(request.responseText, "text/html");
  document.title = next.title;
  document.body.replaceWith(document.adoptNode(next.body));
  showUploadProgress(document);
}

document.addEventListener("DOMContentLoaded", () => showUploadProgress(document));

// Drafts. The words typed into a form marked data-draft are kept until a save of that form goes
// through, and filled back in when the same form is shown again: after a save refused because
// the sign-in had ended, or a page left by mistake. They live in sessionStorage, not
// localStorage, on purpose: sessionStorage belongs to this one tab and is emptied when the tab
// closes, so a shared computer does not keep one person's words for the next. Keys also carry
// the signed-in person (data-drafts-of on <body>): someone else signing in within the same tab
// never sees them, and signing out forgets them.
const draftPrefix = "maps-draft:";
const sentDraft = "maps-draft-sent";

function draftStore() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function draftKey(form) {
  const owner = document.body.dataset.draftsOf;
  if (!owner || !form.dataset.draft) return null;

  return `${draftPrefix}${owner}:${form.getAttribute("action")}:${form.dataset.draft}`;
}

// The fields that hold words: never hidden values, choices or dates.
function wordFields(form) {
  return Array.from(form.querySelectorAll("textarea[name], input[name]")).filter(
    (field) => field.tagName === "TEXTAREA" || ["text", "url"].includes(field.type),
  );
}

function keepDraft(store, form) {
  const key = draftKey(form);
  if (!key) return;

  const fields = wordFields(form);
  const words = Object.fromEntries(fields.map((field) => [field.name, field.value]));
  try {
    if (fields.every((field) => field.value === "")) store.removeItem(key);
    else store.setItem(key, JSON.stringify(words));
  } catch {
    // A full or refused store: the form still posts as usual.
  }
}

// Fills in only fields still as the page drew them, so words the server sent back with a
// problem to fix are never overwritten.
function restoreDraft(store, form) {
  const key = draftKey(form);
  let words = null;
  try {
    words = key ? JSON.parse(store.getItem(key) ?? "null") : null;
  } catch {
    words = null;
  }
  if (!words || typeof words !== "object") return;

  let restored = false;
  for (const field of wordFields(form)) {
    const value = words[field.name];
    if (typeof value !== "string" || value === field.value) continue;
    if (field.value !== field.defaultValue) continue;
    field.value = value;
    restored = true;
  }
  if (!restored) return;

  const folded = form.closest("details");
  if (folded) folded.open = true;
  const note = document.createElement("p");
  note.className = "notice";
  note.setAttribute("role", "status");
  note.textContent = form.dataset.draftNote ?? "";
  form.prepend(note);
}

function forgetDrafts(store, keep) {
  const keys = [];
  for (let index = 0; index < store.length; index += 1) keys.push(store.key(index));
  for (const key of keys) {
    if (key?.startsWith(draftPrefix) && !keep(key)) store.removeItem(key);
  }
}

// Every save that goes through lands on a page whose address says `saved=`: only then is the
// draft of the form just sent forgotten. A refusal of any kind leaves it to fill back in.
function settleSentDraft(store) {
  const sent = store.getItem(sentDraft);
  store.removeItem(sentDraft);
  if (sent && new URLSearchParams(window.location.search).has("saved")) store.removeItem(sent);
}

function useDrafts() {
  const store = draftStore();
  if (!store) return;

  const owner = document.body.dataset.draftsOf;
  if (owner) forgetDrafts(store, (key) => key.startsWith(`${draftPrefix}${owner}:`));
  settleSentDraft(store);
  for (const form of document.querySelectorAll("form[data-draft]")) restoreDraft(store, form);

  document.addEventListener("input", (event) => {
    const form = event.target.closest?.("form[data-draft]");
    if (form) keepDraft(store, form);
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.matches("form[data-forget-drafts]")) forgetDrafts(store, () => false);
    const key = draftKey(form);
    if (!key) return;
    keepDraft(store, form);
    try {
      store.setItem(sentDraft, key);
    } catch {
      // A store too full for this mark was too full for the draft itself a moment before.
    }
  });
}

document.addEventListener("DOMContentLoaded", useDrafts);
