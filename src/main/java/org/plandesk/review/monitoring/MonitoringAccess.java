package org.plandesk.review.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the monitoring pages ({@code /plans/{code}/monitoring/**}): anyone signed in reads
 * them; the coordinator and the departments record results (whether the user may work that very
 * task is checked as it saves: the group the task belongs to, or its holder); only the coordinator
 * says which indicators are fed from the implementation log. The director and auditors read only.
 */
@Configuration
class MonitoringAccess {

  @Bean
  PathRules monitoringPageRules(DepartmentDirectory departments) {
    List<String> recorders = new ArrayList<>();
    recorders.add(Groups.COORDINATOR);
    recorders.addAll(departments.namesById().keySet());
    return PathRules.pages(
        List.of("/plans/*/monitoring", "/plans/*/monitoring/**"),
        PathRules.on(HttpMethod.GET, "/plans/*/monitoring").signedIn(),
        PathRules.on(HttpMethod.GET, "/plans/*/monitoring/*").signedIn(),
        PathRules.on(HttpMethod.POST, "/plans/*/monitoring/feeds").roles(Groups.COORDINATOR),
        PathRules.on(HttpMethod.POST, "/plans/*/monitoring/*")
            .roles(recorders.toArray(String[]::new)));
  }
}
