package org.plandesk.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.plandesk.library.LibraryRules.Problem;
import org.plandesk.system.Text;

/**
 * The rules a new member of staff must keep: a free sign-in name of letters and digits (Camunda's
 * ids), a name, a mail address, one of the six languages, at least one of PlanDesk's groups, a
 * first password of at least 8 characters, and a library that exists.
 */
final class StaffRules {

  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
  private static final Pattern MAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  static final int NAME_MAX = 100;
  static final int MAIL_MAX = 200;
  static final int PASSWORD_MIN = 8;
  static final int PASSWORD_MAX = 200;

  private StaffRules() {}

  /**
   * What is wrong with a new member of staff.
   *
   * @param libraryExists whether their library is one PlanDesk has
   * @param userTaken whether the sign-in name belongs to someone already
   * @param staffGroups the groups a member of staff may be given
   */
  static List<Problem> check(
      NewStaffMember staff,
      boolean libraryExists,
      boolean userTaken,
      Collection<String> staffGroups) {
    List<Problem> problems = new ArrayList<>();
    if (!libraryExists) {
      problems.add(new Problem("library", Text.of("library.unknown", staff.libraryCode())));
    }
    if (staff.userId().isEmpty()) {
      problems.add(new Problem("user", Text.of("library.required", Text.of("field.userId"))));
    } else if (!USER_ID.matcher(staff.userId()).matches()) {
      problems.add(new Problem("user", Text.of("library.staff.userMalformed")));
    } else if (userTaken) {
      problems.add(new Problem("user", Text.of("library.staff.userTaken", staff.userId())));
    }
    name(problems, "firstName", "field.firstName", staff.firstName());
    name(problems, "lastName", "field.lastName", staff.lastName());
    if (staff.email().isEmpty()) {
      problems.add(new Problem("email", Text.of("library.required", Text.of("field.email"))));
    } else if (staff.email().length() > MAIL_MAX
        || LibraryRules.hasControl(staff.email())
        || !MAIL.matcher(staff.email()).matches()) {
      problems.add(new Problem("email", Text.of("library.staff.mailMalformed", staff.email())));
    }
    if (!LibraryRules.LANGUAGES.contains(staff.language())) {
      problems.add(new Problem("language", Text.of("library.language.unknown")));
    }
    if (staff.groups().isEmpty()) {
      problems.add(new Problem("groups", Text.of("library.staff.noGroup")));
    } else {
      staff.groups().stream()
          .filter(g -> !staffGroups.contains(g))
          .findFirst()
          .ifPresent(
              g -> problems.add(new Problem("groups", Text.of("library.staff.noSuchGroup", g))));
    }
    int length = staff.password().codePointCount(0, staff.password().length());
    if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
      problems.add(
          new Problem(
              "password", Text.of("library.staff.passwordLength", PASSWORD_MIN, PASSWORD_MAX)));
    }
    return problems;
  }

  private static void name(List<Problem> problems, String field, String label, String value) {
    if (value.isEmpty()) {
      problems.add(new Problem(field, Text.of("library.required", Text.of(label))));
    } else if (value.length() > NAME_MAX) {
      problems.add(new Problem(field, Text.of("rule.tooLong", Text.of(label), NAME_MAX)));
    } else if (LibraryRules.hasControl(value)) {
      problems.add(new Problem(field, Text.of("library.oneLine", Text.of(label))));
    }
  }
}
