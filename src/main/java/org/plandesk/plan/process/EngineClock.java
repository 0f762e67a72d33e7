package org.plandesk.plan.process;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Today by the engine's clock, which tests move to reach deadlines and effective dates. */
final class EngineClock {

  private EngineClock() {}

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }
}
