// PlanDesk: one sign-in for PlanDesk's pages and the Camunda webapps.
// The webapps' own login page is never used. Whenever a webapp routes to it (after "Log out", which
// ends the one session, or when the session has expired), the webapp's page is loaded again: the
// server then sends the browser to PlanDesk's sign-in, and back here once signed in.
const RELOADED = 'plandesk.sso.reloaded';
const reloadedHere = window.sessionStorage.getItem(RELOADED) === window.location.pathname;
window.sessionStorage.removeItem(RELOADED);

let signingOut = false;
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('li.logout')) {
    signingOut = true;
  }
}, true);

function leaveLoginPage() {
  if (!window.location.hash.startsWith('#/login')) {
    return;
  }
  if (reloadedHere && !signingOut) {
    // Loaded again while signed in and still refused: no right to this webapp. Go to PlanDesk.
    const appRoot = document.querySelector('base').getAttribute('app-root');
    window.location.replace(appRoot.replace(/\/camunda$/, '') + '/plans');
    return;
  }
  window.sessionStorage.setItem(RELOADED, window.location.pathname);
  window.location.replace(window.location.pathname);
}

window.addEventListener('hashchange', leaveLoginPage);
leaveLoginPage();

export default [];
