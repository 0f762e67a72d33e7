package org.plandesk.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the person an answer of Camunda's REST goes to ({@code /engine-rest}, the
 * Tasklist's engine API), which Spring MVC does not serve: the same choice as PlanDesk's pages,
 * made by the application's locale resolver ({@code web/StaffLocaleResolver}: the signed-in user's
 * own language, then the browser's, then the installation's). Spring Security has signed the caller
 * in before Jersey runs, so a Hungarian director refused in the Tasklist reads Hungarian.
 */
final class ReaderLocale {

  private ReaderLocale() {}

  static Locale of(HttpServletRequest request) {
    if (request == null) {
      return Locale.ENGLISH;
    }
    try {
      WebApplicationContext context =
          WebApplicationContextUtils.findWebApplicationContext(request.getServletContext());
      if (context == null) {
        return Locale.ENGLISH;
      }
      return context
          .getBean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME, LocaleResolver.class)
          .resolveLocale(request);
    } catch (RuntimeException | LinkageError e) {
      // No request in scope, or no resolver: the installation's words are English.
      return Locale.ENGLISH;
    }
  }
}
