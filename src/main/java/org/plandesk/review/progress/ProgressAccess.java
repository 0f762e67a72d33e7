package org.plandesk.review.progress;

import java.util.ArrayList;
import java.util.List;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach a plan's progress page ({@code /plans/{code}/progress}): anyone signed in reads it;
 * the coordinator and the departments record what was done under the action items (which department
 * may record under which item is checked as it records). The director and auditors read only.
 */
@Configuration
class ProgressAccess {

  @Bean
  PathRules progressPageRules(DepartmentDirectory departments) {
    List<String> recorders = new ArrayList<>();
    recorders.add(Groups.COORDINATOR);
    recorders.addAll(departments.namesById().keySet());
    return PathRules.pages(
        List.of("/plans/*/progress/**"),
        PathRules.on(HttpMethod.GET, "/plans/*/progress").signedIn(),
        PathRules.on(HttpMethod.POST, "/plans/*/progress/**")
            .roles(recorders.toArray(String[]::new)));
  }
}
