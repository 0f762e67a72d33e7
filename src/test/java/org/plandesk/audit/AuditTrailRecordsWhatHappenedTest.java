package org.plandesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail records what happened, never a step that was cancelled before its moment. */
@PlanDeskTest
class AuditTrailRecordsWhatHappenedTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired AuditTrail audit;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anApprovedVersionCancelledBeforeItsEffectiveDateNeverReachedIt() {
    var driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
    String code = "AUDIT-CANCEL-" + System.nanoTime() % 100000;
    ProcessInstance pi = driver.approvedWithoutInput(code, TODAY, TODAY.plusDays(30));
    driver.reachDay(TODAY.plusDays(1));

    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "cancelled by the administrator");

    assertThat(audit.trail(code, new AuditTrail.Filter(null, null, null)))
        .extracting(AuditEntry::action)
        .doesNotContain("Effective date reached", "Version entered into force");
  }

  @Test
  void aVersionInForceReachedItsEffectiveDate() {
    var driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
    String code = "AUDIT-FORCE-" + System.nanoTime() % 100000;
    driver.approvedWithoutInput(code, TODAY, TODAY.plusDays(5));
    driver.reachDay(TODAY.plusDays(5));

    assertThat(audit.trail(code, new AuditTrail.Filter(null, null, null)))
        .extracting(AuditEntry::action)
        .contains("Effective date reached", "Version entered into force");
  }
}
