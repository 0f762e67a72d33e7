package org.plandesk.plan.process;

import static org.plandesk.process.ProcessVariable.choice;
import static org.plandesk.process.ProcessVariable.date;
import static org.plandesk.process.ProcessVariable.dateTime;
import static org.plandesk.process.ProcessVariable.id;
import static org.plandesk.process.ProcessVariable.options;
import static org.plandesk.process.ProcessVariable.text;
import static org.plandesk.process.ProcessVariable.textList;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.VersionRequest;
import org.plandesk.process.ProcessVariable;

/**
 * Every variable of the plan-version process, declared once with its type. Delegates and listeners
 * read and write through this facade only; other modules ask {@link PlanVersionPort}. The
 * declarations are public for the process's tests and the forms test.
 */
public final class PlanVersionVariables {

  // The start form
  public static final ProcessVariable<VersionRequest.Kind> REQUEST_KIND =
      choice("requestKind", VersionRequest.Kind.class);
  public static final ProcessVariable<String> PLAN_CODE = text("planCode");
  public static final ProcessVariable<String> PLAN_TITLE = text("planTitle");
  public static final ProcessVariable<PlanType> PLAN_TYPE = choice("planType", PlanType.class);
  public static final ProcessVariable<PlanLanguage> PLAN_LANGUAGE =
      ProcessVariable.of(
          "planLanguage", value -> PlanLanguage.of(value.toString()), PlanLanguage::name);
  public static final ProcessVariable<String> INITIATOR = text("initiator");

  // Set when the version opens, shown in the forms
  public static final ProcessVariable<Long> VERSION_ID = id("versionId");
  public static final ProcessVariable<String> EDITOR_URL = text("editorUrl");
  public static final ProcessVariable<String> PREVIEW_URL = text("previewUrl");
  public static final ProcessVariable<String> CONTENT_SUMMARY = text("contentSummary");
  public static final ProcessVariable<Map<String, String>> DEPARTMENT_OPTIONS =
      options("departmentOptions");
  public static final ProcessVariable<Map<String, String>> ACKNOWLEDGE_GROUP_OPTIONS =
      options("acknowledgeGroupOptions");

  // Drafting, and the input round it prepares (timers as ISO text the engine parses)
  public static final ProcessVariable<List<String>> DEPARTMENTS = textList("departments");
  public static final ProcessVariable<LocalDate> INPUT_DEADLINE = date("inputDeadline");
  public static final ProcessVariable<List<String>> DEPARTMENTS_TO_ASK =
      textList("departmentsToAsk");
  public static final ProcessVariable<LocalDateTime> REMINDER_AT = dateTime("reminderAt");
  public static final ProcessVariable<LocalDateTime> DEADLINE_AT = dateTime("deadlineAt");
  public static final ProcessVariable<Map<String, String>> TARGET_GROUP_OPTIONS =
      options("targetGroupOptions");

  // Per department (local to one instance of SubProcess_DepartmentInput)
  public static final ProcessVariable<String> DEPARTMENT = text("department");
  public static final ProcessVariable<String> INPUT_COMMENTS = text("inputComments");
  public static final ProcessVariable<String> PROPOSED_ACTIONS = text("proposedActions");
  public static final ProcessVariable<List<String>> PRIORITY_VOTES = textList("priorityVotes");

  // The director (decision: a DirectorDecision's name)
  public static final ProcessVariable<String> DECISION = text("decision");
  public static final ProcessVariable<String> DIRECTOR_COMMENT = text("directorComment");
  public static final ProcessVariable<LocalDate> EFFECTIVE_DATE = date("effectiveDate");
  public static final ProcessVariable<LocalDateTime> EFFECTIVE_AT = dateTime("effectiveAt");

  /**
   * The groups who must read and confirm the version once in force, chosen when the consolidated
   * draft goes to the director; none chosen: all staff.
   */
  public static final ProcessVariable<List<String>> ACKNOWLEDGE_GROUPS =
      textList("acknowledgeGroups");

  /** Sent with the withdrawVersion message. */
  public static final ProcessVariable<String> WITHDRAWAL_REASON = text("withdrawalReason");

  private final VariableScope scope;

  private PlanVersionVariables(VariableScope scope) {
    this.scope = scope;
  }

  static PlanVersionVariables of(VariableScope scope) {
    return new PlanVersionVariables(scope);
  }

  VersionRequest.Kind requestKind() {
    return REQUEST_KIND.get(scope);
  }

  String planCode() {
    return PLAN_CODE.get(scope);
  }

  String planTitle() {
    return PLAN_TITLE.get(scope);
  }

  PlanType planType() {
    return PLAN_TYPE.get(scope);
  }

  PlanLanguage planLanguage() {
    return PLAN_LANGUAGE.get(scope);
  }

  String initiator() {
    return INITIATOR.get(scope);
  }

  long versionId() {
    return VERSION_ID.require(scope);
  }

  void setOpenedVersion(long versionId, String planCode, String planTitle) {
    VERSION_ID.set(scope, versionId);
    // A new plan's code and title came with the start form: usually they are already so.
    PLAN_CODE.change(scope, planCode);
    PLAN_TITLE.change(scope, planTitle);
    EDITOR_URL.set(scope, EditorLinks.editor(versionId));
    PREVIEW_URL.set(scope, EditorLinks.preview(versionId));
  }

  void setContentSummary(String summary) {
    CONTENT_SUMMARY.change(scope, summary);
  }

  void setDepartmentOptions(Map<String, String> namesById) {
    DEPARTMENT_OPTIONS.change(scope, namesById);
  }

  void setAcknowledgeGroupOptions(Map<String, String> namesById) {
    ACKNOWLEDGE_GROUP_OPTIONS.change(scope, namesById);
  }

  Map<String, String> acknowledgeGroupOptions() {
    Map<String, String> options = ACKNOWLEDGE_GROUP_OPTIONS.get(scope);
    return options == null ? Map.of() : options;
  }

  /** The groups chosen to read and confirm the version (a checklist); empty: all staff. */
  List<String> acknowledgeGroups() {
    List<String> chosen = ACKNOWLEDGE_GROUPS.get(scope);
    return chosen == null ? List.of() : chosen;
  }

  void setTargetGroupOptions(Map<String, String> labelsByValue) {
    TARGET_GROUP_OPTIONS.change(scope, labelsByValue);
  }

  /** The departments chosen in the drafting form (a checklist, submitted as a JSON list). */
  List<String> departments() {
    List<String> chosen = DEPARTMENTS.get(scope);
    return chosen == null ? List.of() : chosen;
  }

  /** The input deadline as typed in the drafting form (YYYY-MM-DD), or null when missing. */
  LocalDate inputDeadline() {
    return INPUT_DEADLINE.get(scope);
  }

  void setInputRound(List<String> departments, LocalDateTime reminderAt, LocalDateTime deadlineAt) {
    DEPARTMENTS_TO_ASK.set(scope, departments);
    REMINDER_AT.set(scope, reminderAt);
    DEADLINE_AT.set(scope, deadlineAt);
  }

  String department() {
    return DEPARTMENT.get(scope);
  }

  String inputComments() {
    return INPUT_COMMENTS.get(scope);
  }

  String proposedActions() {
    return PROPOSED_ACTIONS.get(scope);
  }

  List<String> priorityVotes() {
    List<String> votes = PRIORITY_VOTES.get(scope);
    return votes == null ? List.of() : votes;
  }

  String decision() {
    return DECISION.get(scope);
  }

  String directorComment() {
    return DIRECTOR_COMMENT.get(scope);
  }

  void clearDirectorComment() {
    DIRECTOR_COMMENT.change(scope, null);
  }

  LocalDate effectiveDate() {
    return EFFECTIVE_DATE.get(scope);
  }

  void setEffectiveAt(LocalDateTime at) {
    EFFECTIVE_AT.set(scope, at);
  }

  String withdrawalReason() {
    return WITHDRAWAL_REASON.get(scope);
  }
}
