package org.plandesk.review.report.process;

import static org.plandesk.process.ProcessVariable.id;
import static org.plandesk.process.ProcessVariable.text;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.process.ProcessVariable;

/**
 * Every variable of the implementation-report process, declared once with its type. Delegates and
 * listeners read and write through this facade only; other modules ask {@link
 * ImplementationReportPort}. The declarations are public for the process's tests and the forms
 * test.
 */
public final class ImplementationReportVariables {

  public static final ProcessVariable<Long> REPORT_ID = id("reportId");

  /** The plan version in force the report is about (for the plan's language and the task mails). */
  public static final ProcessVariable<Long> VERSION_ID = id("versionId");

  /** The coordinator who asked for the report; the revision comes back to them. */
  public static final ProcessVariable<String> COORDINATOR = text("coordinator");

  // Shown in the forms, set by PlanDesk
  public static final ProcessVariable<String> PLAN_TITLE = text("planTitle");
  public static final ProcessVariable<String> REPORT_YEAR = text("reportYear");
  public static final ProcessVariable<String> SUMMARY = text("reportSummary");
  public static final ProcessVariable<String> DRAFT_URL = text("draftUrl");
  public static final ProcessVariable<String> DRAFT_PDF_URL = text("draftPdfUrl");
  public static final ProcessVariable<String> PROGRESS_URL = text("progressUrl");

  // The director (decision: a DirectorDecision's name) and the coordinator's revision
  public static final ProcessVariable<String> DECISION = text("decision");
  public static final ProcessVariable<String> DIRECTOR_COMMENT = text("directorComment");
  public static final ProcessVariable<String> REVISION_NOTE = text("revisionNote");

  private final VariableScope scope;

  private ImplementationReportVariables(VariableScope scope) {
    this.scope = scope;
  }

  static ImplementationReportVariables of(VariableScope scope) {
    return new ImplementationReportVariables(scope);
  }

  long reportId() {
    return REPORT_ID.require(scope);
  }

  String decision() {
    return DECISION.get(scope);
  }

  String directorComment() {
    return DIRECTOR_COMMENT.get(scope);
  }

  String revisionNote() {
    return REVISION_NOTE.get(scope);
  }

  /** Cleared when the coordinator sends the report again, so the director's form starts empty. */
  void clearDecision() {
    DECISION.remove(scope);
  }

  /** The links of the round's draft and what the director's form says of it. */
  void setDraft(String docxUrl, String pdfUrl, String summary) {
    DRAFT_URL.set(scope, docxUrl);
    DRAFT_PDF_URL.set(scope, pdfUrl);
    SUMMARY.set(scope, summary);
  }
}
