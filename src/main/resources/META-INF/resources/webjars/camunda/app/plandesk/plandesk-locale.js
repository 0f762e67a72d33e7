// PlanDesk: the webapp speaks the signed-in user's PlanDesk language.
//
// How Camunda 7.24 chooses: once, while the webapp starts, it takes the browser's first preferred
// language (navigator.languages[0], region dropped: "hu-HU" -> "hu") if config.js lists it in
// locales.availableLocales, otherwise locales.fallbackLocale. There is no language switch, no
// query parameter and no remembered choice (localStorage "camunda-web" only caches the loaded
// locale files).
//
// The webapp loads its custom scripts, and waits for them, after reading config.js and before it
// starts; this script asks PlanDesk for the user's language (GET /api/me/language, answering
// {"language":"hu"}) and narrows the choice to that language, whatever the browser says. Without an
// answer (no such endpoint yet: 404; signed out: 401; network error) it changes nothing, and the
// browser's language decides as before. Same-origin requests only, no inline script: fits the
// webapps' Content-Security-Policy.
const CONFIGS = {
  admin: 'camAdminConf',
  cockpit: 'camCockpitConf',
  tasklist: 'camTasklistConf',
  welcome: 'camWelcomeConf'
};

const base = document.querySelector('base');
const config = window[CONFIGS[base.getAttribute('app-name')]];
const locales = (config && config.locales) || {availableLocales: ['en'], fallbackLocale: 'en'};

async function userLanguage() {
  try {
    const plandesk = base.getAttribute('app-root').replace(/\/camunda$/, '');
    const response = await fetch(plandesk + '/api/me/language', {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {Accept: 'application/json'}
    });
    if (!response.ok) {
      return null;
    }
    const body = await response.json();
    return body && typeof body.language === 'string' ? body.language.toLowerCase() : null;
  } catch (e) {
    return null;
  }
}

const language = await userLanguage();
if (config && language && locales.availableLocales.includes(language)) {
  // Only the user's language is available, and it is also the fallback: the webapp cannot pick
  // another one from the browser.
  config.locales = {availableLocales: [language], fallbackLocale: language};
}

// The page says which language it is in (index.html has a fixed lang="en"); the same rule as the
// webapp's own choice.
const chosen = (config && config.locales) || locales;
const browser = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0]
  .toLowerCase();
document.documentElement.lang = chosen.availableLocales.includes(browser)
  ? browser
  : chosen.fallbackLocale;

export default [];
