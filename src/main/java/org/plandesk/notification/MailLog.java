package org.plandesk.notification;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The mails written about a plan version, whatever became of them, for the audit trail. */
@Service
public class MailLog {

  private final JdbcClient jdbc;

  MailLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<MailLogEntry> ofVersion(long versionId) {
    return jdbc.sql("SELECT kind, status, recipient_user, recipient_name, recipient_address, subject,"
            + " created_at, sent_at, last_error FROM mail_outbox WHERE version_id = ? ORDER BY id")
        .param(versionId)
        .query((rs, row) -> new MailLogEntry(
            MailKind.valueOf(rs.getString(1)),
            MailStatus.valueOf(rs.getString(2)),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getTimestamp(7).toInstant(),
            rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
            rs.getString(9)))
        .list();
  }
}
