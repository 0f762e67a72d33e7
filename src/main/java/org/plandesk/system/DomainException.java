package org.plandesk.system;

/**
 * A request refused for a reason of PlanDesk's domain: the one family of refusals every feature
 * throws (e.g. {@code PlanRuleViolation}, {@code PlanNotFound}, {@code GrantNotFound}). Nothing was
 * changed, and the message tells people why. Its {@link Kind} decides the answer on every surface
 * ({@link Failures} for pages and Camunda's REST, {@link ApiErrors} for {@code /api}), so a feature
 * adds a refusal without touching either.
 */
public abstract class DomainException extends RuntimeException {

  /** What kind of refusal, and so which answer. */
  public enum Kind {
    /** A broken rule or an invalid value: 400, with what to fix. */
    RULE_VIOLATION(400, Failures.INVALID),
    /** No such thing (plan, version, grant, ...): 404. */
    NOT_FOUND(404, Failures.NOT_FOUND),
    /** A collision with what another request recorded first: 409, reload and try again. */
    CONFLICT(409, Failures.CONFLICT);

    private final int status;
    private final String type;

    Kind(int status, String type) {
      this.status = status;
      this.type = type;
    }

    /** The HTTP status of the answer. */
    public int status() {
      return status;
    }

    /** The answer's type, in the style of Camunda's REST ({@code NotFoundException}, ...). */
    String type() {
      return type;
    }
  }

  private final Kind kind;

  protected DomainException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  protected DomainException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
