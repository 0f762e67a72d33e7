package org.plandesk.review.report.process;

/** Links from the Tasklist forms to the report's documents and the plan's progress page. */
final class ReportLinks {

  private ReportLinks() {}

  static String docx(long reportId, String edition) {
    return "/api/reports/" + reportId + "/document.docx?edition=" + edition;
  }

  static String pdf(long reportId, String edition) {
    return "/api/reports/" + reportId + "/document.pdf?edition=" + edition;
  }
}
