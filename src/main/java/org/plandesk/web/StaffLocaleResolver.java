package org.plandesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.plandesk.notification.StaffLanguages;
import org.plandesk.plan.PlanLanguage;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of PlanDesk's pages: the one the signed-in user chose ({@link StaffLanguages}, the
 * same as their mails), else the first of the browser's languages (Accept-Language) that PlanDesk
 * has, else English. Only PlanDesk's own languages (en, hu, lt, sv, ru, uk) are ever chosen, so a
 * page never mixes a language with missing texts with English fallbacks in an unexpected way.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class StaffLocaleResolver implements LocaleResolver {

  private static final String RESOLVED = StaffLocaleResolver.class.getName() + ".locale";

  private final StaffLanguages languages;

  StaffLocaleResolver(StaffLanguages languages) {
    this.languages = languages;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    // Asked several times for one page (the dispatcher, the view): look the user up once.
    if (request.getAttribute(RESOLVED) instanceof Locale locale) {
      return locale;
    }
    Locale locale =
        chosen(request)
            .or(() -> browser(request))
            .map(l -> Locale.forLanguageTag(l.name()))
            .orElse(Locale.ENGLISH);
    request.setAttribute(RESOLVED, locale);
    return locale;
  }

  private Optional<PlanLanguage> chosen(HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    return user == null ? Optional.empty() : languages.of(user.getName());
  }

  private static Optional<PlanLanguage> browser(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    // The servlet container orders the browser's languages by their q-values.
    for (Locale wanted : Collections.list(request.getLocales())) {
      for (PlanLanguage language : PlanLanguage.values()) {
        if (language.name().equals(wanted.getLanguage())) {
          return Optional.of(language);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    throw new UnsupportedOperationException(
        "The language is chosen per user in Camunda Admin or by the browser");
  }
}
