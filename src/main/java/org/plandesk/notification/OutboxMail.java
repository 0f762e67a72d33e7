package org.plandesk.notification;

import java.time.Instant;

/** One row of the mail outbox, as the sender and the admin see it. */
record OutboxMail(
    long id,
    MailKind kind,
    MailStatus status,
    String recipientUser,
    String recipientAddress,
    String recipientName,
    String language,
    String subject,
    String bodyText,
    String bodyHtml,
    Long attachmentId,
    Long versionId,
    String taskId,
    int attempts,
    Instant nextAttemptAt,
    String claimedBy,
    Instant claimedAt,
    Instant handedAt,
    String lastError,
    String messageId,
    Instant createdAt,
    Instant sentAt) {}
