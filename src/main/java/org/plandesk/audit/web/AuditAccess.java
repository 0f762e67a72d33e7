package org.plandesk.audit.web;

import java.util.List;
import org.plandesk.identity.Groups;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may read the audit pages: the audit trail with its exports and the integrity check are for
 * those who answer for the record; the comparison of two versions is for anyone signed in.
 */
@Configuration
class AuditAccess {

  @Bean
  PathRules auditPageRules() {
    String[] answerForTheRecord = {
      Groups.AUDITOR, Groups.DIRECTOR, Groups.COORDINATOR, Groups.ADMIN
    };
    return PathRules.pages(
        List.of(
            "/plans/*/audit",
            "/plans/*/audit.csv",
            "/plans/*/audit.docx",
            "/plans/versions/*/integrity"),
        PathRules.on("/plans/*/audit").roles(answerForTheRecord),
        PathRules.on("/plans/*/audit.csv").roles(answerForTheRecord),
        PathRules.on("/plans/*/audit.docx").roles(answerForTheRecord),
        PathRules.on("/plans/versions/*/integrity").roles(answerForTheRecord));
  }
}
