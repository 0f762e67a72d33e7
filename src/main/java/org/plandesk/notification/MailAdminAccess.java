package org.plandesk.notification;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may reach the outbox's API ({@code /api/admin/**}): administrators only (group
 * camunda-admin), HTTP Basic, 401 without valid credentials, 403 for other staff. A section of its
 * own, which the general {@code /api} rules (any signed-in user reads) never reach.
 */
@Configuration
class MailAdminAccess {

  @Bean
  PathRules mailAdminApiRules() {
    return PathRules.scriptApi(
            List.of("/api/admin/**"), PathRules.on("/api/admin/**").roles(Groups.ADMIN))
        .refusing("Only administrators manage mail");
  }
}
