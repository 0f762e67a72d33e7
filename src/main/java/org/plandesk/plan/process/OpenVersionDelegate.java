package org.plandesk.plan.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenVersion}: opens the draft version the start form asked for. Reads requestKind,
 * planCode, planTitle, planType, planLanguage and initiator; writes versionId, editorUrl,
 * departmentOptions and contentSummary. A broken rule (an unknown code, a second draft) fails the
 * start, so nothing is created.
 */
@Component("openVersion")
class OpenVersionDelegate implements JavaDelegate {

  private final PlanService plans;
  private final Actor actor;
  private final DepartmentDirectory departments;

  OpenVersionDelegate(PlanService plans, Actor actor, DepartmentDirectory departments) {
    this.plans = plans;
    this.actor = actor;
    this.departments = departments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanVersionVariables.of(execution);
    PlanVersion version =
        RuleGuard.enforce(() -> plans.openVersion(request(vars), actor.person(vars.initiator())));
    plans.attachProcess(version.id(), execution.getProcessInstanceId());
    Plan plan = plans.planOf(version);
    vars.setOpenedVersion(
        version.id(), plan.code(), plan.title(), EditorLinks.editor(version.id()));
    vars.setDepartmentOptions(departments.namesById());
    vars.setContentSummary(ContentSummary.of(version.content()));
    execution.setProcessBusinessKey(plan.code() + " #" + version.sequence());
  }

  private static VersionRequest request(PlanVersionVariables vars) {
    VersionRequest.Kind kind = parse(VersionRequest.Kind.class, vars.requestKind(), "request kind");
    if (kind == VersionRequest.Kind.NEW_VERSION) {
      return new VersionRequest(kind, vars.planCode(), null, null, null);
    }
    return new VersionRequest(
        kind,
        vars.planCode(),
        vars.planTitle(),
        parse(PlanType.class, vars.planType(), "plan type"),
        vars.planLanguage() == null ? null : PlanLanguage.of(vars.planLanguage()));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new PlanRuleViolation("Unknown " + what + " '" + value + "'");
    }
  }
}
