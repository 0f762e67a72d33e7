package org.plandesk.grant.web;

import java.util.List;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may read the grants register ({@code /grants}) and a request's page ({@code /grants/{id}}):
 * anyone signed in, as the grant API. The pages change nothing: requests are prepared and decided
 * through their process in the Tasklist.
 */
@Configuration
class GrantPageAccess {

  @Bean
  PathRules grantPageRules() {
    return PathRules.pages(
        List.of("/grants", "/grants/**"),
        PathRules.on(HttpMethod.GET, "/grants").signedIn(),
        PathRules.on(HttpMethod.GET, "/grants/*").signedIn());
  }
}
