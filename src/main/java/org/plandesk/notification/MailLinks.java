package org.plandesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plandesk.plan.process.EditorLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Absolute links in mails, on the address people reach PlanDesk under ({@code plandesk.base-url}).
 */
@Component
class MailLinks {

  private final String base;

  MailLinks(@Value("${plandesk.base-url}") String baseUrl) {
    this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The task in Camunda's Tasklist, opened directly. */
  String task(String taskId) {
    return base
        + "/camunda/app/tasklist/default/#/?task="
        + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }

  /** The version's page in PlanDesk's plan editor. */
  String version(long versionId) {
    return base + EditorLinks.editor(versionId);
  }

  /** The page where a member of staff reads a version in force and confirms it. */
  String acknowledge(long versionId) {
    return base + "/acknowledge/" + versionId;
  }

  /** A plan's page (its versions and who has read the one in force). */
  String planPage(String planCode) {
    return base + "/plans/" + UriUtils.encodePathSegment(planCode, StandardCharsets.UTF_8);
  }

  /** The approved DOCX of a version. */
  String document(long versionId) {
    return base + "/api/versions/" + versionId + "/document.docx";
  }
}
