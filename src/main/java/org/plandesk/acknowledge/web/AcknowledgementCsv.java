package org.plandesk.acknowledge.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.plandesk.acknowledge.AcknowledgementStatus;
import org.plandesk.acknowledge.Confirmation;

/**
 * A version's confirmations as RFC 4180 CSV: one row per person asked, confirmed or not, with the
 * moment of the confirmation; a cell a spreadsheet would read as a formula is quoted with a leading
 * '. The words are English, like the audit trail's exports.
 */
final class AcknowledgementCsv {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
  private static final List<String> HEADER =
      List.of("version", "user id", "name", "status", "confirmed at");

  private AcknowledgementCsv() {}

  static String of(String versionNumber, AcknowledgementStatus status) {
    StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (Confirmation c : status.people()) {
      out.append(
              String.join(
                  ",",
                  List.of(
                      cell(versionNumber),
                      cell(c.userId()),
                      cell(c.name()),
                      cell(c.confirmed() ? "confirmed" : status.closed() ? "closed" : "open"),
                      cell(c.confirmed() ? TIME.format(c.confirmedAt()) : ""))))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
