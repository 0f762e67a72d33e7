package org.plandesk.notification;

/** A file sent with mails (the approved DOCX), stored once in the outbox for all its mails. */
record MailAttachment(String fileName, String contentType, byte[] content) {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
