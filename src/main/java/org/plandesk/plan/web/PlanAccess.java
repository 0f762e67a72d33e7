package org.plandesk.plan.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what on the plans' API and pages; reading is for anyone signed in. The API: the
 * coordinator withdraws a version, the coordinator and the director open a draft's preview, an
 * administrator regenerates a document. The pages: only the coordinator saves a draft in the editor
 * (the audit pages' rules are the audit module's).
 */
@Configuration
class PlanAccess {

  @Bean
  PathRules planApiRules() {
    return PathRules.api(
        List.of("/api/versions/**"),
        PathRules.on(HttpMethod.POST, "/api/versions/*/withdraw").roles(Groups.COORDINATOR),
        PathRules.on(HttpMethod.GET, "/api/versions/*/preview.docx")
            .roles(Groups.COORDINATOR, Groups.DIRECTOR),
        PathRules.on(HttpMethod.GET, "/api/versions/*/preview.pdf")
            .roles(Groups.COORDINATOR, Groups.DIRECTOR),
        PathRules.on(HttpMethod.POST, "/api/versions/*/document/regenerate").roles(Groups.ADMIN));
  }

  @Bean
  PathRules planPageRules() {
    return PathRules.pages(
        List.of("/plans/versions/*"),
        PathRules.on(HttpMethod.POST, "/plans/versions/*").roles(Groups.COORDINATOR));
  }
}
