package org.plandesk.acknowledge.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.plandesk.acknowledge.AcknowledgementEvents;
import org.plandesk.acknowledge.AcknowledgementProperties;
import org.plandesk.plan.PlanEvents;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.process.PlanVersionPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Moves the version-acknowledgement processes as the plan's versions move, inside the transaction
 * that moved them: when a version enters into force, the round of the version it superseded closes
 * (by message) and a round of the new version opens, asking the groups chosen at consolidation.
 * Ordered first among the listeners of the entry into force, so the mail about the new version
 * already knows who is asked to confirm it. When the last person confirms, the process ends; when a
 * version is retired, its round closes.
 */
@Component
class AcknowledgementStarter {

  static final String SUPERSEDED = "SUPERSEDED";
  static final String RETIRED = "RETIRED";

  private static final Logger log = LoggerFactory.getLogger(AcknowledgementStarter.class);

  private final RuntimeService runtime;
  private final PlanService plans;
  private final PlanVersionPort versions;
  private final AcknowledgementProperties properties;
  private final IdentityService identity;

  AcknowledgementStarter(
      RuntimeService runtime,
      IdentityService identity,
      PlanService plans,
      PlanVersionPort versions,
      AcknowledgementProperties properties) {
    this.runtime = runtime;
    this.identity = identity;
    this.plans = plans;
    this.versions = versions;
    this.properties = properties;
  }

  @EventListener
  @Order(0)
  void versionEnteredForce(PlanEvents.VersionEnteredForce event) {
    if (event.supersededVersionId() != null) {
      leftForce(event.supersededVersionId(), SUPERSEDED);
    }
    PlanVersion version = plans.version(event.versionId());
    var instance =
        asPlanDesk(
            () ->
                runtime.startProcessInstanceByKey(
                    VersionAcknowledgementProcess.KEY,
                    plans.planOf(version).code() + " " + version.versionNumber(),
                    VersionAcknowledgementVariables.start(
                        version.id(),
                        versions.acknowledgeGroups(version.id()),
                        properties.remindAfter(),
                        properties.escalateAfter())));
    log.info("Acknowledgement of version {} started ({})", version.id(), instance.getId());
  }

  @EventListener
  void versionRetired(PlanEvents.VersionRetired event) {
    leftForce(event.versionId(), RETIRED);
  }

  @EventListener
  void allConfirmed(AcknowledgementEvents.AllConfirmed event) {
    asPlanDesk(
        () ->
            runtime
                .createMessageCorrelation(VersionAcknowledgementProcess.MESSAGE_COMPLETE)
                .processInstanceVariableEquals(
                    VersionAcknowledgementVariables.VERSION_ID.name(),
                    VersionAcknowledgementVariables.VERSION_ID.stored(event.versionId()))
                .correlateAllWithResult());
  }

  private void leftForce(long versionId, String reason) {
    var ended =
        asPlanDesk(
            () ->
                runtime
                    .createMessageCorrelation(VersionAcknowledgementProcess.MESSAGE_LEFT_FORCE)
                    .processInstanceVariableEquals(
                        VersionAcknowledgementVariables.VERSION_ID.name(),
                        VersionAcknowledgementVariables.VERSION_ID.stored(versionId))
                    .setVariables(VersionAcknowledgementVariables.leftForce(reason))
                    .correlateAllWithResult());
    log.info(
        "Acknowledgement of version {} closed: {} ({} instance(s))",
        versionId,
        reason,
        ended.size());
  }

  /**
   * PlanDesk moves its own process, whoever's step caused it: a retirement the director confirms in
   * the Tasklist carries the director's engine authentication, which has no right on this process.
   */
  private <T> T asPlanDesk(Supplier<T> correlation) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return correlation.get();
    }
    identity.clearAuthentication();
    try {
      return correlation.get();
    } finally {
      identity.setAuthentication(current);
    }
  }
}
