package org.plandesk.grant.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the grant API ({@code /api/grants/**}): HTTP Basic, 401 without credentials, 403
 * for a role that may not. Any signed-in user reads (documents included); an administrator
 * regenerates a request's documents; the coordinator sets the goals and action items it funds.
 */
@Configuration
class GrantApiAccess {

  @Bean
  PathRules grantApiRules() {
    return PathRules.scriptApi(
        List.of("/api/grants/**"),
        PathRules.on(HttpMethod.POST, "/api/grants/*/document/regenerate").roles(Groups.ADMIN),
        PathRules.on(HttpMethod.PUT, "/api/grants/*/links").roles(Groups.COORDINATOR),
        PathRules.on(HttpMethod.GET, "/api/grants/**").signedIn());
  }
}
