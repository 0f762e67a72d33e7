package org.plandesk.acknowledge;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plandesk.identity.Person;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Acknowledgement rounds and the people each asks (V16 migration). A round of 500 people is one
 * batched insert; a version's status is two queries.
 */
@Repository
class AcknowledgementRepository {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  AcknowledgementRepository(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  boolean roundExists(long versionId) {
    return jdbc.sql("SELECT COUNT(*) FROM acknowledgement_round WHERE version_id = ?")
            .param(versionId)
            .query(Integer.class)
            .single()
        > 0;
  }

  void insertRound(long versionId, List<String> groups, List<Person> people, Instant at) {
    jdbc.sql("INSERT INTO acknowledgement_round (version_id, audience, opened_at) VALUES (?, ?, ?)")
        .params(versionId, String.join(",", groups), Timestamp.from(at))
        .update();
    batch.batchUpdate(
        "INSERT INTO acknowledgement (version_id, user_id, user_name) VALUES (?, ?, ?)",
        people,
        500,
        (ps, person) -> {
          ps.setLong(1, versionId);
          ps.setString(2, person.id());
          ps.setString(3, person.name());
        });
  }

  /** The person's line of the round, if they are asked. */
  Optional<Confirmation> line(long versionId, String userId) {
    return jdbc.sql(
            "SELECT user_id, user_name, confirmed_at FROM acknowledgement"
                + " WHERE version_id = ? AND user_id = ?")
        .params(versionId, userId)
        .query(AcknowledgementRepository::confirmation)
        .optional();
  }

  /** Records the confirmation once: false when it was already there (or the round closed). */
  boolean confirm(long versionId, String userId, Instant at) {
    return jdbc.sql(
                "UPDATE acknowledgement SET confirmed_at = ? WHERE version_id = ? AND user_id = ?"
                    + " AND confirmed_at IS NULL AND EXISTS (SELECT 1 FROM acknowledgement_round r"
                    + " WHERE r.version_id = ? AND r.closed_at IS NULL)")
            .params(Timestamp.from(at), versionId, userId, versionId)
            .update()
        == 1;
  }

  int unconfirmedCount(long versionId) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM acknowledgement WHERE version_id = ? AND confirmed_at IS NULL")
        .param(versionId)
        .query(Integer.class)
        .single();
  }

  List<Confirmation> unconfirmed(long versionId) {
    return jdbc.sql(
            "SELECT user_id, user_name, confirmed_at FROM acknowledgement"
                + " WHERE version_id = ? AND confirmed_at IS NULL ORDER BY user_name, user_id")
        .param(versionId)
        .query(AcknowledgementRepository::confirmation)
        .list();
  }

  void markReminded(long versionId, int count, Instant at) {
    jdbc.sql(
            "UPDATE acknowledgement_round SET reminded_at = ?, reminded_count = ?"
                + " WHERE version_id = ?")
        .params(Timestamp.from(at), count, versionId)
        .update();
  }

  void markEscalated(long versionId, int count, Instant at) {
    jdbc.sql(
            "UPDATE acknowledgement_round SET escalated_at = ?, escalated_count = ?"
                + " WHERE version_id = ?")
        .params(Timestamp.from(at), count, versionId)
        .update();
  }

  /** Closes a round still open; false when it was closed already. */
  boolean close(long versionId, String reason, Instant at) {
    return jdbc.sql(
                "UPDATE acknowledgement_round SET closed_at = ?, closed_reason = ?"
                    + " WHERE version_id = ? AND closed_at IS NULL")
            .params(Timestamp.from(at), reason, versionId)
            .update()
        == 1;
  }

  /** The rounds of these versions with everyone asked, by version. */
  Map<Long, AcknowledgementStatus> statuses(Collection<Long> versionIds) {
    Map<Long, AcknowledgementStatus> result = new LinkedHashMap<>();
    if (versionIds.isEmpty()) {
      return result;
    }
    List<Long> ids = List.copyOf(versionIds);
    Map<Long, List<Confirmation>> people = new HashMap<>();
    jdbc.sql(
            "SELECT version_id, user_id, user_name, confirmed_at FROM acknowledgement"
                + " WHERE version_id IN (:ids) ORDER BY user_name, user_id")
        .param("ids", ids)
        .query(
            rs -> {
              people
                  .computeIfAbsent(rs.getLong("version_id"), k -> new ArrayList<>())
                  .add(confirmation(rs, 0));
            });
    jdbc.sql("SELECT * FROM acknowledgement_round WHERE version_id IN (:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              long id = rs.getLong("version_id");
              String audience = rs.getString("audience");
              result.put(
                  id,
                  new AcknowledgementStatus(
                      id,
                      audience == null || audience.isEmpty()
                          ? List.of()
                          : Arrays.asList(audience.split(",")),
                      instant(rs, "opened_at"),
                      people.getOrDefault(id, List.of()),
                      instant(rs, "reminded_at"),
                      (Integer) rs.getObject("reminded_count", Integer.class),
                      instant(rs, "escalated_at"),
                      (Integer) rs.getObject("escalated_count", Integer.class),
                      instant(rs, "closed_at"),
                      rs.getString("closed_reason")));
            });
    return result;
  }

  /** A person's open acknowledgements: unconfirmed lines of rounds not closed. */
  List<OpenAcknowledgement> openFor(String userId) {
    return jdbc.sql(
            "SELECT a.version_id, r.opened_at FROM acknowledgement a"
                + " JOIN acknowledgement_round r ON r.version_id = a.version_id"
                + " WHERE a.user_id = ? AND a.confirmed_at IS NULL AND r.closed_at IS NULL"
                + " ORDER BY r.opened_at")
        .param(userId)
        .query((rs, n) -> new OpenAcknowledgement(rs.getLong(1), instant(rs, "opened_at")))
        .list();
  }

  private static Confirmation confirmation(ResultSet rs, int row) throws SQLException {
    return new Confirmation(
        rs.getString("user_id"), rs.getString("user_name"), instant(rs, "confirmed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
