package org.plandesk.plan.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;
import org.plandesk.process.Actors;
import org.plandesk.process.RuleGuard;
import org.plandesk.process.StepWords;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenVersion}: opens the draft version the start form asked for. Reads requestKind,
 * planCode, planTitle, planType, planLanguage and initiator; writes versionId, editorUrl,
 * departmentOptions, acknowledgeGroupOptions and contentSummary. A broken rule (an unknown code, a
 * second draft) fails the start, so nothing is created.
 */
@Component("openVersion")
class OpenVersionDelegate implements JavaDelegate {

  private final PlanService plans;
  private final Actors actors;
  private final DepartmentDirectory departments;
  private final StepWords stepWords;

  OpenVersionDelegate(
      PlanService plans, Actors actors, DepartmentDirectory departments, StepWords stepWords) {
    this.plans = plans;
    this.actors = actors;
    this.departments = departments;
    this.stepWords = stepWords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var vars = PlanVersionVariables.of(execution);
    PlanVersion version =
        RuleGuard.enforce(() -> plans.openVersion(request(vars), actors.person(vars.initiator())));
    plans.attachProcess(version.id(), execution.getProcessInstanceId());
    Plan plan = plans.planOf(version);
    vars.setOpenedVersion(version.id(), plan.code(), plan.title());
    // The options and the summary in the plan's language: the draft form is in it.
    var words = stepWords.of(execution);
    Map<String, String> options = new LinkedHashMap<>();
    departments.namesById().keySet().forEach(id -> options.put(id, words.group(id)));
    vars.setDepartmentOptions(options);
    vars.setAcknowledgeGroupOptions(AcknowledgeGroups.options(options, words));
    vars.setContentSummary(ContentSummary.of(version.content(), words));
    execution.setProcessBusinessKey(plan.code() + " #" + version.sequence());
  }

  private static VersionRequest request(PlanVersionVariables vars) {
    VersionRequest.Kind kind = vars.requestKind();
    if (kind == VersionRequest.Kind.NEW_VERSION) {
      return new VersionRequest(kind, vars.planCode(), null, null, null);
    }
    return new VersionRequest(
        kind, vars.planCode(), vars.planTitle(), vars.planType(), vars.planLanguage());
  }
}
