package org.plandesk.grant.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may read the grants register ({@code /grants}) and a request's page ({@code /grants/{id}}):
 * anyone signed in, as the grant API. Requests are prepared and decided through their process in
 * the Tasklist; on a request's page the coordinator sets the goals and action items it funds
 * ({@code POST /grants/{id}/links}).
 */
@Configuration
class GrantPageAccess {

  @Bean
  PathRules grantPageRules() {
    return PathRules.pages(
        List.of("/grants", "/grants/**"),
        PathRules.on(HttpMethod.GET, "/grants").signedIn(),
        PathRules.on(HttpMethod.GET, "/grants/*").signedIn(),
        PathRules.on(HttpMethod.POST, "/grants/*/links").roles(Groups.COORDINATOR));
  }
}
