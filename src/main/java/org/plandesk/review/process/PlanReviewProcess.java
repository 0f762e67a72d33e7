package org.plandesk.review.process;

import org.plandesk.process.PlanDeskProcess;
import org.springframework.stereotype.Component;

/**
 * The periodic review BPMN ({@code processes/plan-review.bpmn}): its key, elements and messages.
 */
@Component
public final class PlanReviewProcess implements PlanDeskProcess {

  public static final String KEY = "plan-review";
  public static final String DECISION_KEY = "review-interval";

  public static final String START = "StartEvent_VersionInForce";
  public static final String DECIDE_INTERVAL = "Task_DecideReviewInterval";
  public static final String SCHEDULE_REVIEW = "Task_ScheduleReview";
  public static final String REVIEW_REMINDER_DUE = "Event_ReviewReminderDue";
  public static final String REVIEW_REMINDED = "Event_ReviewReminded";
  public static final String REVIEW_DUE = "Event_ReviewDue";
  public static final String REVIEW_PLAN = "Task_ReviewPlan";
  public static final String CONFIRM_STILL_VALID = "Task_ConfirmStillValid";
  public static final String CONFIRM_RETIREMENT = "Task_ConfirmRetirement";
  public static final String START_REVISION = "Task_StartRevision";
  public static final String RETIRE_PLAN = "Task_RetirePlan";
  public static final String END_RETIRED = "EndEvent_PlanRetired";
  public static final String MONITORING = "SubProcess_Monitoring";
  public static final String MONITORING_DUE = "Event_MonitoringDue";
  public static final String RECORD_MONITORING_RESULT = "Task_RecordMonitoringResult";
  public static final String END_INSTRUMENT_DONE = "EndEvent_InstrumentDone";
  public static final String END_MONITORING_DONE = "EndEvent_MonitoringDone";
  public static final String RECORD_REVIEW_ENDED = "Task_RecordReviewEnded";
  public static final String END_REVIEW_ENDED = "EndEvent_ReviewEnded";

  /** Correlated to the review of a version when a newer version of its plan enters into force. */
  public static final String MESSAGE_VERSION_SUPERSEDED = "versionSuperseded";

  /** Starts the review of a version that entered into force ({@link #START}). */
  public static final String MESSAGE_VERSION_ENTERED_FORCE = "versionEnteredForce";

  /** The coordinator's outcomes and the director's answers. */
  public static final String STILL_VALID = "STILL_VALID";

  public static final String REVISE = "REVISE";
  public static final String RETIRE = "RETIRE";
  public static final String CONFIRM = "CONFIRM";
  public static final String SEND_BACK = "SEND_BACK";

  PlanReviewProcess() {}

  @Override
  public String key() {
    return KEY;
  }
}
