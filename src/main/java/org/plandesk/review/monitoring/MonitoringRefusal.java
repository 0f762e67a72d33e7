package org.plandesk.review.monitoring;

/**
 * A monitoring page or save refused before anything was written: the HTTP status and the message
 * ({@code living.monitoring.refused.*}) shown in the reader's language.
 */
class MonitoringRefusal extends RuntimeException {

  private final int status;
  private final String messageKey;

  MonitoringRefusal(int status, String messageKey) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
  }

  int status() {
    return status;
  }

  String messageKey() {
    return messageKey;
  }
}
