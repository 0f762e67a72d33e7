package org.plandesk.system;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
  static final String FORBIDDEN = "AuthorizationException";

  /** The sentences of the answers, in {@code i18n/messages*.properties}. */
  static final String NOT_VALID = "failure.notValid";

  static final String CONCURRENT_CHANGE = "failure.concurrentChange";
  static final String ALREADY_EXISTS = "failure.alreadyExists";
  static final String TOO_LONG = "failure.tooLong";
  static final String TASK_GONE = "failure.taskGone";
  static final String JAVA_SERIALIZATION = "failure.javaSerialization";
  static final String TYPE_NOT_ALLOWED = "failure.typeNotAllowed";

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
    return answer(failure, request, Locale.ENGLISH);
  }

  /** The same, said in the reader's language. */
  public static Answer answer(Throwable failure, String request, Locale reader) {
    Answer known = known(failure, reader);
    return known != null ? known : unexpected(failure, request, reader);
  }

  /**
   * A 500 for an unexpected failure; the exception is logged at ERROR with the answer's reference.
   */
  public static Answer unexpected(Throwable failure, String request) {
    return unexpected(failure, request, Locale.ENGLISH);
  }

  /** The same, said in the reader's language. */
  public static Answer unexpected(Throwable failure, String request, Locale reader) {
    String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    log.error("Unexpected failure, reference {}, on {}", reference, request, failure);
    return new Answer(
        500, SERVER_ERROR, Text.of("failure.serverError.reference", reference).in(reader));
  }

  /**
   * The answer to a failure PlanDesk knows, found anywhere in its causes (the engine wraps what
   * listeners and delegates throw), or null.
   */
  public static Answer known(Throwable failure) {
    return known(failure, Locale.ENGLISH);
  }

  /**
   * The same, said in the reader's language. A refusal of PlanDesk's domain is found first, however
   * deep the engine wrapped it (a rule broken in a listener arrives as the engine's form validation
   * error, with the refusal as its cause), so that its own sentence is said.
   */
  public static Answer known(Throwable failure, Locale reader) {
    List<Throwable> causes = causes(failure);
    for (Throwable t : causes) {
      DomainException refused = refusal(t);
      if (refused != null) {
        if (refused.kind() == DomainException.Kind.CONFLICT) {
          log.info("Conflict, answered 409: {}", t.toString());
        }
        return knownAlone(refused, reader);
      }
    }
    for (Throwable t : causes) {
      Answer answer = knownAlone(t, reader);
      if (answer != null) {
        if (answer.status() == 409) {
          log.info("Conflict, answered 409: {}", t.toString());
          String alreadyExists = Text.of(ALREADY_EXISTS).in(reader);
          if (answer.message().equals(alreadyExists)
              && Locale.ENGLISH.getLanguage().equals(reader.getLanguage())) {
            // Camunda's own words are English: said to an English reader only.
            answer = new Answer(409, CONFLICT, engineWording(causes, alreadyExists));
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
   * A refusal answered by a filter in front of Camunda's REST (e.g. a signature refused before the
   * engine runs), said in the language of the request's reader as the engine's own refusals are.
   */
  public static Answer answerTo(
      DomainException refused, jakarta.servlet.http.HttpServletRequest request) {
    return knownAlone(refused, ReaderLocale.of(request));
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

  private static Answer knownAlone(Throwable t, Locale reader) {
    if (t instanceof DomainException refused) {
      DomainException.Kind kind = refused.kind();
      // A rule's message is shown unless it tells of the inside; what is missing or taken, as is.
      String said = refused.messageIn(reader);
      String message =
          kind == DomainException.Kind.RULE_VIOLATION
              ? shown(said, Text.of(NOT_VALID).in(reader))
              : said;
      return new Answer(kind.status(), kind.type(), message);
    }
    if (t instanceof FormFieldValidationException) {
      // The engine's own form validation (a required field, a pattern): its words are English.
      return new Answer(400, INVALID, shown(t.getMessage(), Text.of(NOT_VALID).in(reader)));
    }
    if (t instanceof OptimisticLockingException) {
      return new Answer(409, "OptimisticLockingException", Text.of(CONCURRENT_CHANGE).in(reader));
    }
    if (t instanceof TaskAlreadyClaimedException) {
      return new Answer(
          409, "TaskAlreadyClaimedException", Text.of("failure.alreadyClaimed").in(reader));
    }
    if (t instanceof AuthorizationException) {
      return new Answer(
          403,
          "AuthorizationException",
          shown(t.getMessage(), Text.of("failure.forbidden").in(reader)));
    }
    // The engine's wording for a task id that no longer exists (claim, assign, complete).
    if (t instanceof NullValueException
        && t.getMessage() != null
        && t.getMessage().startsWith("Cannot find task with id")) {
      return new Answer(404, NOT_FOUND, Text.of(TASK_GONE).in(reader));
    }
    if (t instanceof DuplicateKeyException || sqlState(t, "23505")) {
      return new Answer(409, CONFLICT, Text.of(ALREADY_EXISTS).in(reader));
    }
    if (sqlState(t, "22001")
        || (t instanceof ProcessEngineException e
            && e.getCode() == BuiltinExceptionCode.COLUMN_SIZE_TOO_SMALL.getCode())) {
      return new Answer(400, INVALID, Text.of(TOO_LONG).in(reader));
    }
    String message = t.getMessage();
    if (message == null) {
      return null;
    }
    // Camunda's identity service refusing an id outside its allowed pattern (letters and digits).
    if (message.contains("is not a valid resource identifier")) {
      String what =
          message.startsWith("Group") ? "group" : message.startsWith("Tenant") ? "tenant" : "user";
      return new Answer(400, INVALID, Text.of("failure.invalidId." + what).in(reader));
    }
    if (message.contains("Java serialization format is prohibited")) {
      return new Answer(400, INVALID, Text.of(JAVA_SERIALIZATION).in(reader));
    }
    if (message.contains("not whitelisted for deserialization")) {
      return new Answer(400, INVALID, Text.of(TYPE_NOT_ALLOWED).in(reader));
    }
    return null;
  }

  /** A refusal of the domain: itself, or carried as the detail of the engine's form error. */
  private static DomainException refusal(Throwable t) {
    if (t instanceof DomainException refused) {
      return refused;
    }
    if (t instanceof FormFieldValidationException form) {
      Object detail = form.getDetail();
      return detail instanceof DomainException refused ? refused : null;
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
