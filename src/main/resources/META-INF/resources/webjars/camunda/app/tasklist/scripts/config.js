// PlanDesk customisation of the Camunda Tasklist (replaces the webjar's default config.js).
export default {
  // The user's PlanDesk language (../plandesk/plandesk-locale.js); one sign-in with PlanDesk's pages
  // (see ../plandesk/single-sign-on.js); names for icon-only controls, contrast and a visible focus
  // ring (../plandesk/plandesk-a11y.js, WCAG 2.1 AA); the password of a signed decision masked
  // (../plandesk/plandesk-signing.js).
  customScripts: [
    '../plandesk/plandesk-locale.js',
    '../plandesk/single-sign-on.js',
    '../plandesk/plandesk-a11y.js',
    '../plandesk/plandesk-signing.js'
  ],
  // The webapp's words in the six languages of PlanDesk (locales/<lang>.json next to this file).
  // Which one a user sees: ../plandesk/plandesk-locale.js (the user's PlanDesk language).
  locales: {
    availableLocales: ['en', 'hu', 'lt', 'sv', 'ru', 'uk'],
    fallbackLocale: 'en'
  },
  app: {
    name: 'Tasklist',
    vendor: 'PlanDesk'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'claims the currently selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'set the focus to the first filter in the list'},
    focusList: {key: 'ctrl+alt+l', description: 'sets the focus to the first task in the list'},
    focusForm: {key: 'ctrl+alt+f', description: 'sets the focus to the first input field in a task form'},
    startProcess: {key: 'ctrl+alt+p', description: 'opens the start process modal dialog'}
  }
};
