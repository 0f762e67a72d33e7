package org.plandesk.signing;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The tests' and benchmarks' one way to complete a signed task through the Java API: the signer's
 * password is checked against the engine's stored hash, as {@link SigningGate} does, and the
 * completion runs with the checked signer handed to the task's listener. (The lock-out after wrong
 * passwords is the gate's, tested through HTTP in {@code SigningHttpTest}.)
 */
public final class SignedCompletion {

  /** The password of the demo users and test users. */
  public static final String DEMO_PASSWORD = "demo";

  /**
   * The passwords the tests' users have: the demo users', and {@code TestStaff}'s (the users a test
   * on PostgreSQL creates as an administrator would).
   */
  public static final List<String> TEST_PASSWORDS = List.of(DEMO_PASSWORD, "test");

  /** The user tasks whose forms carry the password field. */
  public static final Set<String> SIGNED_TASKS =
      Set.of("Task_ApproveVersion", "Task_ApproveGrantRequest", "Task_SignOffReport");

  /** The form field of the password; taken out of the form before the engine sees it. */
  public static final String PASSWORD_FIELD = "signaturePassword";

  private SignedCompletion() {}

  /** The test password of a user, if one of {@link #TEST_PASSWORDS} is theirs. */
  public static Optional<String> testPasswordOf(ProcessEngine engine, String userId) {
    PasswordCheck check = new PasswordCheck(engine);
    return TEST_PASSWORDS.stream().filter(p -> check.matches(userId, p)).findFirst();
  }

  public static boolean isSigned(Task task) {
    return SIGNED_TASKS.contains(task.getTaskDefinitionKey());
  }

  /**
   * Runs the completion of a signed task as the signer, after checking their password.
   *
   * @throws IllegalArgumentException when the password is not the user's
   */
  public static void complete(
      ProcessEngine engine, String userId, String password, Task task, Runnable completion) {
    if (!new PasswordCheck(engine).matches(userId, password)) {
      throw new IllegalArgumentException("Not the password of " + userId);
    }
    VerifiedSigner signer =
        new VerifiedSigner(
            userId,
            task.getId(),
            ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS));
    try (SigningGate.Scope ignored = SigningGate.hand(signer)) {
      completion.run();
    }
  }
}
