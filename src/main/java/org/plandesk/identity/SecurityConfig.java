package org.plandesk.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpStatus;

/**
 * Who may reach what.
 *
 * <ul>
 *   <li>{@code /engine-rest}: HTTP Basic against Camunda's identity service (Camunda's own filter),
 *       so the engine's authorizations apply to every call.
 *   <li>{@code /camunda}: the webapps, with their own login and CSRF protection.
 *   <li>{@code /api}: PlanDesk's JSON API, HTTP Basic or the signed-in session (then with CSRF
 *       token for changes), 401 without credentials.
 *   <li>Pages ({@code /plans}): form login, CSRF protected; editing only for the coordinator.
 * </ul>
 */
@Configuration
class SecurityConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-auth");
    registration.setInitParameters(
        Map.of("authentication-provider", HttpBasicAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  @Order(1)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    // Camunda's own filters authenticate these paths (see above and the webapp's session login).
    return http.securityMatcher(
            new OrRequestMatcher(path("/engine-rest/**"), path("/camunda/**")))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
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
        .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        // A browser signed in to PlanDesk's pages uses its session here too (document downloads from
        // the plan pages); scripts use HTTP Basic. No session is created for Basic calls.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        // A request with Basic credentials carries no cookie a forged request could ride on; a
        // session-cookie request that changes something needs the CSRF token.
        .csrf(c -> c.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
        .exceptionHandling(
            e -> e.accessDeniedHandler((req, res, ex) -> res.sendError(HttpServletResponse.SC_FORBIDDEN, "Your role may not do this")))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        path("/actuator/health"),
                        path("/actuator/health/**"),
                        path("/login"),
                        path("/error"),
                        path("/css/**"),
                        path("/js/**"))
                    .permitAll()
                    .requestMatchers(path(HttpMethod.POST, "/plans/versions/*"))
                    .hasRole(Groups.COORDINATOR)
                    .requestMatchers(path("/plans/*/audit"), path("/plans/*/audit.csv"), path("/plans/*/audit.docx"),
                        path("/plans/versions/*/integrity"))
                    .hasAnyRole(Groups.AUDITOR, Groups.DIRECTOR, Groups.COORDINATOR, Groups.ADMIN)
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.defaultSuccessUrl("/plans", false))
        .httpBasic(b -> {})
        .logout(l -> l.logoutSuccessUrl("/login?logout"))
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
