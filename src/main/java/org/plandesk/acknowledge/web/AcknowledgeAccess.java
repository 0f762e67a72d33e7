package org.plandesk.acknowledge.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach read-and-acknowledge: anyone signed in opens a version's acknowledge page, and
 * confirms it there when they are among those asked (the page refuses others with 403); the export
 * of who has confirmed is for those who answer for the record, as the audit trail.
 */
@Configuration
class AcknowledgeAccess {

  @Bean
  PathRules acknowledgePageRules() {
    return PathRules.pages(
        List.of("/acknowledge/*", "/plans/*/acknowledgements.csv"),
        PathRules.on(HttpMethod.GET, "/acknowledge/*").signedIn(),
        PathRules.on(HttpMethod.POST, "/acknowledge/*").signedIn(),
        PathRules.on(HttpMethod.GET, "/plans/*/acknowledgements.csv")
            .roles(Groups.AUDITOR, Groups.DIRECTOR, Groups.COORDINATOR, Groups.ADMIN));
  }
}
