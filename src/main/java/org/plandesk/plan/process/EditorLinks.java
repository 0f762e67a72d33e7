package org.plandesk.plan.process;

import org.springframework.modulith.NamedInterface;

/** Links from the Tasklist forms to PlanDesk's own pages (relative, so they work on any host). */
@NamedInterface("process-port")
public final class EditorLinks {

  private EditorLinks() {}

  public static String editor(long versionId) {
    return "/plans/versions/" + versionId;
  }

  /** The draft-marked document of a version in approval (coordinator and director). */
  public static String preview(long versionId) {
    return "/api/versions/" + versionId + "/preview.docx";
  }

  /** The same preview as a PDF, marked as a draft on every page. */
  public static String previewPdf(long versionId) {
    return "/api/versions/" + versionId + "/preview.pdf";
  }
}
