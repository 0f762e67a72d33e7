package org.plandesk.review.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the review API ({@code /api/reviews/**}): HTTP Basic, 401 without credentials, 403
 * for a role that may not. Any signed-in user reads; the coordinator sets a plan's review interval.
 */
@Configuration
class ReviewApiAccess {

  @Bean
  PathRules reviewApiRules() {
    return PathRules.scriptApi(
        List.of("/api/reviews/**"),
        PathRules.on(HttpMethod.PUT, "/api/reviews/plans/*/interval").roles(Groups.COORDINATOR),
        PathRules.on(HttpMethod.GET, "/api/reviews/**").signedIn());
  }
}
