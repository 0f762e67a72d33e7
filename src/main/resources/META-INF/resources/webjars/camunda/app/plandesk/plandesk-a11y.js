// PlanDesk: the Camunda Tasklist's controls made usable with a screen reader and a keyboard, as far
// as the webapps' supported customisation reaches (issue 21; what only Camunda can fix is listed
// in PlanDesk's accessibility statement).
//
// - Buttons and links that show only an icon get an accessible name (aria-label): the words of their
//   own tooltip, which the Tasklist already translates, or else PlanDesk's words below, in the
//   language the page speaks (its lang, set by plandesk-locale.js).
// - The radio buttons of a Camunda Form (form-js 1.8.7 renders them without a name) become one
//   radio group: one Tab stop, the arrow keys move between the options and choose, as a keyboard
//   user expects; without it every option is a Tab stop of its own.
// - The task search field declares itself a combobox: it opens a list of suggestions and carries
//   aria-expanded, which a plain text field may not (axe: aria-allowed-attr).
// - plandesk-a11y.css: contrast and a visible focus ring.
//
// The Tasklist is an AngularJS application that renders and re-renders its parts at any time, so
// the names are (re)applied whenever the page changes. Same origin, no inline script or style: fits
// the webapps' Content-Security-Policy.
const WORDS = {
  en: {
    filters: 'Show or hide the filters',
    list: 'Show or hide the task list',
    task: 'Show or hide the task',
    maximize: 'Enlarge the task',
    reset: 'Restore the layout',
    saved: 'Saved searches'
  },
  hu: {
    filters: 'A szűrők megjelenítése vagy elrejtése',
    list: 'A feladatlista megjelenítése vagy elrejtése',
    task: 'A feladat megjelenítése vagy elrejtése',
    maximize: 'A feladat nagyítása',
    reset: 'Az eredeti elrendezés visszaállítása',
    saved: 'Mentett keresések'
  },
  lt: {
    filters: 'Rodyti arba slėpti filtrus',
    list: 'Rodyti arba slėpti užduočių sąrašą',
    task: 'Rodyti arba slėpti užduotį',
    maximize: 'Išdidinti užduotį',
    reset: 'Atkurti pradinį išdėstymą',
    saved: 'Išsaugotos paieškos'
  },
  sv: {
    filters: 'Visa eller dölj filtren',
    list: 'Visa eller dölj uppgiftslistan',
    task: 'Visa eller dölj uppgiften',
    maximize: 'Förstora uppgiften',
    reset: 'Återställ layouten',
    saved: 'Sparade sökningar'
  },
  ru: {
    filters: 'Показать или скрыть фильтры',
    list: 'Показать или скрыть список задач',
    task: 'Показать или скрыть задачу',
    maximize: 'Развернуть задачу',
    reset: 'Восстановить исходное расположение',
    saved: 'Сохранённые поиски'
  },
  uk: {
    filters: 'Показати або приховати фільтри',
    list: 'Показати або приховати список завдань',
    task: 'Показати або приховати завдання',
    maximize: 'Розгорнути завдання',
    reset: 'Відновити початкове розташування',
    saved: 'Збережені пошуки'
  }
};

// Icon-only controls without a tooltip of their own: which words name them.
const NAMED = [
  ['button.region-toggle[data-region="filters"]', 'filters'],
  ['button.region-toggle[data-region="list"]', 'list'],
  ['button.region-toggle[data-region="task"]', 'task'],
  ['button.maximize', 'maximize'],
  ['button.reset-regions', 'reset'],
  ['.search-container button.dropdown-toggle, [cam-widget-search] button.dropdown-toggle', 'saved']
];

const MARK = 'data-plandesk-name';

function words() {
  const lang = (document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  return WORDS[lang] || WORDS.en;
}

/** The text it shows (none while it is hidden, e.g. by ng-show). */
function ownText(el) {
  return (el.innerText || '').trim();
}

/** Visible text or a name given by Camunda: then the control needs nothing from us. */
function hasOwnName(el) {
  if (el.hasAttribute(MARK)) {
    return false;
  }
  return (
    ownText(el) !== '' ||
    (el.getAttribute('aria-label') || '').trim() !== '' ||
    (el.getAttribute('aria-labelledby') || '').trim() !== '' ||
    (el.getAttribute('title') || '').trim() !== ''
  );
}

function tooltip(el) {
  const own = el.getAttribute('uib-tooltip');
  if (own && own.trim()) {
    return own.trim();
  }
  const inner = el.querySelector('[uib-tooltip]');
  return inner ? inner.getAttribute('uib-tooltip').trim() : '';
}

function name(el, text) {
  if (text && el.getAttribute('aria-label') !== text) {
    el.setAttribute('aria-label', text);
    el.setAttribute(MARK, '');
  }
}

function nameControls() {
  const w = words();
  for (const [selector, key] of NAMED) {
    document.querySelectorAll(selector).forEach((el) => {
      if (!hasOwnName(el)) {
        name(el, w[key]);
      }
    });
  }
  document.querySelectorAll('button, a[href], a[ng-click], [role="button"]').forEach((el) => {
    if (el.hasAttribute(MARK) && ownText(el) !== '') {
      // Named by us while it showed nothing (the engine picker while hidden): it shows its own text
      // now, and a name without that text would hide it from speech input.
      el.removeAttribute('aria-label');
      el.removeAttribute(MARK);
      return;
    }
    if (!hasOwnName(el)) {
      name(el, tooltip(el));
    }
  });
  document.querySelectorAll('.fjs-form input[type="radio"]:not([name])').forEach((radio) => {
    radio.setAttribute('name', radio.id.replace(/-\d+$/, ''));
  });
  document.querySelectorAll('input[aria-expanded]:not([role])').forEach((input) => {
    input.setAttribute('role', 'combobox');
    if (!input.getAttribute('aria-label') && input.placeholder) {
      input.setAttribute('aria-label', input.placeholder);
    }
  });
}

function addStyles() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./plandesk-a11y.css', import.meta.url).href;
  document.head.appendChild(link);
}

let pending = false;
const changes = new MutationObserver(() => {
  if (!pending) {
    pending = true;
    window.requestAnimationFrame(() => {
      pending = false;
      nameControls();
    });
  }
});

addStyles();
changes.observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['uib-tooltip', 'lang']
});
nameControls();

export default [];
