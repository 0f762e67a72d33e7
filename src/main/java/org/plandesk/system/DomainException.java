package org.plandesk.system;

/**
 * A request refused for a reason of PlanDesk's domain: the one family of refusals every feature
 * throws (e.g. {@code PlanRuleViolation}, {@code PlanNotFound}, {@code GrantNotFound}). Nothing was
 * changed, and its {@link Text} tells people why, in their language where it is answered ({@link
 * #getMessage()} is the English default, for logs). Its {@link Kind} decides the answer on every
 * surface ({@link Failures} for pages and Camunda's REST, {@link ApiErrors} for {@code /api}), so a
 * feature adds a refusal without touching either.
 */
public abstract class DomainException extends RuntimeException {

  /** What kind of refusal, and so which answer. */
  public enum Kind {
    /** A broken rule or an invalid value: 400, with what to fix. */
    RULE_VIOLATION(400, Failures.INVALID),
    /** No such thing (plan, version, grant, ...): 404. */
    NOT_FOUND(404, Failures.NOT_FOUND),
    /** A collision with what another request recorded first: 409, reload and try again. */
    CONFLICT(409, Failures.CONFLICT),
    /** The reader is not the person this is for (a version they are not asked to confirm): 403. */
    FORBIDDEN(403, Failures.FORBIDDEN);

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
  private final Text text;

  protected DomainException(Kind kind, Text text) {
    super(text.english());
    this.kind = kind;
    this.text = text;
  }

  protected DomainException(Kind kind, Text text, Throwable cause) {
    super(text.english(), cause);
    this.kind = kind;
    this.text = text;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * What is refused, as a key and arguments: said in the reader's language where it is answered.
   */
  public Text text() {
    return text;
  }

  /** The refusal in the reader's language. */
  public String messageIn(java.util.Locale locale) {
    return text.in(locale);
  }
}
