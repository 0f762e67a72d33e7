package org.plandesk.review.report.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach the yearly implementation reports: the coordinator asks for one on the progress
 * page ({@code POST /plans/{code}/report}); anyone signed in downloads a signed-off report ({@code
 * /api/reports/{id}/document.docx|pdf}, from the page's session or with HTTP Basic), while drafts
 * are read by those who make, sign off or audit them ({@link ReportReaders}); an administrator
 * regenerates what is missing.
 */
@Configuration
class ReportAccess {

  @Bean
  PathRules reportPageRules() {
    return PathRules.pages(
        List.of("/plans/*/report"),
        PathRules.on(HttpMethod.POST, "/plans/*/report").roles(Groups.COORDINATOR));
  }

  @Bean
  PathRules reportApiRules() {
    return PathRules.api(
        List.of("/api/reports/**"),
        PathRules.on(HttpMethod.POST, "/api/reports/*/document/regenerate").roles(Groups.ADMIN),
        PathRules.on(HttpMethod.GET, "/api/reports/**").signedIn());
  }
}
