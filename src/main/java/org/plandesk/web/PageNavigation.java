package org.plandesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanLanguage;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the header of every page offers, read by {@code templates/layout.html} as {@code
 * ${@pageNavigation...}} (Thymeleaf has no request or security objects of its own here).
 */
@Component("pageNavigation")
class PageNavigation {

  private static final String ADMIN_ROLE = "ROLE_" + Groups.ADMIN;

  /**
   * A language as the switch offers it: by its own name, so a person who cannot read the page's
   * language still finds theirs (the option carries its {@code lang}).
   */
  record LanguageChoice(String code, String ownName) {}

  private static final List<LanguageChoice> LANGUAGES =
      List.of(
          new LanguageChoice(PlanLanguage.en.name(), "English"),
          new LanguageChoice(PlanLanguage.hu.name(), "magyar"),
          new LanguageChoice(PlanLanguage.lt.name(), "lietuvių"),
          new LanguageChoice(PlanLanguage.sv.name(), "svenska"),
          new LanguageChoice(PlanLanguage.ru.name(), "русский"),
          new LanguageChoice(PlanLanguage.uk.name(), "українська"));

  /** Whether the user is an administrator (group camunda-admin): the mail page is theirs. */
  public boolean admin() {
    Authentication user = user();
    return user != null
        && user.getAuthorities().stream().anyMatch(a -> ADMIN_ROLE.equals(a.getAuthority()));
  }

  /** Whether someone is signed in (the header then offers the profile and signing out). */
  public boolean signedIn() {
    return user() != null;
  }

  /** PlanDesk's languages for the language switch. */
  public List<LanguageChoice> languages() {
    return LANGUAGES;
  }

  /**
   * Where the language switch returns to: this page (its path and query). A page that answers a
   * form (a refused save) returns to the page the form was on; an error page to the address that
   * failed. {@link LanguageController} accepts only paths of PlanDesk itself.
   */
  public String here() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r)) {
      return "/plans";
    }
    HttpServletRequest request = r.getRequest();
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
      return withoutContext(request, failed);
    }
    if (!"GET".equals(request.getMethod())) {
      String page = samePlanDeskPage(request, request.getHeader("Referer"));
      return page != null ? page : withoutContext(request, request.getRequestURI());
    }
    String query = request.getQueryString();
    return withoutContext(request, request.getRequestURI())
        + (query == null || query.isEmpty() ? "" : "?" + query);
  }

  /** The path and query of the page a form was sent from, if it is one of this PlanDesk's. */
  private static String samePlanDeskPage(HttpServletRequest request, String referer) {
    if (referer == null) {
      return null;
    }
    try {
      URI from = new URI(referer);
      int port =
          from.getPort() != -1 ? from.getPort() : "https".equals(from.getScheme()) ? 443 : 80;
      if (!request.getServerName().equalsIgnoreCase(from.getHost())
          || request.getServerPort() != port
          || from.getRawPath() == null) {
        return null;
      }
      return withoutContext(request, from.getRawPath())
          + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String withoutContext(HttpServletRequest request, String path) {
    String context = request.getContextPath();
    return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
  }

  private static Authentication user() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    return user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()
        ? null
        : user;
  }
}
