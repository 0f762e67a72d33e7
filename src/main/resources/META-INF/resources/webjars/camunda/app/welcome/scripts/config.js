// PlanDesk customisation of the Camunda Welcome app (replaces the webjar's default config.js, which
// sets nothing). The Welcome app holds "My profile", linked from the other webapps' header.
export default {
  // The user's PlanDesk language (../plandesk/plandesk-locale.js).
  customScripts: ['../plandesk/plandesk-locale.js'],
  // The webapp's words in the six languages of PlanDesk (locales/<lang>.json next to this file).
  // Which one a user sees: ../plandesk/plandesk-locale.js (the user's PlanDesk language).
  locales: {
    availableLocales: ['en', 'hu', 'lt', 'sv', 'ru', 'uk'],
    fallbackLocale: 'en'
  }
};
