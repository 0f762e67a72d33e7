package org.plandesk.acknowledge;

import java.time.Instant;
import java.util.List;

/**
 * Where a version's acknowledgement round stands: {@link #confirmedCount()} of {@link #total()}
 * confirmed, who is missing, and what the round went through (reminder, escalation, closed when the
 * version left force).
 *
 * @param groups the groups asked; empty when all staff were asked
 * @param people everyone asked, by name, with their confirmation if any
 * @param closedReason SUPERSEDED or RETIRED once closed, else null
 */
public record AcknowledgementStatus(
    long versionId,
    List<String> groups,
    Instant openedAt,
    List<Confirmation> people,
    Instant remindedAt,
    Integer remindedCount,
    Instant escalatedAt,
    Integer escalatedCount,
    Instant closedAt,
    String closedReason) {

  public AcknowledgementStatus {
    groups = List.copyOf(groups);
    people = List.copyOf(people);
  }

  public int total() {
    return people.size();
  }

  public int confirmedCount() {
    return (int) people.stream().filter(Confirmation::confirmed).count();
  }

  /** Those who have not confirmed, by name. */
  public List<Confirmation> missing() {
    return people.stream().filter(p -> !p.confirmed()).toList();
  }

  /** Those who confirmed, earliest first. */
  public List<Confirmation> confirmations() {
    return people.stream()
        .filter(Confirmation::confirmed)
        .sorted(java.util.Comparator.comparing(Confirmation::confirmedAt))
        .toList();
  }

  public boolean closed() {
    return closedAt != null;
  }

  public boolean complete() {
    return confirmedCount() == total();
  }
}
