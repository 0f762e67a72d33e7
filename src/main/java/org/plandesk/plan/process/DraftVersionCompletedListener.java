package org.plandesk.plan.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.process.ProcessVariable;
import org.plandesk.process.RuleGuard;
import org.plandesk.process.StepWords;
import org.plandesk.process.Words;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_DraftVersion}: checks the departments to ask and the input
 * deadline, then prepares the input round. Reads departments and inputDeadline; writes
 * departmentsToAsk, reminderAt, deadlineAt, targetGroupOptions and contentSummary.
 */
@Component("draftVersionCompleted")
class DraftVersionCompletedListener implements TaskListener {

  private final PlanService plans;
  private final DepartmentDirectory departments;
  private final LifecycleProperties properties;
  private final Clock clock;
  private final StepWords stepWords;

  DraftVersionCompletedListener(
      PlanService plans,
      DepartmentDirectory departments,
      LifecycleProperties properties,
      Clock clock,
      StepWords stepWords) {
    this.plans = plans;
    this.stepWords = stepWords;
    this.departments = departments;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanVersionVariables.of(task);
    Words words = stepWords.of(task);
    RuleGuard.enforce(() -> prepareInputRound(vars, words));
  }

  private void prepareInputRound(PlanVersionVariables vars, Words words) {
    List<String> chosen = vars.departments();
    for (String department : chosen) {
      if (!departments.exists(department)) {
        throw new PlanRuleViolation("plan.unknownDepartment", department);
      }
    }
    LocalDate deadline = vars.inputDeadline();
    LocalDate today = LocalDate.now(clock);
    if (deadline == null) {
      throw new PlanRuleViolation("rule.required", ProcessVariable.label("inputDeadline"));
    }
    if (!deadline.isAfter(today)) {
      throw new PlanRuleViolation("plan.inputDeadlineAfterToday", today);
    }
    // The deadline day counts in full: the round closes when it ends.
    LocalDateTime deadlineAt = deadline.plusDays(1).atStartOfDay();
    vars.setInputRound(chosen, deadlineAt.minus(properties.inputReminderBefore()), deadlineAt);

    PlanContent content = plans.version(vars.versionId()).content();
    Map<String, String> groups = new LinkedHashMap<>();
    // "Civil szervezetek (Elsődleges)": the tier by its name in the plan's language.
    content
        .targetGroups()
        .forEach(g -> groups.put(g.name(), g.name() + " (" + words.text("tier." + g.tier()) + ")"));
    vars.setTargetGroupOptions(groups);
    vars.setContentSummary(ContentSummary.of(content, words));
  }
}
