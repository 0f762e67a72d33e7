package org.plandesk.review.report.process;

import org.plandesk.process.DirectorDecision;
import org.plandesk.process.PlanDeskProcess;
import org.springframework.stereotype.Component;

/**
 * The yearly implementation report BPMN ({@code processes/implementation-report.bpmn}): its key and
 * elements. The director's choices at {@code Task_SignOffReport} are {@link DirectorDecision}s:
 * {@code APPROVE} signs the report off, {@code REQUEST_CHANGES} sends it back to the coordinator.
 */
@Component
public final class ImplementationReportProcess implements PlanDeskProcess {

  public static final String KEY = "implementation-report";

  public static final String START = "StartEvent_ReportRequested";
  public static final String JOIN_DRAFT = "Gateway_JoinDraft";
  public static final String GENERATE_DRAFT = "Task_GenerateReportDraft";
  public static final String SIGN_OFF = "Task_SignOffReport";
  public static final String SIGN_OFF_DECISION = "Gateway_SignOffDecision";
  public static final String REVISE = "Task_ReviseReport";
  public static final String GENERATE_SIGNED_OFF = "Task_GenerateSignedOffReport";
  public static final String END_SIGNED_OFF = "EndEvent_ReportSignedOff";

  ImplementationReportProcess() {}

  @Override
  public String key() {
    return KEY;
  }
}
