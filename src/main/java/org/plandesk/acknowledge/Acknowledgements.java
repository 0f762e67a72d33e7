package org.plandesk.acknowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.identity.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read and acknowledge, the domain: a round per version in force, one row per person asked (not a
 * user task each: 500 staff make 500 small rows and no engine work), a confirmation set once and
 * never changed, the round closed when the version leaves force. Events ({@link
 * AcknowledgementEvents}) are published in the transaction of the change.
 */
@Service
@Transactional
public class Acknowledgements {

  private static final Logger log = LoggerFactory.getLogger(Acknowledgements.class);

  private final AcknowledgementRepository repository;
  private final Audience audience;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Acknowledgements(
      AcknowledgementRepository repository,
      Audience audience,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.audience = audience;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Opens the round of a version that entered into force, asking every member of the groups (all
   * staff when none; a group no longer there asks nobody): how many people are asked. Opening again
   * changes nothing (a retried step).
   */
  public int open(long versionId, List<String> groups) {
    if (repository.roundExists(versionId)) {
      return repository.statuses(List.of(versionId)).get(versionId).total();
    }
    List<Person> people = audience.of(groups);
    repository.insertRound(versionId, groups, people, clock.instant());
    log.info("Version {}: {} people asked to read and acknowledge it", versionId, people.size());
    return people.size();
  }

  /**
   * Records that the person read the version, once and for good: refused when they are not asked
   * (403), when they confirmed already or the version is no longer in force (409), when there is no
   * round (404). The last confirmation completes the round.
   */
  public Confirmation confirm(long versionId, String userId) {
    AcknowledgementStatus status = status(versionId).orElseThrow(() -> notFound(versionId));
    Confirmation line =
        repository.line(versionId, userId).orElseThrow(AcknowledgementRefused::notAsked);
    if (line.confirmed()) {
      throw AcknowledgementRefused.alreadyConfirmed(line.confirmedAt());
    }
    if (status.closed()) {
      throw AcknowledgementRefused.closed();
    }
    Instant now = clock.instant();
    if (!repository.confirm(versionId, userId, now)) {
      // Another request of the same person (a second tab) came first.
      Confirmation first = repository.line(versionId, userId).orElseThrow();
      if (first.confirmed()) {
        throw AcknowledgementRefused.alreadyConfirmed(first.confirmedAt());
      }
      throw AcknowledgementRefused.closed();
    }
    log.info("Version {} acknowledged by {}", versionId, userId);
    if (repository.unconfirmedCount(versionId) == 0) {
      events.publishEvent(new AcknowledgementEvents.AllConfirmed(versionId));
    }
    return new Confirmation(userId, line.name(), now);
  }

  /** The reminder is due: records it and tells who has not confirmed; how many they are. */
  public int remind(long versionId) {
    List<Confirmation> missing = repository.unconfirmed(versionId);
    repository.markReminded(versionId, missing.size(), clock.instant());
    if (!missing.isEmpty()) {
      events.publishEvent(
          new AcknowledgementEvents.ReminderDue(
              versionId, missing.stream().map(Confirmation::userId).toList()));
    }
    return missing.size();
  }

  /** The escalation is due: records it and tells the coordinator who is missing; how many. */
  public int escalate(long versionId) {
    List<Confirmation> missing = repository.unconfirmed(versionId);
    repository.markEscalated(versionId, missing.size(), clock.instant());
    if (!missing.isEmpty()) {
      events.publishEvent(
          new AcknowledgementEvents.EscalationDue(
              versionId, missing.stream().map(Confirmation::name).toList()));
    }
    return missing.size();
  }

  /**
   * The version left force (SUPERSEDED or RETIRED): its open acknowledgements close, none can be
   * given any more; the confirmations given stay. How many were left open.
   */
  public int close(long versionId, String reason) {
    if (!repository.roundExists(versionId)) {
      return 0;
    }
    int open = repository.unconfirmedCount(versionId);
    if (repository.close(versionId, reason, clock.instant())) {
      log.info("Version {} {}: {} open acknowledgement(s) closed", versionId, reason, open);
    }
    return open;
  }

  @Transactional(readOnly = true)
  public Optional<AcknowledgementStatus> status(long versionId) {
    return Optional.ofNullable(repository.statuses(List.of(versionId)).get(versionId));
  }

  @Transactional(readOnly = true)
  public Map<Long, AcknowledgementStatus> statuses(Collection<Long> versionIds) {
    return repository.statuses(versionIds);
  }

  /** Whether the person is asked to read and confirm the version. */
  @Transactional(readOnly = true)
  public boolean isAsked(long versionId, String userId) {
    return repository.line(versionId, userId).isPresent();
  }

  /** The person's line of the round, if they are asked. */
  @Transactional(readOnly = true)
  public Optional<Confirmation> line(long versionId, String userId) {
    return repository.line(versionId, userId);
  }

  /** The versions the person still has to read and confirm, oldest first. */
  @Transactional(readOnly = true)
  public List<OpenAcknowledgement> openFor(String userId) {
    return repository.openFor(userId);
  }

  private static AcknowledgementRefused notFound(long versionId) {
    return AcknowledgementRefused.notFound(versionId);
  }
}
