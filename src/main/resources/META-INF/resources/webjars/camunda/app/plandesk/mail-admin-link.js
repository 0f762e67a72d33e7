// PlanDesk: a section of the Camunda Admin dashboard leading to PlanDesk's page of mails needing
// attention (/admin/mails, administrators only, like Admin itself). The link's words are those of
// the page's title (mailadmin.title in i18n/pages_<lang>.properties), in the language the Admin
// speaks (the page's lang, set by plandesk-locale.js), else the browser's.
const TITLES = {
  en: 'Mails needing attention',
  hu: 'Beavatkozást igénylő levelek',
  lt: 'Dėmesio reikalaujantys laiškai',
  sv: 'E-post som kräver åtgärd',
  ru: 'Письма, требующие внимания',
  uk: 'Листи, що потребують уваги'
};

function language() {
  for (const wanted of [
    document.documentElement.lang || '',
    ...(navigator.languages || [navigator.language || ''])
  ]) {
    const code = wanted.slice(0, 2).toLowerCase();
    if (TITLES[code]) {
      return code;
    }
  }
  return 'en';
}

export default [{
  id: 'plandesk.mails',
  pluginPoint: 'admin.dashboard.section',
  priority: 0,
  properties: {label: 'PlanDesk'},
  render: (node) => {
    const appRoot = document.querySelector('base').getAttribute('app-root');
    const link = document.createElement('a');
    link.id = 'plandesk-mail-admin';
    link.href = appRoot.replace(/\/camunda$/, '') + '/admin/mails';
    link.lang = language();
    link.textContent = TITLES[link.lang];
    const line = document.createElement('p');
    line.appendChild(link);
    node.appendChild(line);
  }
}];
