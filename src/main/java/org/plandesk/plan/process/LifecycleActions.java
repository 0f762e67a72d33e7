package org.plandesk.plan.process;

import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.process.StepWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What PlanDesk's own pages and API ask of a running lifecycle. */
@Service
public class LifecycleActions {

  private final RuntimeService runtime;
  private final PlanService plans;
  private final StepWords stepWords;

  LifecycleActions(RuntimeService runtime, PlanService plans, StepWords stepWords) {
    this.runtime = runtime;
    this.plans = plans;
    this.stepWords = stepWords;
  }

  /**
   * Withdraws a version before approval: checked first, so a refused withdrawal changes nothing.
   */
  @Transactional
  public void withdraw(long versionId, String reason) {
    plans.checkWithdrawal(versionId, reason);
    PlanVersion version = plans.version(versionId);
    runtime
        .createMessageCorrelation(PlanVersionProcess.MESSAGE_WITHDRAW)
        .processInstanceId(version.processInstanceId())
        .setVariable(
            PlanVersionVariables.WITHDRAWAL_REASON.name(),
            PlanVersionVariables.WITHDRAWAL_REASON.stored(reason))
        .correlate();
  }

  /** Keeps the forms' summary of a draft in step with what the editor saved. */
  @Transactional
  public void contentSaved(PlanVersion version) {
    if (version.processInstanceId() != null
        && runtime
                .createProcessInstanceQuery()
                .processInstanceId(version.processInstanceId())
                .count()
            > 0) {
      Locale language = Locale.forLanguageTag(plans.planOf(version).language().name());
      runtime.setVariable(
          version.processInstanceId(),
          PlanVersionVariables.CONTENT_SUMMARY.name(),
          PlanVersionVariables.CONTENT_SUMMARY.stored(
              ContentSummary.of(version.content(), stepWords.in(language))));
    }
  }
}
