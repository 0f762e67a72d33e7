// PlanDesk: the password field of a signed decision (the director's approval of a plan version or
// a grant request, the sign-off of a yearly report; see the README, "Signed approval").
//
// form-js 1.8.7 has no password field, so the forms carry a text field with the key
// signaturePassword; this script makes it a password input as soon as it is rendered: typed
// characters are masked, the browser offers the signed-in user's saved password, and it is never
// spell-checked or remembered as form history. The Tasklist can keep a task's form values in the
// browser's local storage ("Save"): the password is taken out of whatever it keeps there. The server
// takes the password out of the request before the engine sees it (identity/EngineApiGuard).
const FIELD = 'signaturePassword';

function maskPasswordFields() {
  document.querySelectorAll('.fjs-form input[id$="Field_signaturePassword"]').forEach((input) => {
    if (input.type !== 'password') {
      input.type = 'password';
    }
    input.setAttribute('autocomplete', 'current-password');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('autocapitalize', 'off');
  });
}

function withoutPassword(value) {
  if (Array.isArray(value)) {
    return value.map(withoutPassword);
  }
  if (value && typeof value === 'object') {
    const copy = {};
    Object.keys(value).forEach((key) => {
      if (key !== FIELD) {
        copy[key] = withoutPassword(value[key]);
      }
    });
    return copy;
  }
  return value;
}

function forgetStoredPasswords() {
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    const value = window.localStorage.getItem(key);
    if (value && value.indexOf(FIELD) >= 0) {
      try {
        window.localStorage.setItem(key, JSON.stringify(withoutPassword(JSON.parse(value))));
      } catch (notJson) {
        window.localStorage.removeItem(key);
      }
    }
  }
}

let pending = false;
const changes = new MutationObserver(() => {
  if (!pending) {
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      maskPasswordFields();
      forgetStoredPasswords();
    });
  }
});

changes.observe(document.documentElement, {childList: true, subtree: true});
window.addEventListener('storage', forgetStoredPasswords);
window.addEventListener('pagehide', forgetStoredPasswords);
maskPasswordFields();
forgetStoredPasswords();

export default [];
