package org.plandesk.plan.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.plandesk.plan.PlanRuleViolation;

/**
 * Every variable of the plan-version process, declared once with its type. Delegates and listeners
 * read and write through this facade only: no variable names or casts elsewhere.
 */
final class PlanVersionVariables {

  static final String REQUEST_KIND = "requestKind";
  static final String PLAN_CODE = "planCode";
  static final String PLAN_TITLE = "planTitle";
  static final String PLAN_TYPE = "planType";
  static final String PLAN_LANGUAGE = "planLanguage";
  static final String INITIATOR = "initiator";
  static final String VERSION_ID = "versionId";
  static final String EDITOR_URL = "editorUrl";
  static final String PREVIEW_URL = "previewUrl";
  static final String CONTENT_SUMMARY = "contentSummary";
  static final String DEPARTMENT_OPTIONS = "departmentOptions";
  static final String DEPARTMENTS = "departments";
  static final String INPUT_DEADLINE = "inputDeadline";
  static final String DEPARTMENTS_TO_ASK = "departmentsToAsk";
  static final String REMINDER_AT = "reminderAt";
  static final String DEADLINE_AT = "deadlineAt";
  static final String TARGET_GROUP_OPTIONS = "targetGroupOptions";
  static final String DEPARTMENT = "department";
  static final String INPUT_COMMENTS = "inputComments";
  static final String PROPOSED_ACTIONS = "proposedActions";
  static final String PRIORITY_VOTES = "priorityVotes";
  static final String DECISION = "decision";
  static final String DIRECTOR_COMMENT = "directorComment";
  static final String EFFECTIVE_DATE = "effectiveDate";
  static final String EFFECTIVE_AT = "effectiveAt";
  static final String WITHDRAWAL_REASON = "withdrawalReason";

  private final VariableScope scope;

  private PlanVersionVariables(VariableScope scope) {
    this.scope = scope;
  }

  static PlanVersionVariables of(VariableScope scope) {
    return new PlanVersionVariables(scope);
  }

  String requestKind() {
    return string(REQUEST_KIND);
  }

  String planCode() {
    return string(PLAN_CODE);
  }

  String planTitle() {
    return string(PLAN_TITLE);
  }

  String planType() {
    return string(PLAN_TYPE);
  }

  String planLanguage() {
    return string(PLAN_LANGUAGE);
  }

  String initiator() {
    return string(INITIATOR);
  }

  long versionId() {
    Object value = scope.getVariable(VERSION_ID);
    if (!(value instanceof Long id)) {
      throw new IllegalStateException("The process has no versionId variable");
    }
    return id;
  }

  void setOpenedVersion(long versionId, String planCode, String planTitle, String editorUrl) {
    scope.setVariable(VERSION_ID, versionId);
    // A new plan's code and title came with the start form: usually they are already so.
    change(PLAN_CODE, planCode);
    change(PLAN_TITLE, planTitle);
    scope.setVariable(EDITOR_URL, editorUrl);
    scope.setVariable(PREVIEW_URL, EditorLinks.preview(versionId));
  }

  void setContentSummary(String summary) {
    change(CONTENT_SUMMARY, summary);
  }

  void setDepartmentOptions(Map<String, String> namesById) {
    changeJson(DEPARTMENT_OPTIONS, options(namesById));
  }

  void setTargetGroupOptions(Map<String, String> labelsByValue) {
    changeJson(TARGET_GROUP_OPTIONS, options(labelsByValue));
  }

  /**
   * Writes a variable only when its value changes: each write costs the engine a runtime update and
   * two history rows, and an unchanged value tells a reader of the history nothing.
   */
  private void change(String name, String value) {
    if (!Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  private void changeJson(String name, SpinJsonNode value) {
    if (!(scope.getVariable(name) instanceof SpinJsonNode current
        && current.toString().equals(value.toString()))) {
      scope.setVariable(name, SpinValues.jsonValue(value).create());
    }
  }

  /** The departments chosen in the drafting form (a checklist, submitted as a JSON list). */
  List<String> departments() {
    return stringList(DEPARTMENTS);
  }

  /** The input deadline as typed in the drafting form (YYYY-MM-DD), or null when missing. */
  LocalDate inputDeadline() {
    return date(INPUT_DEADLINE);
  }

  void setInputRound(List<String> departments, LocalDateTime reminderAt, LocalDateTime deadlineAt) {
    scope.setVariable(
        DEPARTMENTS_TO_ASK,
        Variables.objectValue(new ArrayList<>(departments))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
    scope.setVariable(REMINDER_AT, reminderAt.toString());
    scope.setVariable(DEADLINE_AT, deadlineAt.toString());
  }

  String department() {
    return string(DEPARTMENT);
  }

  String inputComments() {
    return string(INPUT_COMMENTS);
  }

  String proposedActions() {
    return string(PROPOSED_ACTIONS);
  }

  List<String> priorityVotes() {
    return stringList(PRIORITY_VOTES);
  }

  String decision() {
    return string(DECISION);
  }

  String directorComment() {
    return string(DIRECTOR_COMMENT);
  }

  void clearDirectorComment() {
    change(DIRECTOR_COMMENT, null);
  }

  LocalDate effectiveDate() {
    return date(EFFECTIVE_DATE);
  }

  void setEffectiveAt(LocalDateTime at) {
    scope.setVariable(EFFECTIVE_AT, at.toString());
  }

  String withdrawalReason() {
    return string(WITHDRAWAL_REASON);
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private LocalDate date(String name) {
    String text = string(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      // Camunda Forms submit a date field as YYYY-MM-DD; a datetime picker may add a time part.
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new PlanRuleViolation(name + " is not a date (YYYY-MM-DD): " + text);
    }
  }

  private List<String> stringList(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    SpinJsonNode node = value instanceof SpinJsonNode json ? json : Spin.JSON(value.toString());
    if (!node.isArray()) {
      throw new PlanRuleViolation(name + " must be a list");
    }
    return node.elements().stream().map(SpinJsonNode::stringValue).toList();
  }

  private static SpinJsonNode options(Map<String, String> labelsByValue) {
    SpinJsonNode list = Spin.JSON("[]");
    labelsByValue.forEach(
        (value, label) -> {
          SpinJsonNode option = Spin.JSON("{}");
          option.prop("label", label);
          option.prop("value", value);
          list.append(option);
        });
    return list;
  }
}
