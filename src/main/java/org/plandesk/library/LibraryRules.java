package org.plandesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.plandesk.system.Text;

/**
 * The rules a new library must keep, each broken one said as a {@link Problem} of a field: a code
 * that is well-formed and not taken, a name of one line, one of PlanDesk's six languages, and a
 * parent that exists and does not lie below the library itself (no cycle in the network).
 */
public final class LibraryRules {

  /** The languages a library works in: PlanDesk's six. */
  public static final List<String> LANGUAGES = List.of("en", "hu", "lt", "sv", "ru", "uk");

  /** Letters A–Z and digits, a letter first: the code is the Camunda tenant id too. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");

  static final int NAME_MAX = 200;

  /** A field of the form and what is wrong with it. */
  public record Problem(String field, Text text) {}

  private LibraryRules() {}

  public static boolean wellFormedCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  /** Whether a one-line text holds a control character or a line break. */
  static boolean hasControl(String text) {
    return text.codePoints().anyMatch(Character::isISOControl)
        || text.contains("\u2028")
        || text.contains("\u2029");
  }

  /**
   * What is wrong with a new library, given the libraries there are (by code, with their parent's
   * code).
   */
  static List<Problem> check(NewLibrary library, Map<String, Library> existing) {
    List<Problem> problems = new ArrayList<>();
    String code = library.code();
    if (code.isEmpty()) {
      problems.add(new Problem("code", Text.of("library.required", Text.of("field.libraryCode"))));
    } else if (!wellFormedCode(code)) {
      problems.add(new Problem("code", Text.of("library.code.malformed", code)));
    } else if (existing.containsKey(code)) {
      problems.add(
          new Problem("code", Text.of("library.code.taken", code, existing.get(code).name())));
    }
    String name = library.name();
    if (name.isEmpty()) {
      problems.add(new Problem("name", Text.of("library.required", Text.of("field.libraryName"))));
    } else if (name.length() > NAME_MAX) {
      problems.add(
          new Problem("name", Text.of("rule.tooLong", Text.of("field.libraryName"), NAME_MAX)));
    } else if (hasControl(name)) {
      problems.add(new Problem("name", Text.of("library.oneLine", Text.of("field.libraryName"))));
    }
    if (!LANGUAGES.contains(library.language())) {
      problems.add(new Problem("language", Text.of("library.language.unknown")));
    }
    parentProblem(code, library.parentCode(), existing)
        .ifPresent(text -> problems.add(new Problem("parent", text)));
    return problems;
  }

  /**
   * A parent that does not exist, or one whose chain of central libraries reaches the library
   * itself (for a new library only the library itself can be that; a change of parent later would
   * meet the longer cycles).
   */
  private static Optional<Text> parentProblem(
      String code, String parent, Map<String, Library> existing) {
    if (parent == null) {
      return Optional.empty();
    }
    if (parent.equals(code)) {
      return Optional.of(Text.of("library.parent.cycle", code));
    }
    if (!existing.containsKey(parent)) {
      return Optional.of(Text.of("library.parent.unknown", parent));
    }
    String above = parent;
    for (int steps = 0; above != null && steps <= existing.size(); steps++) {
      if (above.equals(code)) {
        return Optional.of(Text.of("library.parent.cycle", code));
      }
      Library next = existing.get(above);
      above = next == null ? null : next.parentCode();
    }
    return above == null ? Optional.empty() : Optional.of(Text.of("library.parent.cycle", code));
  }
}
