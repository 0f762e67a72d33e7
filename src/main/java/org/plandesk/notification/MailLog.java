package org.plandesk.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The mails written about plan versions, whatever became of them, for the audit trail. */
@Service
public class MailLog {

  private final JdbcClient jdbc;

  MailLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The mails of each of these versions, in the order they were written, in one query. */
  public Map<Long, List<MailLogEntry>> ofVersions(Collection<Long> versionIds) {
    Map<Long, List<MailLogEntry>> byVersion = new HashMap<>();
    if (versionIds.isEmpty()) {
      return byVersion;
    }
    jdbc.sql(
            "SELECT version_id, kind, status, recipient_user, recipient_name, recipient_address, subject,"
                + " created_at, sent_at, last_error FROM mail_outbox WHERE version_id IN (:ids) ORDER BY id")
        .param("ids", versionIds)
        .query(
            rs -> {
              byVersion
                  .computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>())
                  .add(
                      new MailLogEntry(
                          MailKind.valueOf(rs.getString("kind")),
                          MailStatus.valueOf(rs.getString("status")),
                          rs.getString("recipient_user"),
                          rs.getString("recipient_name"),
                          rs.getString("recipient_address"),
                          rs.getString("subject"),
                          rs.getTimestamp("created_at").toInstant(),
                          rs.getTimestamp("sent_at") == null
                              ? null
                              : rs.getTimestamp("sent_at").toInstant(),
                          rs.getString("last_error")));
            });
    return byVersion;
  }
}
