package org.plandesk.acknowledge.process;

import org.plandesk.process.PlanDeskProcess;
import org.springframework.stereotype.Component;

/**
 * The read-and-acknowledge BPMN ({@code processes/version-acknowledgement.bpmn}): its key, elements
 * and messages.
 */
@Component
public final class VersionAcknowledgementProcess implements PlanDeskProcess {

  public static final String KEY = "version-acknowledgement";

  public static final String START = "StartEvent_VersionInForce";
  public static final String OPEN = "Task_OpenAcknowledgements";
  public static final String ANYONE_ASKED = "Gateway_AnyoneAsked";
  public static final String END_NOBODY_ASKED = "EndEvent_NobodyAsked";
  public static final String REMIND_AND_ESCALATE = "SubProcess_RemindAndEscalate";
  public static final String REMINDER_DUE = "Event_ReminderDue";
  public static final String REMIND_MISSING = "Task_RemindMissing";
  public static final String ESCALATION_DUE = "Event_EscalationDue";
  public static final String ESCALATE_MISSING = "Task_EscalateMissing";
  public static final String END_ESCALATED = "EndEvent_Escalated";
  public static final String ALL_CONFIRMED = "Event_AllConfirmed";
  public static final String LEFT_FORCE = "Event_LeftForce";
  public static final String AWAIT_LAST = "Gateway_AwaitLastConfirmations";
  public static final String LAST_CONFIRMED = "Event_LastConfirmed";
  public static final String LEFT_FORCE_LATE = "Event_LeftForceLate";
  public static final String CLOSE_OPEN = "Task_CloseOpenAcknowledgements";
  public static final String END_ALL_CONFIRMED = "EndEvent_AllConfirmed";
  public static final String END_CLOSED = "EndEvent_Closed";

  /** Correlated when the last person asked confirmed. */
  public static final String MESSAGE_COMPLETE = "acknowledgementsComplete";

  /** Correlated when the version is superseded or retired (with {@code closedReason}). */
  public static final String MESSAGE_LEFT_FORCE = "acknowledgedVersionLeftForce";

  VersionAcknowledgementProcess() {}

  @Override
  public String key() {
    return KEY;
  }
}
