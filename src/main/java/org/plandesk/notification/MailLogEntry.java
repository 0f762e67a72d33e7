package org.plandesk.notification;

import java.time.Instant;

/**
 * One mail about a plan version as the audit trail shows it: to whom, what, and what became of it
 * ({@code sentAt} once sent; {@code lastError} when the last attempt failed).
 */
public record MailLogEntry(
    MailKind kind,
    MailStatus status,
    String recipientUser,
    String recipientName,
    String recipientAddress,
    String subject,
    Instant createdAt,
    Instant sentAt,
    String lastError) {}
