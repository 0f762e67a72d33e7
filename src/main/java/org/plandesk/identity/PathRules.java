package org.plandesk.identity;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * A feature's rules on who may reach its own paths. A feature declares them as a bean; {@link
 * SecurityConfig}, which owns every filter chain, applies them in the chain they name, so no
 * feature declares a chain of its own. Rules only narrow: signing in, and what is open without
 * signing in (the sign-in page, health, styles), stay with {@link SecurityConfig}.
 *
 * <p>For example, the administrators' section of the API, a bean of the mail feature:
 *
 * <pre>{@code
 * PathRules.scriptApi(List.of("/api/admin/**"), PathRules.on("/api/admin/**").roles(Groups.ADMIN))
 *     .refusing("Only administrators manage mail")
 * }</pre>
 *
 * @param chain the filter chain that applies the rules
 * @param paths the paths the rules are about (path patterns on the whole request path, such as
 *     {@code /api/grants/**}): each rule's pattern lies within one of them, and no two features'
 *     paths in a chain overlap, so the order of features never matters
 * @param rules in order: the first whose method and pattern match a request decides
 * @param refusal the message of a 403 on these paths, in the API chains (pages show the error page)
 */
public record PathRules(Chain chain, List<String> paths, List<Rule> rules, String refusal) {

  /** The message of a 403 on {@code /api} unless a feature says otherwise. */
  public static final String YOUR_ROLE_MAY_NOT = "Your role may not do this";

  /** The filter chains a feature adds rules to; {@link SecurityConfig} orders them. */
  public enum Chain {
    /**
     * A section of {@code /api} that scripts call: HTTP Basic on every call, no session and so no
     * CSRF token, 401 without credentials. The chain serves exactly the sections' paths, and
     * refuses a request there that no rule allows.
     */
    SCRIPT_API,
    /**
     * The rest of {@code /api}: HTTP Basic, or the session of PlanDesk's pages (then with
     * PlanDesk's CSRF token for a change). A request no rule names: GET for anyone signed in,
     * anything else refused.
     */
    API,
    /**
     * PlanDesk's pages: the sign-in form, a session, CSRF tokens. A request no rule names: anyone
     * signed in.
     */
    PAGES
  }

  /**
   * Who may send a request.
   *
   * @param method the HTTP method, or null for every method
   * @param pattern the path pattern
   * @param roles the groups one of which the user must be in; empty: anyone signed in
   */
  public record Rule(HttpMethod method, String pattern, List<String> roles) {

    public Rule {
      roles = List.copyOf(roles);
    }
  }

  /** The requests of one method on a path pattern, to which a rule is given. */
  public record Requests(HttpMethod method, String pattern) {

    /** Anyone signed in. */
    public Rule signedIn() {
      return new Rule(method, pattern, List.of());
    }

    /** Members of one of these groups (see {@link Groups}). */
    public Rule roles(String... groups) {
      if (groups.length == 0) {
        throw new IllegalArgumentException("No group named for " + pattern);
      }
      return new Rule(method, pattern, Arrays.asList(groups));
    }
  }

  public PathRules {
    paths = List.copyOf(paths);
    rules = List.copyOf(rules);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("Rules about no path");
    }
    for (Rule rule : rules) {
      if (paths.stream().noneMatch(path -> within(rule.pattern(), path))) {
        throw new IllegalArgumentException(
            "The rule on " + rule.pattern() + " lies outside its paths " + paths);
      }
    }
  }

  /** Rules on a section of {@code /api} that scripts call (see {@link Chain#SCRIPT_API}). */
  public static PathRules scriptApi(List<String> paths, Rule... rules) {
    return new PathRules(Chain.SCRIPT_API, paths, List.of(rules), YOUR_ROLE_MAY_NOT);
  }

  /** Rules on paths of {@code /api} shared with the pages' session (see {@link Chain#API}). */
  public static PathRules api(List<String> paths, Rule... rules) {
    return new PathRules(Chain.API, paths, List.of(rules), YOUR_ROLE_MAY_NOT);
  }

  /** Rules on pages (see {@link Chain#PAGES}). */
  public static PathRules pages(List<String> paths, Rule... rules) {
    return new PathRules(Chain.PAGES, paths, List.of(rules), YOUR_ROLE_MAY_NOT);
  }

  /** The same rules, refusing with this message. */
  public PathRules refusing(String message) {
    return new PathRules(chain, paths, rules, message);
  }

  /** Requests of one method. */
  public static Requests on(HttpMethod method, String pattern) {
    return new Requests(method, pattern);
  }

  /** Requests of every method. */
  public static Requests on(String pattern) {
    return new Requests(null, pattern);
  }

  /**
   * True when every path the pattern matches is one the other pattern matches too: the same
   * pattern, or one under a pattern ending in {@code /**}.
   */
  static boolean within(String pattern, String other) {
    if (pattern.equals(other)) {
      return true;
    }
    if (!other.endsWith("/**")) {
      return false;
    }
    String base = other.substring(0, other.length() - 3);
    return pattern.equals(base) || pattern.startsWith(base + "/");
  }
}
