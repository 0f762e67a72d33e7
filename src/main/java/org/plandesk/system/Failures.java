package org.plandesk.system;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * The one place that decides what a failed request is answered, on every surface: PlanDesk's pages
 * and {@code /api} ({@link WebErrors}), {@code /engine-rest} and the webapps' engine API ({@link
 * EngineRestErrors}).
 *
 * <ul>
 *   <li>What the caller can fix or retry is a 4xx with a message for people: a broken rule 400, an
 *       unknown plan or grant 404, a conflict with another request 409 (a lost race, a unique key
 *       someone else filled first), an invalid or too long id 400, a Java-serialized or not allowed
 *       object variable 400. PlanDesk's own refusals are {@link DomainException}s, answered by
 *       their kind.
 *   <li>Anything else is a 500 that says only {@code Something went wrong. Reference: <id>}; the
 *       whole exception is logged at ERROR with that id, so an operator finds it from what the user
 *       reports. SQL, table, index and class names and stack traces stay in the log.
 * </ul>
 *
 * <p>Types follow Camunda's REST ({@code type}, {@code message}), so the Tasklist shows the
 * message.
 */
public final class Failures {

  private static final Logger log = LoggerFactory.getLogger(Failures.class);

  public static final String SERVER_ERROR = "ServerError";
  static final String INVALID = "InvalidRequestException";
  static final String NOT_FOUND = "NotFoundException";
  static final String CONFLICT = "ConflictException";

  static final String NOT_VALID = "The request is not valid";
  static final String CONCURRENT_CHANGE =
      "Someone else changed this at the same moment, so nothing was saved: reload and try again";
  static final String ALREADY_EXISTS =
      "This already exists (perhaps someone saved the same at the same moment), so nothing was saved: reload and check";
  static final String TOO_LONG =
      "A value is too long to be stored, so nothing was saved: shorten it (ids of users, groups and tenants: at most 64 characters)";
  static final String TASK_GONE =
      "The task is no longer open: someone else completed it or it was closed";
  static final String JAVA_SERIALIZATION =
      "Java-serialized objects are not accepted: send the value as a string, number, boolean, date or JSON";
  static final String TYPE_NOT_ALLOWED =
      "Objects of this type are not accepted: send the value as a string, number, boolean, date or JSON";

  /**
   * What gives away the inside: SQL, MyBatis reports, engine table names, Java class names, stack
   * frames.
   */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "###|\\bSQL\\b|SQL statement|\\bERROR:|constraint \"|\\bACT_[A-Z]{2}_|Exception:|\\.java:\\d+"
              + "|\\b(?:java|javax|jakarta|org|com|net|sun)\\.[a-z_$][\\w$]*\\.");

  private Failures() {}

  /**
   * An answer to a failed request: the HTTP status, a type in Camunda's style and a message for
   * people.
   */
  public record Answer(int status, String type, String message) {

    boolean serverError() {
      return status >= 500;
    }
  }

  /**
   * The answer to a failure: a known one's 4xx, else a 500 whose reference is logged at ERROR with
   * the whole exception.
   *
   * @param request what was asked ("POST /engine-rest/task/1/submit-form"), for the log
   */
  public static Answer answer(Throwable failure, String request) {
    Answer known = known(failure);
    return known != null ? known : unexpected(failure, request);
  }

  /**
   * A 500 for an unexpected failure; the exception is logged at ERROR with the answer's reference.
   */
  public static Answer unexpected(Throwable failure, String request) {
    String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    log.error("Unexpected failure, reference {}, on {}", reference, request, failure);
    return new Answer(500, SERVER_ERROR, "Something went wrong. Reference: " + reference);
  }

  /**
   * The answer to a failure PlanDesk knows, found anywhere in its causes (the engine wraps what
   * listeners and delegates throw), or null.
   */
  public static Answer known(Throwable failure) {
    List<Throwable> causes = causes(failure);
    for (Throwable t : causes) {
      Answer answer = knownAlone(t);
      if (answer != null) {
        if (answer.status() == 409) {
          log.info("Conflict, answered 409: {}", t.toString());
          if (answer.message().equals(ALREADY_EXISTS)) {
            answer = new Answer(409, CONFLICT, engineWording(causes, ALREADY_EXISTS));
          }
        }
        return answer;
      }
    }
    return null;
  }

  /**
   * Camunda's own words for a refusal it recognised (e.g. "The user already exists"), else the
   * fallback.
   */
  private static String engineWording(List<Throwable> causes, String fallback) {
    return causes.stream()
        .filter(BadUserRequestException.class::isInstance)
        .map(t -> shown(t.getMessage(), null))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(fallback);
  }

  /**
   * True when a message tells of the inside (SQL, tables, class names, stack frames) and must not
   * be shown.
   */
  public static boolean revealsInternals(String message) {
    return message != null && INTERNALS.matcher(message).find();
  }

  /** The message when it may be shown, else the fallback. */
  public static String shown(String message, String fallback) {
    return message == null || message.isBlank() || revealsInternals(message) ? fallback : message;
  }

  private static Answer knownAlone(Throwable t) {
    if (t instanceof DomainException refused) {
      DomainException.Kind kind = refused.kind();
      // A rule's message is shown unless it tells of the inside; what is missing or taken, as is.
      String message =
          kind == DomainException.Kind.RULE_VIOLATION
              ? shown(t.getMessage(), NOT_VALID)
              : t.getMessage();
      return new Answer(kind.status(), kind.type(), message);
    }
    if (t instanceof FormFieldValidationException) {
      return new Answer(400, INVALID, shown(t.getMessage(), NOT_VALID));
    }
    if (t instanceof OptimisticLockingException) {
      return new Answer(409, "OptimisticLockingException", CONCURRENT_CHANGE);
    }
    if (t instanceof TaskAlreadyClaimedException) {
      return new Answer(
          409,
          "TaskAlreadyClaimedException",
          shown(t.getMessage(), "Someone else has claimed the task"));
    }
    if (t instanceof AuthorizationException) {
      return new Answer(
          403, "AuthorizationException", shown(t.getMessage(), "You may not do this"));
    }
    // The engine's wording for a task id that no longer exists (claim, assign, complete).
    if (t instanceof NullValueException
        && t.getMessage() != null
        && t.getMessage().startsWith("Cannot find task with id")) {
      return new Answer(404, NOT_FOUND, TASK_GONE);
    }
    if (t instanceof DuplicateKeyException || sqlState(t, "23505")) {
      return new Answer(409, CONFLICT, ALREADY_EXISTS);
    }
    if (sqlState(t, "22001")
        || (t instanceof ProcessEngineException e
            && e.getCode() == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode())) {
      return new Answer(400, INVALID, TOO_LONG);
    }
    String message = t.getMessage();
    if (message == null) {
      return null;
    }
    // Camunda's identity service refusing an id outside its allowed pattern (letters and digits).
    if (message.contains("is not a valid resource identifier")) {
      String what =
          message.startsWith("Group") ? "group" : message.startsWith("Tenant") ? "tenant" : "user";
      return new Answer(
          400,
          INVALID,
          "Not a valid " + what + " id: use only the letters A-Z and a-z and the digits 0-9");
    }
    if (message.contains("Java serialization format is prohibited")) {
      return new Answer(400, INVALID, JAVA_SERIALIZATION);
    }
    if (message.contains("not whitelisted for deserialization")) {
      return new Answer(400, INVALID, TYPE_NOT_ALLOWED);
    }
    return null;
  }

  /** The failure, its causes, and the next exceptions of a batch's SQL failure; each once. */
  private static List<Throwable> causes(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> all = new ArrayList<>();
    List<Throwable> todo = new ArrayList<>(List.of(failure));
    while (!todo.isEmpty() && all.size() < 50) {
      Throwable t = todo.remove(0);
      if (t == null || !seen.add(t)) {
        continue;
      }
      all.add(t);
      todo.add(t.getCause());
      if (t instanceof SQLException sql) {
        todo.add(sql.getNextException());
      }
    }
    return all;
  }

  private static boolean sqlState(Throwable t, String state) {
    return t instanceof SQLException sql && state.equals(sql.getSQLState());
  }
}
