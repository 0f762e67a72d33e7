// PlanDesk: one sign-in for PlanDesk's pages and the Camunda webapps.
// The webapps' own login page is never used. Whenever a webapp routes to it (after "Log out", which
// ends the one session, or when the session has expired), the webapp's page is loaded again: the
// server then sends the browser to PlanDesk's sign-in, and back here once signed in.
const RELOADED_AT = 'plandesk.sso.reloadedAt';

// Once the webapp shows who is signed in, it let the user in: forget the last reload.
const signedIn = new MutationObserver(() => {
  if (document.querySelector('li.account a.dropdown-toggle')) {
    window.sessionStorage.removeItem(RELOADED_AT);
    signedIn.disconnect();
  }
});
signedIn.observe(document, {childList: true, subtree: true});

// The webapp may route to its login page more than once as the session ends: leave only once. A
// second navigation would cancel the first after the server had answered it with a new session,
// and the sign-in form would belong to a session the browser no longer holds.
let leaving = false;

function leaveLoginPage() {
  if (leaving || !window.location.hash.startsWith('#/login')) {
    return;
  }
  leaving = true;
  const last = Number(window.sessionStorage.getItem(RELOADED_AT) || 0);
  if (Date.now() - last < 30000) {
    // Loaded again while signed in and still not let in (no right to this webapp): go to PlanDesk.
    window.sessionStorage.removeItem(RELOADED_AT);
    const appRoot = document.querySelector('base').getAttribute('app-root');
    window.location.replace(appRoot.replace(/\/camunda$/, '') + '/plans');
    return;
  }
  window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  window.location.replace(window.location.pathname);
}

window.addEventListener('hashchange', leaveLoginPage);
leaveLoginPage();

export default [];
