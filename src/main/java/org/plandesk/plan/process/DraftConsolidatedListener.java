package org.plandesk.plan.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.process.RuleGuard;
import org.plandesk.process.StepWords;
import org.springframework.stereotype.Component;

/**
 * Complete listener of {@code Task_ConsolidateDraft}: sends the consolidated draft to the director
 * (DRAFT to IN_APPROVAL) once its content is complete, with the groups who will read and confirm it
 * in force (acknowledgeGroups, one of acknowledgeGroupOptions each; none: all staff). Refreshes
 * contentSummary and clears directorComment.
 */
@Component("draftConsolidated")
class DraftConsolidatedListener implements TaskListener {

  private final PlanService plans;
  private final StepWords stepWords;

  DraftConsolidatedListener(PlanService plans, StepWords stepWords) {
    this.plans = plans;
    this.stepWords = stepWords;
  }

  @Override
  public void notify(DelegateTask task) {
    var vars = PlanVersionVariables.of(task);
    RuleGuard.enforce(
        () -> AcknowledgeGroups.check(vars.acknowledgeGroups(), vars.acknowledgeGroupOptions()));
    PlanContent sent = RuleGuard.enforce(() -> plans.submitForApproval(vars.versionId()));
    vars.setContentSummary(ContentSummary.of(sent, stepWords.of(task)));
    // The coordinator has seen the director's request; the next approval starts without it.
    vars.clearDirectorComment();
  }
}
