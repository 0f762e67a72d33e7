package org.plandesk.review.process;

import org.camunda.bpm.engine.RuntimeService;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanEvents;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.process.EditorLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a version enters into force (inside that transaction): the review of the version it
 * superseded ends by the {@code versionSuperseded} message, and a review of the new version starts.
 */
@Component
class ReviewStarter {

  private static final Logger log = LoggerFactory.getLogger(ReviewStarter.class);

  private final RuntimeService runtime;
  private final PlanService plans;

  ReviewStarter(RuntimeService runtime, PlanService plans) {
    this.runtime = runtime;
    this.plans = plans;
  }

  @EventListener
  void versionEnteredForce(PlanEvents.VersionEnteredForce event) {
    if (event.supersededVersionId() != null) {
      var ended =
          runtime
              .createMessageCorrelation(PlanReviewProcess.MESSAGE_VERSION_SUPERSEDED)
              .processInstanceVariableEquals(
                  PlanReviewVariables.VERSION_ID.name(),
                  PlanReviewVariables.VERSION_ID.stored(event.supersededVersionId()))
              .correlateAllWithResult();
      log.info(
          "Review of superseded version {} ended ({} instance(s))",
          event.supersededVersionId(),
          ended.size());
    }
    PlanVersion version = plans.version(event.versionId());
    Plan plan = plans.planOf(version);
    var instance =
        runtime
            .createMessageCorrelation(PlanReviewProcess.MESSAGE_VERSION_ENTERED_FORCE)
            .processInstanceBusinessKey(plan.code() + " " + version.versionNumber())
            .setVariables(
                PlanReviewVariables.start(
                    version.id(),
                    plan.code(),
                    plan.title(),
                    plan.type(),
                    version.versionNumber(),
                    version.effectiveDate(),
                    EditorLinks.editor(version.id()),
                    version.content().monitoringInstruments().stream()
                        .map(PlanContent.MonitoringInstrument::name)
                        .distinct()
                        .toList()))
            .correlateStartMessage();
    log.info(
        "Review of plan {} version {} started ({})",
        plan.code(),
        version.versionNumber(),
        instance.getId());
  }
}
