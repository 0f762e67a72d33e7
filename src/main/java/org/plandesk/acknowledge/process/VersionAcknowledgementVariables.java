package org.plandesk.acknowledge.process;

import static org.plandesk.process.ProcessVariable.id;
import static org.plandesk.process.ProcessVariable.text;
import static org.plandesk.process.ProcessVariable.textList;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.process.ProcessVariable;

/**
 * Every variable of the version-acknowledgement process, declared once with its type. Delegates
 * read and write through this facade only. Public for the process's tests.
 */
public final class VersionAcknowledgementVariables {

  /** The version in force to read. */
  public static final ProcessVariable<Long> VERSION_ID = id("versionId");

  /** The groups asked (empty: all staff). */
  public static final ProcessVariable<List<String>> GROUPS = textList("acknowledgeGroups");

  /** The timers, as ISO-8601 durations the engine parses. */
  public static final ProcessVariable<String> REMIND_AFTER = text("remindAfter");

  public static final ProcessVariable<String> ESCALATE_AFTER = text("escalateAfter");

  /** How many people were asked; the gateway ends the process at once when nobody was. */
  public static final ProcessVariable<Long> ASKED_COUNT = id("askedCount");

  /** Sent with {@link VersionAcknowledgementProcess#MESSAGE_LEFT_FORCE}: SUPERSEDED or RETIRED. */
  public static final ProcessVariable<String> CLOSED_REASON = text("closedReason");

  private final VariableScope scope;

  private VersionAcknowledgementVariables(VariableScope scope) {
    this.scope = scope;
  }

  static VersionAcknowledgementVariables of(VariableScope scope) {
    return new VersionAcknowledgementVariables(scope);
  }

  static Map<String, Object> start(
      long versionId, List<String> groups, Duration remindAfter, Duration escalateAfter) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(VERSION_ID.name(), VERSION_ID.stored(versionId));
    vars.put(GROUPS.name(), GROUPS.stored(groups));
    vars.put(REMIND_AFTER.name(), REMIND_AFTER.stored(remindAfter.toString()));
    vars.put(ESCALATE_AFTER.name(), ESCALATE_AFTER.stored(escalateAfter.toString()));
    return vars;
  }

  static Map<String, Object> leftForce(String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CLOSED_REASON.name(), CLOSED_REASON.stored(reason));
    return vars;
  }

  long versionId() {
    return VERSION_ID.require(scope);
  }

  List<String> groups() {
    List<String> groups = GROUPS.get(scope);
    return groups == null ? List.of() : groups;
  }

  void setAskedCount(int count) {
    ASKED_COUNT.set(scope, (long) count);
  }

  String closedReason() {
    String reason = CLOSED_REASON.get(scope);
    return reason == null ? "SUPERSEDED" : reason;
  }
}
