package org.plandesk.review.process;

import java.time.Period;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.identity.Group;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.process.StepWords;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_MonitoringStarted}, one per instrument: finds the group
 * responsible for the instrument (a group named by id or name in the plan, else the coordinator)
 * and its first due date (the effective date plus one period). Reads instrument, versionId,
 * effectiveDate; writes monitoringGroup, monitoringDueAt and indicatorList.
 */
@Component("monitoringStarted")
class MonitoringStartedListener implements ExecutionListener {

  private final PlanService plans;
  private final MonitoringTexts texts;
  private final IdentityService identity;
  private final StepWords stepWords;

  MonitoringStartedListener(
      PlanService plans, MonitoringTexts texts, IdentityService identity, StepWords stepWords) {
    this.stepWords = stepWords;
    this.plans = plans;
    this.texts = texts;
    this.identity = identity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var vars = PlanReviewVariables.of(execution);
    PlanContent.MonitoringInstrument instrument = instrument(vars.versionId(), vars.instrument());
    vars.setMonitoring(
        groupOf(instrument.responsible()),
        vars.effectiveDate().plus(period(instrument.periodicity())),
        texts.indicatorList(vars.versionId(), stepWords.of(execution)));
  }

  PlanContent.MonitoringInstrument instrument(long versionId, String name) {
    return plans.version(versionId).content().monitoringInstruments().stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The version has no instrument " + name));
  }

  static Period period(PlanContent.Periodicity periodicity) {
    if (periodicity == null) {
      return Period.ofYears(1);
    }
    return switch (periodicity) {
      case MONTHLY -> Period.ofMonths(1);
      case QUARTERLY -> Period.ofMonths(3);
      case HALF_YEARLY -> Period.ofMonths(6);
      case YEARLY -> Period.ofYears(1);
    };
  }

  private String groupOf(String responsible) {
    if (responsible == null || responsible.isBlank()) {
      return Groups.COORDINATOR;
    }
    String wanted = responsible.strip();
    return identity.createGroupQuery().list().stream()
        .filter(g -> g.getId().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(g.getName()))
        .map(Group::getId)
        .findFirst()
        .orElse(Groups.COORDINATOR);
  }
}
