package org.plandesk.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who receives a mail, from Camunda's identity service: users by id, members of groups, all staff.
 * A user without a usable e-mail address is left out and logged, never an error. Lookups run
 * without the signed-in user's authorizations ({@link SystemAccess}).
 */
@Component
class Recipients {

  /** Camunda user info key holding the language a user wants mail in (en, hu, lt, sv, ru, uk). */
  static final String LANGUAGE_KEY = StaffLanguages.KEY;

  private static final Logger log = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identity;
  private final DepartmentDirectory departments;
  private final SystemAccess system;
  private final StaffLanguages languages;

  Recipients(
      IdentityService identity,
      DepartmentDirectory departments,
      SystemAccess system,
      StaffLanguages languages) {
    this.identity = identity;
    this.departments = departments;
    this.system = system;
    this.languages = languages;
  }

  /** The user, if known and reachable by mail. */
  Optional<Recipient> user(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    return system
        .run(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult()))
        .flatMap(this::recipient);
  }

  /**
   * The coordinator who prepared a version; when that user is gone or has no address, the members
   * of the coordinator group, so the news still reaches someone who acts on it.
   */
  List<Recipient> coordinatorOf(String preparedBy) {
    return user(preparedBy).map(List::of).orElseGet(() -> membersOf(List.of(Groups.COORDINATOR)));
  }

  /** Every member of the groups, each once, in the order the groups are given. */
  List<Recipient> membersOf(Collection<String> groupIds) {
    Map<String, User> users = new LinkedHashMap<>();
    system.run(
        () -> {
          for (String group : groupIds) {
            identity
                .createUserQuery()
                .memberOfGroup(group)
                .orderByUserId()
                .asc()
                .list()
                .forEach(u -> users.putIfAbsent(u.getId(), u));
          }
          return null;
        });
    return users.values().stream().map(this::recipient).flatMap(Optional::stream).toList();
  }

  /** All staff: the members of PlanDesk's role groups, the departments and the administrators. */
  List<Recipient> allStaff() {
    List<String> groups =
        new ArrayList<>(List.of(Groups.COORDINATOR, Groups.DIRECTOR, Groups.AUDITOR));
    groups.addAll(departments.namesById().keySet());
    groups.add(Groups.ADMIN);
    return membersOf(groups);
  }

  /** Sets the language a user wants mail in. */
  void setLanguage(String userId, PlanLanguage language) {
    languages.set(userId, language);
  }

  private Optional<Recipient> recipient(User user) {
    String address = user.getEmail();
    if (address == null || address.isBlank()) {
      log.info("User {} has no e-mail address: no mail for them", user.getId());
      return Optional.empty();
    }
    try {
      if (address.chars().anyMatch(Character::isISOControl)) {
        throw new AddressException("line breaks or control characters in the address");
      }
      new InternetAddress(address.strip(), true).validate();
    } catch (AddressException e) {
      log.warn(
          "User {} has an unusable e-mail address ({}): no mail for them",
          user.getId(),
          e.getMessage());
      return Optional.empty();
    }
    String name =
        HeaderText.singleLine(
            nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName()));
    return Optional.of(
        new Recipient(
            user.getId(),
            address.strip(),
            name.isEmpty() ? user.getId() : name,
            languages.of(user.getId())));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
