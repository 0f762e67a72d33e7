package org.plandesk.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.plandesk.signing.SigningGate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what: every filter chain of PlanDesk, in one place. Spring Security tries the
 * chains in this order ({@link ChainOrder}) and the first whose paths match a request serves it:
 *
 * <ol>
 *   <li>{@code scriptApi}: the sections of {@code /api} that scripts call ({@code /api/reviews},
 *       {@code /api/grants}, {@code /api/admin}): HTTP Basic on every call, no session, 401 without
 *       credentials, 403 for a role that may not. Before the rest of {@code /api}, which they lie
 *       in.
 *   <li>{@code engineRest}: {@code /engine-rest}, HTTP Basic against Camunda's identity service,
 *       then PlanDesk's rules ({@link EngineApiGuard}), then the engine's authorizations.
 *   <li>{@code webapps}: {@code /camunda}, the webapps, signed in with PlanDesk's sign-in (one
 *       session for both), with their own CSRF protection; the Tasklist's engine API behind {@link
 *       EngineApiGuard} too.
 *   <li>{@code api}: the rest of {@code /api}, PlanDesk's JSON API, HTTP Basic or the signed-in
 *       session (then with CSRF token for changes), 401 without credentials.
 *   <li>{@code pages}: everything else, last. Form login, CSRF protected; the administrator's pages
 *       ({@code /admin}, e.g. mails needing attention) only for camunda-admin.
 * </ol>
 *
 * <p>Features declare no chain: each contributes the rules on its own paths as a {@link PathRules}
 * bean (e.g. only the coordinator edits drafts, only the administrator regenerates documents),
 * which the chain it names applies.
 */
@Configuration
class SecurityConfig {

  private static final String WEBAPPS = "/camunda";

  /**
   * PlanDesk's pages and API load nothing but their own files: no inline script or style (the
   * editor's script is {@code /js/editor.js}), no plugins, no foreign base or form target, framed
   * only by PlanDesk itself. The Camunda webapps send their own policy (Camunda's header filter).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  private static final CsrfTokenRepository CSRF_TOKENS = csrfTokens();

  /** The order of the filter chains: the first whose paths match a request serves it. */
  static final class ChainOrder {
    /** Sections of {@code /api} with rules of their own: before {@link #API}, which holds them. */
    static final int SCRIPT_API = 1;

    static final int ENGINE_REST = 2;
    static final int WEBAPPS = 3;
    static final int API = 4;

    /** Matches every request, so last. */
    static final int PAGES = 5;

    private ChainOrder() {}
  }

  private final EngineApiGuard engineApiGuard;
  private final ObjectProvider<PathRules> featureRules;

  SecurityConfig(
      FormFields forms,
      ObjectMapper json,
      SigningGate signing,
      ObjectProvider<PathRules> featureRules) {
    this.engineApiGuard = new EngineApiGuard(forms, json, signing);
    this.featureRules = featureRules;
  }

  /**
   * Tells the engine who calls {@code /engine-rest}: the user Spring Security signed in with HTTP
   * Basic (see {@link #engineRest}), so the password is checked once and the engine's
   * authorizations apply to every call.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-auth");
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            SignedInUserProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /**
   * One sign-in for PlanDesk and the Camunda webapps: the webapps take the user signed in to Spring
   * Security's session (see {@link SignedInUserProvider}). Registered right after Spring Security's
   * filter chain, so the session's user is known when the webapps ask.
   */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("plandesk-webapp-sso");
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            SignedInUserProvider.class.getName()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  @Order(ChainOrder.SCRIPT_API)
  SecurityFilterChain scriptApi(HttpSecurity http) throws Exception {
    List<PathRules> sections = rules(PathRules.Chain.SCRIPT_API);
    return http.securityMatcher(anyPath(sections))
        .authorizeHttpRequests(
            a -> {
              allow(a, sections);
              a.anyRequest().denyAll();
            })
        .httpBasic(
            b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Basic credentials, no cookies: there is no session a forged request could ride on.
        .csrf(c -> c.disable())
        .exceptionHandling(e -> e.accessDeniedHandler(refusals(sections)))
        .build();
  }

  @Bean
  @Order(ChainOrder.ENGINE_REST)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    // HTTP Basic on every call, no session: a browser's PlanDesk session cookie does not reach the
    // engine here (so no CSRF token is needed). PlanDesk's rules apply before the engine's own.
    return http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(
            b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .csrf(c -> c.disable())
        .addFilterAfter(engineApiGuard, AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(ChainOrder.WEBAPPS)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path(WEBAPPS + "/**"))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        // The webapps send their own CSRF token (Camunda's CsrfPreventionFilter checks it).
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        // The Tasklist's engine API (/camunda/api/engine) is the same surface as /engine-rest.
        .addFilterAfter(engineApiGuard, AuthorizationFilter.class)
        .requestCache(r -> r.requestCache(rememberWebappPages()))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), webappPageLoads())
                    .defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        AnyRequestMatcher.INSTANCE))
        // "Log out" in a webapp ends the one session, so PlanDesk's pages are signed out too.
        .logout(
            l ->
                l.logoutRequestMatcher(
                        path(HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/*/logout"))
                    .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
        .build();
  }

  /**
   * A browser loading a webapp page: sent to PlanDesk's sign-in and, once signed in, back to that
   * page. Everything else a webapp requests (scripts, API calls, some still under way as its
   * session ends) gets a plain 401: redirected to the sign-in page, such a request would start a
   * session of its own and replace the one the sign-in form belongs to (its CSRF token would then
   * be refused).
   */
  private static RequestMatcher webappPageLoads() {
    return pageLoads(path(WEBAPPS + "/app/**"));
  }

  private static RequestMatcher pageLoads(RequestMatcher paths) {
    var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    return new AndRequestMatcher(paths, request -> "GET".equals(request.getMethod()), html);
  }

  private static RequestCache rememberWebappPages() {
    return pageToReturnTo(webappPageLoads());
  }

  /**
   * Where to return after signing in, kept in a cookie: no session exists before the sign-in, so a
   * session started or ended meanwhile (a webapp's last calls as it signs out) cannot lose it.
   */
  private static RequestCache pageToReturnTo(RequestMatcher pageLoads) {
    var cache = new CookieRequestCache();
    cache.setRequestMatcher(pageLoads);
    return cache;
  }

  /**
   * CSRF tokens of PlanDesk's forms and API, kept in a cookie of their own (double submit): like
   * the page to return to, the sign-in form's token does not depend on a session that a webapp's
   * last calls could replace. Not readable by scripts; the forms carry the token.
   */
  private static CsrfTokenRepository csrfTokens() {
    var tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName("PLANDESK-CSRF");
    tokens.setHeaderName("X-PLANDESK-CSRF");
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return tokens;
  }

  /**
   * SameSite=Lax on the cookies set through the servlet API (the page to return to after signing
   * in); the session cookie's is set in {@code application.yaml}, the CSRF cookie's above.
   */
  @Bean
  CookieSameSiteSupplier laxCookies() {
    return CookieSameSiteSupplier.ofLax();
  }

  /**
   * The headers of PlanDesk's own pages and API: content policy, referrer kept to PlanDesk,
   * framing.
   */
  private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(
            referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(frames -> frames.sameOrigin());
  }

  @Bean
  @Order(ChainOrder.API)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    List<PathRules> features = rules(PathRules.Chain.API);
    return http.securityMatcher(path("/api/**"))
        .authorizeHttpRequests(
            a -> {
              allow(a, features);
              a.requestMatchers(path(HttpMethod.GET, "/api/**")).authenticated();
              a.anyRequest().denyAll();
            })
        .httpBasic(
            b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .headers(SecurityConfig::pageHeaders)
        // A browser signed in to PlanDesk's pages uses its session here too (document downloads
        // from
        // the plan pages); scripts use HTTP Basic. No session is created for Basic calls.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        // A request with Basic credentials carries no cookie a forged request could ride on; a
        // session-cookie request that changes something needs the CSRF token.
        .csrf(
            c ->
                c.csrfTokenRepository(CSRF_TOKENS)
                    .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .exceptionHandling(e -> e.accessDeniedHandler(refusals(features)))
        .build();
  }

  @Bean
  @Order(ChainOrder.PAGES)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    List<PathRules> features = rules(PathRules.Chain.PAGES);
    return http.authorizeHttpRequests(
            a -> {
              a.requestMatchers(
                      path("/actuator/health"),
                      path("/actuator/health/**"),
                      path("/login"),
                      path("/error"),
                      // The accessibility statement is public (the sign-in page links to it), and
                      // the language switch works before signing in too (a cookie then).
                      path(HttpMethod.GET, "/accessibility"),
                      path(HttpMethod.POST, "/language"),
                      path("/css/**"),
                      path("/js/**"),
                      // Open, so a browser's icon request is never sent to the sign-in page:
                      // rendering it there would set a new CSRF cookie and invalidate the form
                      // just shown.
                      path("/favicon.ico"))
                  .permitAll()
                  // Every administrator's page, whichever feature serves it.
                  .requestMatchers(path("/admin/**"))
                  .hasRole(Groups.ADMIN);
              allow(a, features);
              a.anyRequest().authenticated();
            })
        .csrf(c -> c.csrfTokenRepository(CSRF_TOKENS))
        .headers(SecurityConfig::pageHeaders)
        .requestCache(r -> r.requestCache(pageToReturnTo(pageLoads(path("/**")))))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false))
        .httpBasic(b -> {})
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
        // A sign-in form left open too long (its session ended, or another tab signed in meanwhile)
        // carries a CSRF token no longer valid: show a fresh form rather than an error page.
        .exceptionHandling(
            e ->
                e.defaultAccessDeniedHandlerFor(
                        (request, response, denied) ->
                            response.sendRedirect(request.getContextPath() + "/login"),
                        path(HttpMethod.POST, "/login"))
                    .defaultAccessDeniedHandlerFor(
                        new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
        .build();
  }

  /**
   * The features' rules for one chain. No feature's paths lie within another's, so the order in
   * which they are applied never matters.
   */
  private List<PathRules> rules(PathRules.Chain chain) {
    List<PathRules> rules = featureRules.orderedStream().filter(r -> r.chain() == chain).toList();
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        for (String one : rules.get(i).paths()) {
          for (String other : rules.get(j).paths()) {
            if (PathRules.within(one, other) || PathRules.within(other, one)) {
              throw new IllegalStateException(
                  "Two features' rules on " + one + " and " + other + " in the chain " + chain);
            }
          }
        }
      }
    }
    return rules;
  }

  /** The features' rules, in order, ahead of what the chain adds after them. */
  private static void allow(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests,
      List<PathRules> features) {
    for (PathRules feature : features) {
      for (PathRules.Rule rule : feature.rules()) {
        var matched = requests.requestMatchers(path(rule.method(), rule.pattern()));
        if (rule.roles().isEmpty()) {
          matched.authenticated();
        } else {
          matched.hasAnyRole(rule.roles().toArray(String[]::new));
        }
      }
    }
  }

  /** A 403 with the message of the feature whose paths were asked for. */
  private static AccessDeniedHandler refusals(List<PathRules> features) {
    LinkedHashMap<RequestMatcher, AccessDeniedHandler> byPaths = new LinkedHashMap<>();
    for (PathRules feature : features) {
      byPaths.put(anyPath(List.of(feature)), refusal(feature.refusal()));
    }
    AccessDeniedHandler otherwise = refusal(PathRules.YOUR_ROLE_MAY_NOT);
    return byPaths.isEmpty()
        ? otherwise
        : new RequestMatcherDelegatingAccessDeniedHandler(byPaths, otherwise);
  }

  private static AccessDeniedHandler refusal(String message) {
    return (request, response, denied) ->
        response.sendError(HttpServletResponse.SC_FORBIDDEN, message);
  }

  /** Any of the features' paths; nothing when there are none. */
  private static RequestMatcher anyPath(List<PathRules> features) {
    List<RequestMatcher> paths =
        features.stream()
            .flatMap(feature -> feature.paths().stream())
            .map(SecurityConfig::path)
            .toList();
    return paths.isEmpty() ? request -> false : new OrRequestMatcher(paths);
  }

  // Path patterns on the whole request path: the Jersey servlet of /engine-rest is not Spring MVC.
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
