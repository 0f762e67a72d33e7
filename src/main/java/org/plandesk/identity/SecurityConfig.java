package org.plandesk.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
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
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
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
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what.
 *
 * <ul>
 *   <li>{@code /engine-rest}: HTTP Basic against Camunda's identity service, then PlanDesk's rules
 *       ({@link EngineApiGuard}), then the engine's authorizations.
 *   <li>{@code /camunda}: the webapps, signed in with PlanDesk's sign-in (one session for both),
 *       with their own CSRF protection.
 *   <li>{@code /api}: PlanDesk's JSON API, HTTP Basic or the signed-in session (then with CSRF
 *       token for changes), 401 without credentials.
 *   <li>Pages ({@code /plans}): form login, CSRF protected; editing only for the coordinator; the
 *       administrator's pages ({@code /admin}, e.g. mails needing attention) only for
 *       camunda-admin.
 * </ul>
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

  private final EngineApiGuard engineApiGuard;

  SecurityConfig(FormFields forms, ObjectMapper json) {
    this.engineApiGuard = new EngineApiGuard(forms, json);
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
  @Order(1)
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
  @Order(2)
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
  @Order(3)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/api/**"))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(path(HttpMethod.POST, "/api/versions/*/withdraw"))
                    .hasRole(Groups.COORDINATOR)
                    .requestMatchers(path(HttpMethod.GET, "/api/versions/*/preview.docx"))
                    .hasAnyRole(Groups.COORDINATOR, Groups.DIRECTOR)
                    .requestMatchers(path(HttpMethod.POST, "/api/versions/*/document/regenerate"))
                    .hasRole(Groups.ADMIN)
                    .requestMatchers(path(HttpMethod.GET, "/api/**"))
                    .authenticated()
                    .anyRequest()
                    .denyAll())
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
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (req, res, ex) ->
                        res.sendError(
                            HttpServletResponse.SC_FORBIDDEN, "Your role may not do this")))
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            a ->
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
                        // rendering
                        // it there would set a new CSRF cookie and invalidate the form just shown.
                        path("/favicon.ico"))
                    .permitAll()
                    .requestMatchers(path(HttpMethod.POST, "/plans/versions/*"))
                    .hasRole(Groups.COORDINATOR)
                    .requestMatchers(path("/admin/**"))
                    .hasRole(Groups.ADMIN)
                    .requestMatchers(
                        path("/plans/*/audit"),
                        path("/plans/*/audit.csv"),
                        path("/plans/*/audit.docx"),
                        path("/plans/versions/*/integrity"))
                    .hasAnyRole(Groups.AUDITOR, Groups.DIRECTOR, Groups.COORDINATOR, Groups.ADMIN)
                    .anyRequest()
                    .authenticated())
        .csrf(c -> c.csrfTokenRepository(CSRF_TOKENS))
        .headers(SecurityConfig::pageHeaders)
        .requestCache(r -> r.requestCache(pageToReturnTo(pageLoads(path("/**")))))
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/plans", false))
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

  // Path patterns on the whole request path: the Jersey servlet of /engine-rest is not Spring MVC.
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }
}
