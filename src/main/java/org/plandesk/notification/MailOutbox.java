package org.plandesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The mail outbox tables ({@code db/migration/V3__mail_outbox.sql}).
 *
 * <p>Writes of new mails join the caller's transaction (the process step). The sender's updates
 * each run on their own: a claim is one atomic {@code UPDATE ... WHERE id = ? AND status =
 * 'PENDING'}, so of two sender nodes exactly one gets the row, on H2 and PostgreSQL alike.
 */
@Repository
class MailOutbox {

  private static final int MAX_ERROR = 2000;

  private final JdbcClient jdbc;

  MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertAttachment(MailAttachment attachment, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO mail_attachment (file_name, content_type, content, created_at) VALUES (?, ?, ?, ?)")
        .params(attachment.fileName(), attachment.contentType(), attachment.content(), ts(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<MailAttachment> attachment(long id) {
    return jdbc.sql("SELECT file_name, content_type, content FROM mail_attachment WHERE id = ?")
        .param(id)
        .query((rs, row) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .optional();
  }

  long insert(
      MailKind kind,
      MailStatus status,
      Recipient recipient,
      String language,
      RenderedMail mail,
      Long attachmentId,
      Long versionId,
      String taskId,
      Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO mail_outbox (kind, status, recipient_user, recipient_address, recipient_name,"
                + " language, subject, body_text, body_html, attachment_id, version_id, task_id,"
                + " attempts, next_attempt_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
        .params(
            kind.name(),
            status.name(),
            recipient.userId(),
            recipient.address(),
            recipient.name(),
            language,
            mail.subject(),
            mail.text(),
            mail.html(),
            attachmentId,
            versionId,
            taskId,
            ts(now),
            ts(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<OutboxMail> find(long id) {
    return jdbc.sql("SELECT * FROM mail_outbox WHERE id = ?")
        .param(id)
        .query(MailOutbox::mail)
        .optional();
  }

  /** The newest mails, optionally only those with one status. */
  List<OutboxMail> list(MailStatus status, int limit) {
    String where = status == null ? "" : " WHERE status = :status";
    var sql =
        jdbc.sql(
                "SELECT * FROM mail_outbox"
                    + where
                    + " ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
            .param("limit", limit);
    if (status != null) {
      sql = sql.param("status", status.name());
    }
    return sql.query(MailOutbox::mail).list();
  }

  /** One page of the mails with any of these statuses, newest first. */
  List<OutboxMail> list(Collection<MailStatus> statuses, int offset, int limit) {
    return jdbc.sql(
            "SELECT * FROM mail_outbox WHERE status IN (:statuses) ORDER BY id DESC"
                + " OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
        .param("statuses", names(statuses))
        .param("offset", offset)
        .param("limit", limit)
        .query(MailOutbox::mail)
        .list();
  }

  long count(Collection<MailStatus> statuses) {
    return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status IN (:statuses)")
        .param("statuses", names(statuses))
        .query(Long.class)
        .single();
  }

  private static List<String> names(Collection<MailStatus> statuses) {
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("No status given");
    }
    return statuses.stream().map(MailStatus::name).toList();
  }

  long count(MailStatus status) {
    return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = ?")
        .param(status.name())
        .query(Long.class)
        .single();
  }

  /** Ids of mails whose next attempt is due, oldest first. Not a claim: see {@link #claim}. */
  List<Long> due(Instant now, int limit) {
    return jdbc.sql(
            "SELECT id FROM mail_outbox WHERE status = ? AND next_attempt_at <= ?"
                + " ORDER BY next_attempt_at, id FETCH FIRST ? ROWS ONLY")
        .params(MailStatus.PENDING.name(), ts(now), limit)
        .query(Long.class)
        .list();
  }

  /**
   * Claims a due mail for one sender and counts the attempt. True for exactly one caller: the
   * update re-checks the status under the row lock, so a second sender finds it SENDING and gets 0.
   */
  boolean claim(long id, String sender, Instant now) {
    return jdbc.sql(
                "UPDATE mail_outbox SET status = ?, claimed_by = ?, claimed_at = ?, handed_at = NULL,"
                    + " attempts = attempts + 1 WHERE id = ? AND status = ? AND next_attempt_at <= ?")
            .params(
                MailStatus.SENDING.name(), sender, ts(now), id, MailStatus.PENDING.name(), ts(now))
            .update()
        == 1;
  }

  /**
   * Marks a claimed mail sent, also when its claim expired meanwhile and it became UNCONFIRMED (the
   * server's answer settles it); false if it was taken up again (resent by an admin).
   */
  boolean markSent(long id, String sender, String messageId, Instant now) {
    return jdbc.sql(
                "UPDATE mail_outbox SET status = ?, sent_at = ?, message_id = ?"
                    + " WHERE id = ? AND status IN (?, ?) AND claimed_by = ?")
            .params(
                MailStatus.SENT.name(),
                ts(now),
                messageId,
                id,
                MailStatus.SENDING.name(),
                MailStatus.UNCONFIRMED.name(),
                sender)
            .update()
        == 1;
  }

  /** Records a failed attempt: back to PENDING at {@code nextAttempt}, or FAILED for good. */
  void markFailed(long id, String sender, boolean giveUp, Instant nextAttempt, String error) {
    jdbc.sql(
            "UPDATE mail_outbox SET status = ?, next_attempt_at = ?, last_error = ?"
                + " WHERE id = ? AND status = ? AND claimed_by = ?")
        .params(
            (giveUp ? MailStatus.FAILED : MailStatus.PENDING).name(),
            ts(nextAttempt),
            truncate(error),
            id,
            MailStatus.SENDING.name(),
            sender)
        .update();
  }

  /**
   * Records that the sender is about to hand a claimed mail to the SMTP server; from here on a
   * crash leaves it {@link MailStatus#UNCONFIRMED}, with the Message-ID an admin looks for. False
   * if the claim was lost meanwhile.
   */
  boolean markHanded(long id, String sender, String messageId, Instant now) {
    return jdbc.sql(
                "UPDATE mail_outbox SET handed_at = ?, message_id = ? WHERE id = ? AND status = ? AND claimed_by = ?")
            .params(ts(now), messageId, id, MailStatus.SENDING.name(), sender)
            .update()
        == 1;
  }

  /**
   * Takes up mails whose sender claimed them before {@code claimedBefore} and never finished (the
   * node died). One that never reached the SMTP server is due again now (or FAILED after its last
   * attempt); one that was being handed to it may have been delivered and becomes UNCONFIRMED.
   */
  ExpiredClaims releaseExpiredClaims(Instant claimedBefore, int maxAttempts, Instant now) {
    int unconfirmed =
        jdbc.sql(
                "UPDATE mail_outbox SET status = ?, last_error = ?"
                    + " WHERE status = ? AND claimed_at < ? AND handed_at IS NOT NULL")
            .params(
                MailStatus.UNCONFIRMED.name(),
                "The sender stopped (crashed) while handing this mail to the SMTP server: it may have"
                    + " been delivered. Look for its Message-ID, then confirm it delivered or resend it",
                MailStatus.SENDING.name(),
                ts(claimedBefore))
            .update();
    int due =
        jdbc.sql(
                "UPDATE mail_outbox SET status = CASE WHEN attempts >= ? THEN ? ELSE ? END,"
                    + " next_attempt_at = ?, last_error = ? WHERE status = ? AND claimed_at < ? AND handed_at IS NULL")
            .params(
                maxAttempts,
                MailStatus.FAILED.name(),
                MailStatus.PENDING.name(),
                ts(now),
                "The sender that claimed this mail stopped (crashed) before handing it to the SMTP server",
                MailStatus.SENDING.name(),
                ts(claimedBefore))
            .update();
    return new ExpiredClaims(due, unconfirmed);
  }

  /** What {@link #releaseExpiredClaims} did: mails due again, and mails left for an admin. */
  record ExpiredClaims(int due, int unconfirmed) {}

  /** An admin found an UNCONFIRMED mail delivered (by its Message-ID): it counts as SENT. */
  boolean confirmDelivered(long id) {
    return jdbc.sql(
                "UPDATE mail_outbox SET status = ?, sent_at = handed_at WHERE id = ? AND status = ?")
            .params(MailStatus.SENT.name(), id, MailStatus.UNCONFIRMED.name())
            .update()
        == 1;
  }

  /** Puts a FAILED, HELD or UNCONFIRMED mail back in line for a fresh round of attempts. */
  boolean resend(long id, Instant now) {
    return jdbc.sql(
                "UPDATE mail_outbox SET status = ?, attempts = 0, next_attempt_at = ?, claimed_by = NULL,"
                    + " claimed_at = NULL, handed_at = NULL WHERE id = ? AND status IN (?, ?, ?)")
            .params(
                MailStatus.PENDING.name(),
                ts(now),
                id,
                MailStatus.FAILED.name(),
                MailStatus.HELD.name(),
                MailStatus.UNCONFIRMED.name())
            .update()
        == 1;
  }

  private static OutboxMail mail(ResultSet rs, int row) throws SQLException {
    return new OutboxMail(
        rs.getLong("id"),
        MailKind.valueOf(rs.getString("kind")),
        MailStatus.valueOf(rs.getString("status")),
        rs.getString("recipient_user"),
        rs.getString("recipient_address"),
        rs.getString("recipient_name"),
        rs.getString("language"),
        rs.getString("subject"),
        rs.getString("body_text"),
        rs.getString("body_html"),
        rs.getObject("attachment_id", Long.class),
        rs.getObject("version_id", Long.class),
        rs.getString("task_id"),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        rs.getString("claimed_by"),
        instant(rs, "claimed_at"),
        instant(rs, "handed_at"),
        rs.getString("last_error"),
        rs.getString("message_id"),
        instant(rs, "created_at"),
        instant(rs, "sent_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  /**
   * Whole milliseconds: both databases keep microseconds and would round finer clocks, which could
   * put a mail written "now" just after the "now" a sender compares it with.
   */
  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  private static String truncate(String error) {
    if (error == null) {
      return null;
    }
    return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
  }
}
