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

const plandesk = base.getAttribute('app-root').replace(/\/camunda$/, '');

/** A JSON answer of PlanDesk's API for the signed-in user, or null (signed out, an error). */
async function ask(path) {
  try {
    const response = await fetch(plandesk + path, {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: {Accept: 'application/json'}
    });
    return response.ok ? await response.json() : null;
  } catch (e) {
    return null;
  }
}

async function userLanguage() {
  const body = await ask('/api/me/language');
  return body && typeof body.language === 'string' ? body.language.toLowerCase() : null;
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

// ---- The Tasklist: the words neither its locale files nor PlanDesk's forms hold ----------------
//
// 1. form-js (1.8.7 in the 7.24 Tasklist) writes its own messages and placeholders in English, with
//    no translation hook ("Field is required.", "Select", "Search"), and takes a date field's order
//    from the browser's default locale (Intl.DateTimeFormat('default'): mm/dd/yyyy in an en-US
//    browser). Here the default locale becomes the user's language, so a date field shows, accepts
//    and reads back the day as that language writes it (hu: 2026. 12. 06.); its placeholder, the
//    calendar's month and day names and form-js's words are put in the user's language as form-js
//    renders them, and the days in a form's text (due dates PlanDesk keeps in ISO form for the
//    engine's timers) are written as the language writes a day.
// 2. Filter names and descriptions and process names are engine data, stored in English and shared
//    by all: they are shown in the user's language.
// The words come from PlanDesk (GET /api/me/tasklist-words, the pages' bundles), so this file holds
// no translation, only form-js's English originals to recognise.
const FORMJS_ENGLISH = {
  required: 'Field is required.',
  minLength: 'Field must have minimum length of {0}.',
  maxLength: 'Field must have maximum length of {0}.',
  min: 'Field must have minimum value of {0}.',
  max: 'Field must have maximum value of {0}.',
  pattern: 'Field must match pattern {0}.',
  email: 'Field must be a valid email.',
  dateAndTime: 'Date and time must both be entered.',
  select: 'Select',
  noResults: 'No results',
  allSelected: 'All values selected'
};
const FORMJS_ATTRIBUTES = {
  placeholder: {Search: 'search'},
  title: {'Remove tag': 'removeTag'},
  'aria-label': {Increment: 'increment', Decrement: 'decrement'}
};
const FORM = '.fjs-container';
const ISO_DAY = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?![\d:])/g;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** form-js's messages as patterns ({0}: a limit) with the user's words for each. */
function formMessages(formjs) {
  return Object.entries(FORMJS_ENGLISH)
    .filter(([key]) => typeof formjs[key] === 'string')
    .map(([key, english]) => ({
      pattern: new RegExp('^' + escapeRegExp(english).replace('\\{0\\}', '(.+)') + '$'),
      words: formjs[key]
    }));
}

/** The browser's "default" locale is the user's language (form-js's date order and placeholder). */
function defaultLocaleIs(language) {
  const Native = Intl.DateTimeFormat;
  const Chosen = function DateTimeFormat(locales, options) {
    return new Native(locales === undefined || locales === 'default' ? language : locales, options);
  };
  Chosen.prototype = Native.prototype;
  Chosen.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = Chosen;
  return Native;
}

/** The calendar's words (flatpickr's locale) from the browser's own knowledge of the language. */
function calendarLocale(language, Native) {
  const names = (count, style, kind, day) =>
    Array.from({length: count}, (x, i) =>
      new Native(language, {[kind]: style, timeZone: 'UTC'}).format(day(i))
    );
  const month = i => new Date(Date.UTC(2020, i, 15));
  const weekday = i => new Date(Date.UTC(2020, 5, 7 + i)); // 7 June 2020 was a Sunday
  return {
    months: {longhand: names(12, 'long', 'month', month), shorthand: names(12, 'short', 'month', month)},
    weekdays: {
      longhand: names(7, 'long', 'weekday', weekday),
      shorthand: names(7, 'short', 'weekday', weekday)
    },
    firstDayOfWeek: language === 'en' ? 0 : 1
  };
}

function translateTasklist(words, Native) {
  const messages = formMessages(words.formjs || {});
  // Longest first, so that a filter's name is replaced before the group name inside it; a name
  // only as a whole ("Director", not inside "Directory").
  const names = Object.entries(words.names || {})
    .filter(([english, shown]) => english && shown && english !== shown)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([english, shown]) => ({
      pattern: new RegExp('(?<![\\p{L}\\p{N}])' + escapeRegExp(english) + '(?![\\p{L}\\p{N}])', 'gu'),
      shown
    }));
  const calendar = calendarLocale(words.language, Native);
  const longDay = new Native(words.language, {dateStyle: 'long', timeZone: 'UTC'});

  // Only a real change is written: writing the same text or attribute again is a change the
  // observer would see, again and again.
  const change = (node, shown) => {
    if (node.data !== shown) {
      node.data = shown;
    }
  };
  const set = (element, attribute, shown) => {
    if (element.getAttribute(attribute) !== shown) {
      element.setAttribute(attribute, shown);
    }
  };

  const text = node => {
    const value = node.data;
    const inForm = node.parentElement && node.parentElement.closest(FORM);
    if (inForm) {
      if (node.parentElement.closest('.fjs-form-field-text')) {
        // A day a process keeps for its timers (2027-12-07, 2027-12-07T00:00) in a form's text, as
        // the language writes it: 7 грудня 2027 р.
        const days = value.replace(ISO_DAY, (iso, y, m, d, at) => {
          const day = longDay.format(new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))));
          // "2027. december 7." before the sentence's own full stop keeps one.
          return day.endsWith('.') && value.charAt(at + iso.length) === '.' ? day.slice(0, -1) : day;
        });
        change(node, days);
        return;
      }
      const trimmed = value.trim();
      for (const {pattern, words: shown} of messages) {
        const match = trimmed.match(pattern);
        if (match) {
          change(node, value.replace(trimmed, shown.replace('{0}', match[1] || '')));
          return;
        }
      }
      return;
    }
    let changed = value;
    for (const {pattern, shown} of names) {
      changed = changed.replace(pattern, () => shown);
    }
    change(node, changed);
  };

  const attributes = element => {
    if (element.closest(FORM)) {
      for (const [attribute, known] of Object.entries(FORMJS_ATTRIBUTES)) {
        const key = known[element.getAttribute(attribute)];
        if (key && words.formjs[key]) {
          set(element, attribute, words.formjs[key]);
        }
      }
      if (element.matches('.fjs-datepicker input') && words.formjs.datePlaceholder) {
        set(element, 'placeholder', words.formjs.datePlaceholder);
      }
    } else {
      const title = element.getAttribute('title');
      if (title && words.names[title]) {
        set(element, 'title', words.names[title]);
      }
    }
  };

  const calendars = element => {
    const input = element.matches('.fjs-datepicker input')
      ? element
      : element.closest('.fjs-datepicker') && element.closest('.fjs-datepicker').querySelector('input');
    const picker = input && input._flatpickr;
    if (!picker || picker.plandeskLocale) {
      return;
    }
    picker.plandeskLocale = true;
    try {
      picker.set('locale', calendar);
      const months = picker.monthsDropdownContainer;
      if (months) {
        Array.from(months.options).forEach(o => {
          o.textContent = calendar.months.longhand[Number(o.value)];
        });
      }
    } catch (e) {
      // A calendar in English is better than a date field that does not work.
    }
  };

  const visit = root => {
    if (root.nodeType === Node.TEXT_NODE) {
      text(root);
      return;
    }
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    attributes(root);
    root.querySelectorAll('[placeholder], [title], [aria-label]').forEach(attributes);
    root.querySelectorAll('.fjs-datepicker input, .flatpickr-calendar').forEach(calendars);
    if (root.matches('.flatpickr-calendar')) {
      calendars(root);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      text(node);
    }
  };

  new MutationObserver(changes => {
    for (const change of changes) {
      if (change.type === 'characterData') {
        text(change.target);
      } else if (change.type === 'attributes') {
        attributes(change.target);
      } else {
        change.addedNodes.forEach(visit);
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder', 'title', 'aria-label']
  });
  if (document.body) {
    visit(document.body);
  }
}

if (base.getAttribute('app-name') === 'tasklist' && language) {
  const words = await ask('/api/me/tasklist-words');
  if (words && words.formjs && words.names) {
    words.language = words.language || language;
    translateTasklist(words, defaultLocaleIs(words.language));
  }
}

export default [];
