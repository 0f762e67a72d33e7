package org.plandesk.library;

import java.util.List;
import org.plandesk.system.RuleViolation;
import org.plandesk.system.Text;

/**
 * A library or a member of staff the administrator wanted to add, refused whole (400): nothing was
 * written. Each problem names its field, so a page ties it to the field; together they make the
 * message of an API answer.
 */
public class LibraryRefused extends RuleViolation {

  private final transient List<LibraryRules.Problem> problems;

  LibraryRefused(String key, List<LibraryRules.Problem> problems) {
    super(Text.of(key, problems.stream().map(LibraryRules.Problem::text).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<LibraryRules.Problem> problems() {
    return problems;
  }
}
