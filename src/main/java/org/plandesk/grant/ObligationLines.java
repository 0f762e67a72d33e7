package org.plandesk.grant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.system.Text;

/**
 * Reporting obligations as the funder's decision form takes them (form-js 1.8.7 has no usable
 * dynamic lists in the Tasklist): one line per obligation, {@code YYYY-MM-DD description}.
 */
public final class ObligationLines {

  static final int MAX_OBLIGATIONS = 50;

  /** One parsed line. */
  public record Line(LocalDate dueDate, String description) {}

  private ObligationLines() {}

  /** Parses the lines, ignoring blank ones; at least one obligation is required. */
  public static List<Line> parse(String text) {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String raw : text == null ? new String[0] : text.split("\\R")) {
      number++;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      LocalDate due;
      try {
        due = LocalDate.parse(parts[0]);
      } catch (DateTimeParseException e) {
        throw new PlanRuleViolation("grant.obligation.noDate", String.valueOf(number), line);
      }
      if (parts.length < 2 || parts[1].isBlank()) {
        throw new PlanRuleViolation("grant.obligation.noDescription", String.valueOf(number), line);
      }
      GrantDraft.optional(
          parts[1].strip(), Text.of("field.obligationDescription", String.valueOf(number)), 1000);
      lines.add(new Line(due, parts[1].strip()));
    }
    if (lines.isEmpty()) {
      throw new PlanRuleViolation("grant.obligation.none");
    }
    if (lines.size() > MAX_OBLIGATIONS) {
      throw new PlanRuleViolation("grant.obligation.tooMany", MAX_OBLIGATIONS);
    }
    return lines;
  }
}
