package org.plandesk.grant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals and action items grant requests fund (V14 migration). */
@Repository
class GrantLinkRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  GrantLinkRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Locks the request's row until the transaction ends, so that two people setting its links at the
   * same moment do so one after the other: the second sees the first's links, none is half written.
   */
  void lockRequest(long grantId) {
    jdbc.sql("UPDATE grant_request SET updated_at = ? WHERE id = ?")
        .params(Timestamp.from(clock.instant()), grantId)
        .update();
  }

  List<GrantLink> find(long grantId) {
    return jdbc.sql("SELECT * FROM grant_link WHERE grant_id = ? ORDER BY kind DESC, id")
        .param(grantId)
        .query(GrantLinkRepository::link)
        .list();
  }

  /** Every link to this plan, by request. */
  List<GrantLink> findByPlan(long planId) {
    return jdbc.sql("SELECT * FROM grant_link WHERE plan_id = ? ORDER BY grant_id, kind DESC, id")
        .param(planId)
        .query(GrantLinkRepository::link)
        .list();
  }

  void insert(long grantId, long planId, GrantLink.Kind kind, String key, String text, String by) {
    jdbc.sql(
            "INSERT INTO grant_link (grant_id, plan_id, kind, item_key, item_text, linked_by,"
                + " linked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(grantId, planId, kind.name(), key, text, by, Timestamp.from(clock.instant()))
        .update();
  }

  void delete(long grantId, GrantLink.Kind kind, String key) {
    jdbc.sql("DELETE FROM grant_link WHERE grant_id = ? AND kind = ? AND item_key = ?")
        .params(grantId, kind.name(), key)
        .update();
  }

  /** Removes the request's links to every plan but this one (null: to every plan). */
  void deleteOtherPlans(long grantId, Long planId) {
    if (planId == null) {
      jdbc.sql("DELETE FROM grant_link WHERE grant_id = ?").param(grantId).update();
    } else {
      jdbc.sql("DELETE FROM grant_link WHERE grant_id = ? AND plan_id <> ?")
          .params(grantId, planId)
          .update();
    }
  }

  private static GrantLink link(ResultSet rs, int row) throws SQLException {
    return new GrantLink(
        rs.getLong("grant_id"),
        GrantLink.Kind.valueOf(rs.getString("kind")),
        rs.getString("item_key"),
        rs.getString("item_text"),
        rs.getString("linked_by"),
        rs.getTimestamp("linked_at").toInstant());
  }
}
