// The edit page's helpers. The page works without them (the Preview button re-renders it on the server);
// with them: a live preview, a copy of the text kept on the server every 30 s and in this browser, and forms
// that send once. Everything is wired here (no inline script or handlers), so a strict CSP can forbid both.
(function () {
  "use strict";

  // Forms marked data-once send once: a second click while the first post is on its way does nothing.
  document.querySelectorAll("form[data-once]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.sending) {
        event.preventDefault();
        return;
      }
      form.dataset.sending = "true";
      // Disabled only after the browser has put the clicked button's name and value into the post.
      window.setTimeout(function () {
        form.querySelectorAll("button[type=submit]:not([disabled])").forEach(function (button) {
          button.disabled = true;
          button.dataset.onceDisabled = "true";
        });
        form.setAttribute("aria-busy", "true");
      }, 0);
    });
  });
  // Coming back with the Back button shows the page as it was left: make its buttons work again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll("form[data-sending]").forEach(function (form) {
      delete form.dataset.sending;
      form.removeAttribute("aria-busy");
      form.querySelectorAll("button[data-once-disabled]").forEach(function (button) {
        button.disabled = false;
        delete button.dataset.onceDisabled;
      });
    });
  });

  var form = document.querySelector("form[data-editor]");
  if (!form) {
    return;
  }
  var body = form.elements.namedItem("Form.Body");
  var preview = document.querySelector("[data-preview]");
  var previewStatus = document.querySelector("[data-preview-status]");
  var autosaveStatus = form.querySelector("[data-autosave-status]");
  var storageKey = "boneinfo:edit:" + form.dataset.key;
  var newArticleFlag = "boneinfo:saving-new";
  var dirty = false;
  var previewTimer = null;
  var copyTimer = null;
  var previewRequest = 0;

  function fields() {
    var values = {};
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf("Form.") === 0) {
        values[name] = value;
      }
    });
    return values;
  }

  function post(url) {
    return fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin" });
  }

  // Server times are UTC; some arrive without their zone.
  function utc(text) {
    return new Date(/([zZ]|[+-][0-9]{2}:?[0-9]{2})$/.test(text) ? text : text + "Z");
  }

  function say(element, text) {
    if (element) {
      element.textContent = text;
    }
  }

  function refreshPreview() {
    var request = ++previewRequest;
    post(form.dataset.previewUrl).then(function (response) {
      if (request !== previewRequest) {
        return null;
      }
      if (!response.ok) {
        say(previewStatus, response.status === 401
          ? "You have been signed out, so the preview cannot update. Your text is kept in this browser."
          : "The preview could not be updated just now.");
        return null;
      }
      return response.text().then(function (html) {
        if (request === previewRequest) {
          preview.innerHTML = html; // rendered by the server's safe Markdown pipeline
          say(previewStatus, "As the public page will show it.");
        }
      });
    }).catch(function () {
      say(previewStatus, "The preview could not be updated (are you offline?).");
    });
  }

  function keepCopy() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ savedAt: new Date().toISOString(), fields: fields() }));
    } catch (e) {
      // Storage full or turned off: the copy on the server still works.
    }
  }

  function storedCopy() {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "null");
    } catch (e) {
      return null;
    }
  }

  function forget(key) {
    try {
      localStorage.removeItem(key);
    } catch (e) {
      // Nothing to forget.
    }
  }

  function offerCopy() {
    var copy = storedCopy();
    var notice = document.getElementById("local-copy");
    if (!copy || !copy.fields || !notice) {
      return;
    }
    var now = fields();
    var differs = Object.keys(copy.fields).some(function (name) {
      return name !== "Form.EditorId" && (now[name] || "") !== copy.fields[name];
    });
    var serverTime = document.querySelector("#server-copy time");
    if (!differs || (serverTime && utc(serverTime.getAttribute("datetime")) >= new Date(copy.savedAt))) {
      if (!differs) {
        forget(storageKey);
      }
      return;
    }
    say(notice.querySelector("[data-local-time]"), "from " + new Date(copy.savedAt).toLocaleString());
    notice.hidden = false;
    notice.querySelector("[data-local-restore]").addEventListener("click", function () {
      Object.keys(copy.fields).forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field && name !== "Form.EditorId") {
          field.value = copy.fields[name]; // the version too: a save on top of newer work is still a conflict
        }
      });
      notice.hidden = true;
      dirty = true;
      refreshPreview();
      body.focus();
    });
    notice.querySelector("[data-local-discard]").addEventListener("click", function () {
      forget(storageKey);
      notice.hidden = true;
    });
  }

  function autosave() {
    if (!dirty) {
      return;
    }
    dirty = false;
    post(form.dataset.autosaveUrl).then(function (response) {
      if (response.ok) {
        return response.json().then(function (result) {
          say(autosaveStatus, "A copy of your text was kept on the server at " + utc(result.savedAt).toLocaleTimeString() + ".");
        });
      }
      dirty = true;
      if (response.status === 401) {
        say(autosaveStatus, "You have been signed out. Your text is kept in this browser; Save draft will ask you to sign in and then save it.");
        return null;
      }
      keepCopy();
      // The server says why (e.g. the database is read-only); any answer without one gets the plain sentence.
      return response.json().then(function (result) {
        return result && result.error;
      }, function () {
        return null;
      }).then(function (error) {
        say(autosaveStatus, error || "A copy could not be kept on the server just now; this browser still has one.");
      });
    }).catch(function () {
      dirty = true;
      say(autosaveStatus, "Offline: your text is kept in this browser until the server can be reached.");
    });
  }

  if (form.dataset.notSaved) {
    // The save was refused: the form holds the posted text; keep it in this browser too until a save succeeds.
    keepCopy();
    dirty = true;
    say(autosaveStatus, "Not saved yet: this browser keeps a copy of your text.");
  } else if (form.dataset.clearLocal) {
    forget(storageKey);
    if (sessionStorage.getItem(newArticleFlag)) {
      forget("boneinfo:edit:new"); // the new article was saved: its copy has done its job
      sessionStorage.removeItem(newArticleFlag);
    }
  } else {
    offerCopy();
  }

  form.addEventListener("input", function (event) {
    dirty = true;
    window.clearTimeout(copyTimer);
    copyTimer = window.setTimeout(keepCopy, 500);
    if (event.target === body) {
      window.clearTimeout(previewTimer);
      previewTimer = window.setTimeout(refreshPreview, 400);
    }
  });
  form.addEventListener("submit", function () {
    if (dirty) {
      keepCopy();
    }
    if (form.dataset.key === "new") {
      sessionStorage.setItem(newArticleFlag, "true");
    }
  });
  window.setInterval(autosave, (parseInt(form.dataset.autosaveSeconds, 10) || 30) * 1000);
})();
