// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
});

// Upload progress for forms marked data-upload-progress (the roster upload). Without this the
// form posts as usual; with it, the same post goes through XMLHttpRequest to show progress.
function showUploadProgress(root) {
  for (const form of root.querySelectorAll("form[data-upload-progress]")) {
    form.addEventListener("submit", (event) => {
      const progress = form.querySelector("progress");
      if (!progress) return;

      event.preventDefault();
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", (upload) => {
        if (upload.lengthComputable)
          progress.value = Math.round((100 * upload.loaded) / upload.total);
      });
      request.addEventListener("load", () => showResponse(form, request));
      request.addEventListener("error", () => form.submit());
      progress.hidden = false;
      for (const button of form.querySelectorAll("button")) button.disabled = true;
      request.send(new FormData(form));
    });
  }
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
