package org.plandesk.library;

import java.util.List;

/**
 * A member of staff the administrator adds to a library, as typed: a PlanDesk user (name, mail,
 * language, groups, a first password) who is a member of the library's tenant.
 *
 * @param libraryCode the library
 * @param userId the sign-in name
 * @param groups PlanDesk's groups of the user's roles (coordinator, director, auditor, departments)
 */
public record NewStaffMember(
    String libraryCode,
    String userId,
    String firstName,
    String lastName,
    String email,
    String language,
    List<String> groups,
    String password) {

  public NewStaffMember {
    libraryCode = libraryCode == null ? "" : libraryCode.strip();
    userId = userId == null ? "" : userId.strip();
    firstName = firstName == null ? "" : firstName.strip();
    lastName = lastName == null ? "" : lastName.strip();
    email = email == null ? "" : email.strip();
    language = language == null ? "" : language.strip();
    groups = groups == null ? List.of() : groups.stream().distinct().toList();
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    // Never the password, should a log print the request.
    return "NewStaffMember[" + libraryCode + ", " + userId + ", " + groups + "]";
  }
}
