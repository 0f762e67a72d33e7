package org.plandesk.grant.process;

import org.plandesk.process.DirectorDecision;
import org.plandesk.process.PlanDeskProcess;
import org.springframework.stereotype.Component;

/**
 * The grant request BPMN ({@code processes/grant-request.bpmn}): its key, elements and outcomes.
 * The director's choices at {@code Task_ApproveGrantRequest} are {@link DirectorDecision}s.
 */
@Component
public final class GrantRequestProcess implements PlanDeskProcess {

  public static final String KEY = "grant-request";

  public static final String START = "StartEvent_GrantRequested";
  public static final String RECORD_REQUEST = "Task_RecordGrantRequest";
  public static final String JOIN_APPROVAL = "Gateway_JoinApproval";
  public static final String APPROVE_REQUEST = "Task_ApproveGrantRequest";
  public static final String GRANT_DECISION = "Gateway_GrantDecision";
  public static final String REVISE_REQUEST = "Task_ReviseGrantRequest";
  public static final String END_REJECTED = "EndEvent_GrantRejected";
  public static final String APPROVED_FORK = "Gateway_ApprovedFork";
  public static final String GENERATE_REQUEST_DOCUMENT = "Task_GenerateRequestDocument";
  public static final String END_REQUEST_DOCUMENT_STORED = "EndEvent_RequestDocumentStored";
  public static final String SUBMIT_TO_FUNDER = "Task_SubmitToFunder";
  public static final String SUBMISSION_REMINDER_DUE = "Event_SubmissionReminderDue";
  public static final String END_SUBMISSION_REMINDED = "EndEvent_SubmissionReminded";
  public static final String FUNDER_DEADLINE_PASSED = "Event_FunderDeadlinePassed";
  public static final String RECORD_DEADLINE_MISSED = "Task_RecordDeadlineMissed";
  public static final String END_DEADLINE_MISSED = "EndEvent_DeadlineMissed";
  public static final String RECORD_FUNDER_DECISION = "Task_RecordFunderDecision";
  public static final String DECISION_OVERDUE = "Event_DecisionOverdue";
  public static final String END_DECISION_REMINDED = "EndEvent_DecisionReminded";
  public static final String FUNDER_DECISION = "Gateway_FunderDecision";
  public static final String END_DECLINED = "EndEvent_GrantDeclined";
  public static final String AWARDED_FORK = "Gateway_AwardedFork";
  public static final String GENERATE_AWARD_DOCUMENT = "Task_GenerateAwardDocument";
  public static final String END_AWARD_DOCUMENT_STORED = "EndEvent_AwardDocumentStored";
  public static final String REPORTING = "SubProcess_Reporting";
  public static final String REPORT_DUE = "StartEvent_ReportDue";
  public static final String SUBMIT_REPORT = "Task_SubmitReport";
  public static final String REPORT_REMINDER_DUE = "Event_ReportReminderDue";
  public static final String END_REPORT_REMINDED = "EndEvent_ReportReminded";
  public static final String END_REPORT_SUBMITTED = "EndEvent_ReportSubmitted";
  public static final String CLOSE_REQUEST = "Task_CloseGrantRequest";
  public static final String END_CLOSED = "EndEvent_GrantClosed";

  /** The funder's decisions. */
  public static final String AWARDED = "AWARDED";

  public static final String DECLINED = "DECLINED";

  GrantRequestProcess() {}

  @Override
  public String key() {
    return KEY;
  }
}
