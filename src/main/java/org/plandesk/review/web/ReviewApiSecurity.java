package org.plandesk.review.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plandesk.identity.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The review and grant API ({@code /api/reviews/**}, {@code /api/grants/**}): HTTP Basic, 401
 * without credentials, 403 for a role that may not do it. Any signed-in user reads (grant documents
 * included); the coordinator sets a plan's review interval; an administrator regenerates a grant
 * request's documents. Ordered before the general API chain so these paths get exactly these rules.
 */
@Configuration
class ReviewApiSecurity {

  @Bean
  @Order(-1)
  SecurityFilterChain reviewAndGrantApi(HttpSecurity http) throws Exception {
    var paths = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(
            new OrRequestMatcher(paths.matcher("/api/reviews/**"), paths.matcher("/api/grants/**")))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(paths.matcher(HttpMethod.PUT, "/api/reviews/plans/*/interval"))
                    .hasRole(Groups.COORDINATOR)
                    .requestMatchers(
                        paths.matcher(HttpMethod.POST, "/api/grants/*/document/regenerate"))
                    .hasRole(Groups.ADMIN)
                    .requestMatchers(
                        paths.matcher(HttpMethod.GET, "/api/reviews/**"),
                        paths.matcher(HttpMethod.GET, "/api/grants/**"))
                    .authenticated()
                    .anyRequest()
                    .denyAll())
        .httpBasic(
            b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (req, res, ex) ->
                        res.sendError(
                            HttpServletResponse.SC_FORBIDDEN, "Your role may not do this")))
        .build();
  }
}
