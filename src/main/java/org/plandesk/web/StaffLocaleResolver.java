package org.plandesk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.plandesk.notification.StaffLanguages;
import org.plandesk.plan.PlanLanguage;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of PlanDesk's pages, the first of:
 *
 * <ol>
 *   <li>the signed-in user's own language ({@link StaffLanguages}, the same as their mails), set on
 *       their profile page, with the language switch of any page, or by an administrator;
 *   <li>the language chosen with the switch before signing in (the cookie {@value #COOKIE});
 *   <li>the first of the browser's languages (Accept-Language) that PlanDesk has;
 *   <li>the installation's language ({@code PLANDESK_LANGUAGE}, English unless set).
 * </ol>
 *
 * Only PlanDesk's own languages (en, hu, lt, sv, ru, uk) are ever chosen, so a page never mixes a
 * language with missing texts with English fallbacks.
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
class StaffLocaleResolver implements LocaleResolver {

  /** The language chosen before signing in. */
  static final String COOKIE = "PLANDESK-LANGUAGE";

  private static final String RESOLVED = StaffLocaleResolver.class.getName() + ".locale";

  private final StaffLanguages languages;
  private final PlanLanguage installation;

  StaffLocaleResolver(StaffLanguages languages, PageProperties properties) {
    this.languages = languages;
    this.installation = properties.language();
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    // Asked several times for one page (the dispatcher, the view): look the user up once.
    if (request.getAttribute(RESOLVED) instanceof Locale locale) {
      return locale;
    }
    Locale locale = locale(language(request));
    request.setAttribute(RESOLVED, locale);
    return locale;
  }

  /** The language of the pages for this request, by the order above. */
  PlanLanguage language(HttpServletRequest request) {
    return own(request).or(() -> chosen(request)).or(() -> browser(request)).orElse(installation);
  }

  /**
   * Stores a language: the signed-in user's own (so their pages, mails and the Camunda webapps
   * follow it wherever they sign in), or before signing in a cookie of this browser.
   */
  @Override
  public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
    PlanLanguage language = of(locale == null ? null : locale.getLanguage()).orElse(installation);
    Principal user = request.getUserPrincipal();
    if (user != null) {
      languages.set(user.getName(), language);
    } else {
      response.addHeader(
          "Set-Cookie",
          ResponseCookie.from(COOKIE, language.name())
              .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
              .maxAge(Duration.ofDays(365))
              .httpOnly(true)
              .secure(request.isSecure())
              .sameSite("Lax")
              .build()
              .toString());
    }
    request.setAttribute(RESOLVED, locale(language));
  }

  static Locale locale(PlanLanguage language) {
    return Locale.forLanguageTag(language.name());
  }

  /** One of PlanDesk's languages by its code, if it is one. */
  static Optional<PlanLanguage> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (PlanLanguage language : PlanLanguage.values()) {
      if (language.name().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  private Optional<PlanLanguage> own(HttpServletRequest request) {
    Principal user = request.getUserPrincipal();
    return user == null ? Optional.empty() : languages.of(user.getName());
  }

  private static Optional<PlanLanguage> chosen(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<PlanLanguage> browser(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    // The servlet container orders the browser's languages by their q-values.
    for (Locale wanted : Collections.list(request.getLocales())) {
      Optional<PlanLanguage> language = of(wanted.getLanguage());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }
}
