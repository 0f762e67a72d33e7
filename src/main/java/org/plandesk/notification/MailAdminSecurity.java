package org.plandesk.notification;

import jakarta.servlet.http.HttpServletResponse;
import org.plandesk.identity.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * {@code /api/admin/**}: administrators only (group camunda-admin), HTTP Basic, 401 without valid
 * credentials, 403 for other staff. Ahead of the general {@code /api} chain, which would let any
 * signed-in user read.
 */
@Configuration
class MailAdminSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/admin/**"))
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Groups.ADMIN))
        .httpBasic(
            b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Basic credentials, no cookies: there is no session a forged request could ride on.
        .csrf(c -> c.disable())
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (req, res, ex) ->
                        res.sendError(
                            HttpServletResponse.SC_FORBIDDEN, "Only administrators manage mail")))
        .build();
  }
}
