package org.plandesk.notification;

import java.time.Clock;

/**
 * The outbox's time: the machine's clock, not PlanDesk's {@link org.plandesk.process.EngineClock}.
 * A mail's due time, its claim and its retries are compared with those of every other node on the
 * database, each on its own machine's clock; a test that moves the engine's clock to fire a timer
 * must not make mails written meanwhile wait, nor claims look expired to another node.
 */
final class OutboxTime {

  static final Clock CLOCK = Clock.systemDefaultZone();

  private OutboxTime() {}
}
