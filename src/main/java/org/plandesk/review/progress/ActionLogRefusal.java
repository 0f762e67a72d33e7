package org.plandesk.review.progress;

import org.springframework.http.HttpStatus;

/**
 * A record of the implementation log refused before anything was written: the answer's status and
 * the message ({@code living.activity.refused.*}) the progress page shows in the reader's language.
 */
class ActionLogRefusal extends RuntimeException {

  private final HttpStatus status;
  private final String planCode;
  private final String messageKey;

  ActionLogRefusal(HttpStatus status, String planCode, String messageKey) {
    super(messageKey);
    this.status = status;
    this.planCode = planCode;
    this.messageKey = messageKey;
  }

  /** The plan whose page the refusal is shown on. */
  String planCode() {
    return planCode;
  }

  HttpStatus status() {
    return status;
  }

  String messageKey() {
    return messageKey;
  }
}
