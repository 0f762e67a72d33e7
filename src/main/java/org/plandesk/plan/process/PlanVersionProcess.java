package org.plandesk.plan.process;

import org.plandesk.process.DirectorDecision;
import org.plandesk.process.PlanDeskProcess;
import org.springframework.stereotype.Component;

/**
 * The plan-version lifecycle BPMN ({@code processes/plan-version.bpmn}): its key, elements and
 * messages. The director's choices at {@code Task_ApproveVersion} are {@link DirectorDecision}s.
 */
@Component
public final class PlanVersionProcess implements PlanDeskProcess {

  public static final String KEY = "plan-version";

  public static final String START = "StartEvent_VersionRequested";
  public static final String START_REVISION_REQUESTED = "StartEvent_RevisionRequested";
  public static final String OPEN_VERSION = "Task_OpenVersion";
  public static final String DRAFT_VERSION = "Task_DraftVersion";
  public static final String DEPARTMENT_INPUT = "SubProcess_DepartmentInput";
  public static final String GIVE_DEPARTMENT_INPUT = "Task_GiveDepartmentInput";
  public static final String INPUT_REMINDER_DUE = "Event_InputReminderDue";
  public static final String INPUT_DEADLINE_PASSED = "Event_InputDeadlinePassed";
  public static final String RECORD_NO_INPUT = "Task_RecordNoInput";
  public static final String CONSOLIDATE_DRAFT = "Task_ConsolidateDraft";
  public static final String APPROVE_VERSION = "Task_ApproveVersion";
  public static final String DECISION = "Gateway_Decision";
  public static final String GENERATE_DOCUMENT = "Task_GenerateDocument";
  public static final String EFFECTIVE_DATE_REACHED = "Event_EffectiveDateReached";
  public static final String PUT_VERSION_IN_FORCE = "Task_PutVersionInForce";
  public static final String END_IN_FORCE = "EndEvent_VersionInForce";
  public static final String END_REJECTED = "EndEvent_VersionRejected";
  public static final String END_WITHDRAWN = "EndEvent_VersionWithdrawn";
  public static final String END_NO_INPUT = "EndEvent_NoInputGiven";
  public static final String RECORD_WITHDRAWAL = "Task_RecordWithdrawal";

  /** Correlated when the coordinator withdraws the version before approval. */
  public static final String MESSAGE_WITHDRAW = "withdrawVersion";

  /** Starts the process for a new version of a plan in force, sent by its periodic review. */
  public static final String MESSAGE_REVISION_REQUESTED = "revisionRequested";

  PlanVersionProcess() {}

  @Override
  public String key() {
    return KEY;
  }
}
