package org.plandesk.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the password a signer re-enters at the moment of signing, and locks signing for a user
 * after too many wrong ones ({@link SigningProperties}: by default 5 within 15 minutes lock it for
 * 15 minutes). The password goes nowhere but into that comparison: not into a variable, the
 * history, a log line or a mail. Refusals and locks are kept in the database, so they hold across
 * restarts and on every node, and are written whatever happens to the request afterwards. The
 * password is compared with the engine's stored hash ({@link PasswordCheck}) without Camunda's
 * sign-in pause, which would otherwise refuse the director's next request too.
 *
 * <p>A checked signer is handed to the task's complete listener through the request's own thread
 * ({@link #open}), never through anything the client sends.
 */
@Service
public class SigningGate {

  private static final Logger log = LoggerFactory.getLogger(SigningGate.class);
  private static final ThreadLocal<VerifiedSigner> CURRENT = new ThreadLocal<>();

  private final SigningRecords records;
  private final PasswordCheck passwords;
  private final RuntimeService runtime;
  private final SigningProperties settings;
  private final List<SignedContents> contents;
  private final Clock clock;

  SigningGate(
      SigningRecords records,
      PasswordCheck passwords,
      RuntimeService runtime,
      SigningProperties settings,
      List<SignedContents> contents,
      Clock clock) {
    this.records = records;
    this.passwords = passwords;
    this.runtime = runtime;
    this.settings = settings;
    this.contents = contents;
    this.clock = clock;
  }

  /**
   * Checks a signer's password for a task. A refusal ({@link SignatureRefused}) is recorded (a
   * wrong password, a try while locked) in its own transaction, kept even though the request fails.
   *
   * @param processDefinitionId the task's process definition, to find what it signs
   * @param processInstanceId the task's process instance
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = SignatureRefused.class)
  public VerifiedSigner verify(
      String userId,
      String password,
      String taskId,
      String processDefinitionId,
      String processInstanceId) {
    Instant now = clock.instant();
    SignedSubject subject = subjectOf(processDefinitionId, processInstanceId);
    Optional<Instant> lockedUntil = records.latestLockEnd(userId).filter(now::isBefore);
    if (lockedUntil.isPresent()) {
      records.insertFailure(userId, subject, taskId, SigningFailure.Outcome.LOCKED, now);
      log.info(
          "Signing refused for {} on task {}: locked until {}", userId, taskId, lockedUntil.get());
      throw SignatureRefused.locked(lockedUntil.get());
    }
    if (password == null || password.isEmpty()) {
      throw SignatureRefused.missing();
    }
    if (passwords.matches(userId, password)) {
      return new VerifiedSigner(userId, taskId, now.truncatedTo(ChronoUnit.MILLIS));
    }
    records.insertFailure(userId, subject, taskId, SigningFailure.Outcome.WRONG_PASSWORD, now);
    int failures = records.wrongPasswordsSince(userId, countFrom(userId, now));
    log.info(
        "Signing refused for {} on task {}: wrong password ({} of {})",
        userId,
        taskId,
        failures,
        settings.maxFailures());
    if (failures >= settings.maxFailures()) {
      Instant until = now.plus(settings.lockFor());
      records.lock(userId, now, until);
      log.warn("Signing locked for {} until {} after {} wrong passwords", userId, until, failures);
      throw SignatureRefused.locked(until);
    }
    throw SignatureRefused.wrongPassword(settings.maxFailures() - failures);
  }

  /**
   * Hands a checked signer to the task's listener for as long as the scope is open, on this thread
   * only.
   */
  public Scope open(VerifiedSigner signer) {
    return hand(signer);
  }

  static Scope hand(VerifiedSigner signer) {
    VerifiedSigner before = CURRENT.get();
    CURRENT.set(signer);
    return () -> {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    };
  }

  /** The signer checked for this task on this thread, if any. */
  static Optional<VerifiedSigner> current(String taskId) {
    return Optional.ofNullable(CURRENT.get()).filter(s -> s.taskId().equals(taskId));
  }

  /**
   * Wrong passwords count from the latest of: the start of the window, the end of the user's last
   * lock, their last signature.
   */
  private Instant countFrom(String userId, Instant now) {
    Instant from = now.minus(settings.failureWindow());
    for (Optional<Instant> later :
        List.of(records.latestLockEnd(userId), records.latestSignature(userId))) {
      if (later.isPresent() && later.get().isAfter(from) && !later.get().isAfter(now)) {
        from = later.get();
      }
    }
    return from;
  }

  /** What the task of this process signs, read as the engine's system; null when unknown. */
  private SignedSubject subjectOf(String processDefinitionId, String processInstanceId) {
    if (processDefinitionId == null || processInstanceId == null) {
      return null;
    }
    String key = processDefinitionId.split(":", 2)[0];
    for (SignedContents c : contents) {
      SignedContents.Signs signs = c.signs();
      if (signs.processKey().equals(key)) {
        Object id = runtime.getVariable(processInstanceId, signs.subjectVariable());
        return id instanceof Number n ? new SignedSubject(signs.kind(), n.longValue()) : null;
      }
    }
    return null;
  }

  /** An open hand-over of a checked signer; closing it ends it. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
