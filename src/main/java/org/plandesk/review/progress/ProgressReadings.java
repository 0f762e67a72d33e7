package org.plandesk.review.progress;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monitoring data the progress page draws that the review's API gives only in part. */
@Repository
class ProgressReadings {

  private final JdbcClient jdbc;

  ProgressReadings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A recorded actual value of an indicator (by its name in the plan). */
  record IndicatorReading(String indicator, IndicatorChart.Value value) {}

  /**
   * Every actual value recorded for these versions of a plan, oldest first: an indicator a new
   * version keeps goes on with the values of the versions before it.
   */
  List<IndicatorReading> indicatorValues(List<Long> versionIds) {
    if (versionIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT indicator, actual_value, value_date FROM indicator_value"
                + " WHERE version_id IN (:versions) ORDER BY value_date, id")
        .param("versions", versionIds)
        .query(
            (rs, n) ->
                new IndicatorReading(
                    rs.getString("indicator"),
                    new IndicatorChart.Value(
                        rs.getDate("value_date").toLocalDate(), rs.getBigDecimal("actual_value"))))
        .list();
  }
}
