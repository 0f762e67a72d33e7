package org.plandesk.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * PlanDesk's clock: the engine's ({@link ClockUtil}), in the system's time zone. In production it
 * is the machine's; tests move it to reach deadlines, reminders and effective dates, and the
 * process steps, the domain's records and the engine's history then tell the same time. Injected
 * wherever PlanDesk asks for a {@link Clock}: {@code LocalDate.now(clock)}, {@code
 * clock.instant()}.
 */
@Component
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneId.systemDefault());
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
