package org.plandesk.grant;

import org.plandesk.system.RuleViolation;

/**
 * Links of a request refused: the request serves no plan, its plan has no version in force, or a
 * goal or action item named is not in the plan in force. Nothing was written. The reason and the
 * text named let a page say it in the reader's language; the message says it in English for the
 * API.
 *
 * @see GrantLinks#set
 */
public class GrantLinkRefused extends RuleViolation {

  /** Why the links were refused. */
  public enum Reason {
    NO_PLAN,
    NOT_IN_FORCE,
    UNKNOWN_GOAL,
    UNKNOWN_ACTION_ITEM
  }

  private final Reason reason;
  private final String named;

  GrantLinkRefused(Reason reason, String named, String key, Object... args) {
    super(key, args);
    this.reason = reason;
    this.named = named;
  }

  public Reason reason() {
    return reason;
  }

  /** The plan code, or the goal or action item as named in the request; null if none. */
  public String named() {
    return named;
  }
}
