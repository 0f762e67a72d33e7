package org.plandesk.acknowledge;

import java.util.List;

/**
 * What happened to a version's acknowledgement round, published by {@link Acknowledgements} inside
 * the transaction that made it happen, so mails follow in the same transaction or not at all.
 */
public final class AcknowledgementEvents {

  private AcknowledgementEvents() {}

  /** The last person asked confirmed: the round is complete. */
  public record AllConfirmed(long versionId) {}

  /** The reminder is due: these people have not confirmed yet (user ids). */
  public record ReminderDue(long versionId, List<String> userIds) {}

  /** The escalation is due: the coordinator is told who has not confirmed (names). */
  public record EscalationDue(long versionId, List<String> missingNames) {}
}
