package org.plandesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * Whether the user is an administrator (group camunda-admin): the mails and libraries pages are
   * theirs.
   */
  public boolean admin() {
    Authentication user = user();
    return user != null
        && user.getAuthorities().stream().anyMatch(a -> ADMIN_ROLE.equals(a.getAuthority()));
  }

  /**
   * The sections of the header's navigation and the paths each covers, for {@link #current}: the
   * what's due page, the plan register with its plans' pages (but their audit trails), the grants
   * register, the audit trail, the mails page, the libraries page and the profile.
   */
  enum Section {
    DUE,
    PLANS,
    GRANTS,
    AUDIT,
    MAILS,
    LIBRARIES,
    PROFILE;

    static Section of(String path) {
      if (path.equals("/") || path.equals("/due")) {
        return DUE;
      }
      if (AUDIT_TRAIL.matcher(path).matches()) {
        return AUDIT;
      }
      if (path.equals("/plans") || path.startsWith("/plans/")) {
        return PLANS;
      }
      if (path.equals("/grants") || path.startsWith("/grants/")) {
        return GRANTS;
      }
      if (path.startsWith("/admin/mails")) {
        return MAILS;
      }
      if (path.equals("/admin/libraries") || path.startsWith("/admin/libraries/")) {
        return LIBRARIES;
      }
      return path.equals("/profile") ? PROFILE : null;
    }
  }

  /**
   * A plan's own pages ({@code /plans/{code}/...}), not the versions' ({@code /plans/versions}).
   */
  private static final Pattern PLAN_PAGE =
      Pattern.compile("/plans/(?!versions(?:/|$))([^/]+)(/.*)?");

  private static final Pattern AUDIT_TRAIL = Pattern.compile("/plans/[^/]+/audit");

  /** The roles that read audit trails (as {@code audit/web/AuditAccess} allows). */
  private static final List<String> AUDIT_ROLES =
      List.of(Groups.AUDITOR, Groups.DIRECTOR, Groups.COORDINATOR, Groups.ADMIN).stream()
          .map(g -> "ROLE_" + g)
          .toList();

  /**
   * {@code "page"} when this page belongs to the section (the header marks its link {@code
   * aria-current="page"}), else null (no attribute).
   */
  public String current(String section) {
    String path = path();
    return path != null && Section.of(path) == Section.valueOf(section) ? "page" : null;
  }

  /**
   * The audit trail of the plan this page is about, for those whose role reads audit trails; null
   * on a page about no plan, or for a department (the header then offers no audit link).
   */
  public String auditTrail() {
    Authentication user = user();
    String path = path();
    if (user == null
        || path == null
        || user.getAuthorities().stream().noneMatch(a -> AUDIT_ROLES.contains(a.getAuthority()))) {
      return null;
    }
    Matcher plan = PLAN_PAGE.matcher(path);
    return plan.matches() ? "/plans/" + plan.group(1) + "/audit" : null;
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

  /** The path of this page (without the context path or query), as the header's links name it. */
  private static String path() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r)) {
      return null;
    }
    HttpServletRequest request = r.getRequest();
    String path =
        request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
            ? failed
            : request.getRequestURI();
    return withoutContext(request, path);
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
