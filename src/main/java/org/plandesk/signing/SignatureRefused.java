package org.plandesk.signing;

import java.time.Instant;
import org.plandesk.system.DomainException;
import org.plandesk.system.Text;

/**
 * A signature refused: no password, a wrong one, signing locked after too many wrong ones, or a
 * signed task completed without a signature. Nothing is signed or decided; the task stays open.
 */
public class SignatureRefused extends DomainException {

  /** Why. */
  public enum Reason {
    /** No password was entered: 400. */
    MISSING,
    /** The password is not the signer's: 403. */
    WRONG_PASSWORD,
    /** Too many wrong passwords: signing is locked for a while (429). */
    LOCKED,
    /** The task was completed without the password being checked (a signed task): 400. */
    NOT_SIGNED
  }

  private final Reason reason;

  private SignatureRefused(Reason reason, Text text) {
    super(Kind.RULE_VIOLATION, text);
    this.reason = reason;
  }

  static SignatureRefused missing() {
    return new SignatureRefused(Reason.MISSING, Text.of("signing.passwordRequired"));
  }

  static SignatureRefused wrongPassword(int triesLeft) {
    return new SignatureRefused(Reason.WRONG_PASSWORD, Text.of("signing.wrongPassword", triesLeft));
  }

  static SignatureRefused locked(Instant until) {
    return new SignatureRefused(Reason.LOCKED, Text.of("signing.locked", until));
  }

  static SignatureRefused notSigned() {
    return new SignatureRefused(Reason.NOT_SIGNED, Text.of("signing.notSigned"));
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status of the refusal where a filter answers it itself. */
  public int status() {
    return switch (reason) {
      case MISSING, NOT_SIGNED -> 400;
      case WRONG_PASSWORD -> 403;
      case LOCKED -> 429;
    };
  }
}
