package org.plandesk.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.system.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The libraries of the network PlanDesk serves, and the administrator's additions: a library (with
 * its Camunda tenant) and a member of its staff (a user in PlanDesk's groups and the library's
 * tenant). Each addition is checked whole first, then written in one transaction: refused, it
 * writes nothing; written, the library and its tenant, or the user, their groups, language and
 * tenant membership, are all there.
 */
@Service
public class Libraries {

  private static final Logger log = LoggerFactory.getLogger(Libraries.class);

  /** The Camunda user info PlanDesk keeps a user's language in (pages, mails, Tasklist). */
  static final String LANGUAGE_INFO = "language";

  private final LibraryRepository repository;
  private final LibraryTenants tenants;
  private final IdentityService identity;
  private final DepartmentDirectory departments;
  private final LibraryProperties own;
  private final Clock clock;

  Libraries(
      LibraryRepository repository,
      LibraryTenants tenants,
      IdentityService identity,
      DepartmentDirectory departments,
      LibraryProperties own) {
    this.repository = repository;
    this.tenants = tenants;
    this.identity = identity;
    this.departments = departments;
    this.own = own;
    this.clock = Clock.systemUTC();
  }

  /**
   * Every library, network by network: each root (the installation's own library first), then its
   * members below it by name, depth first.
   */
  public List<Library> all() {
    List<Library> libraries = repository.all();
    Map<String, List<Library>> members = new LinkedHashMap<>();
    List<Library> roots = new ArrayList<>();
    for (Library library : libraries) {
      if (library.root()) {
        roots.add(library);
      } else {
        members.computeIfAbsent(library.parentCode(), p -> new ArrayList<>()).add(library);
      }
    }
    Comparator<Library> byName =
        Comparator.comparing(Library::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Library::code);
    roots.sort(
        Comparator.comparing((Library l) -> !l.code().equals(own.code())).thenComparing(byName));
    members.values().forEach(list -> list.sort(byName));
    List<Library> ordered = new ArrayList<>();
    for (Library root : roots) {
      walk(root, members, ordered);
    }
    return ordered;
  }

  private static void walk(Library library, Map<String, List<Library>> members, List<Library> out) {
    out.add(library);
    for (Library member : members.getOrDefault(library.code(), List.of())) {
      walk(member, members, out);
    }
  }

  public Optional<Library> find(String code) {
    return code == null ? Optional.empty() : repository.find(code);
  }

  /** The installation's own library. */
  public Library own() {
    return repository.find(own.code()).orElseThrow();
  }

  /** The groups a member of staff may be given: the roles and the departments. */
  public List<String> staffGroups() {
    List<String> groups =
        new ArrayList<>(List.of(Groups.COORDINATOR, Groups.DIRECTOR, Groups.AUDITOR));
    groups.addAll(departments.namesById().keySet());
    return groups;
  }

  /**
   * Adds a library and its tenant.
   *
   * @throws LibraryRefused with each broken rule; nothing is written
   */
  @Transactional
  public Library add(NewLibrary request) {
    Map<String, Library> existing = new LinkedHashMap<>();
    repository.all().forEach(l -> existing.put(l.code(), l));
    List<LibraryRules.Problem> problems = LibraryRules.check(request, existing);
    if (!problems.isEmpty()) {
      throw new LibraryRefused("library.refused", problems);
    }
    Library library = request.library();
    repository.insert(library, clock.instant());
    tenants.ensure(library);
    log.info(
        "Library {} ({}) added, parent {}", library.code(), library.name(), library.parentCode());
    return library;
  }

  /**
   * Makes an existing user a member of a library's staff (its tenant); nothing when they are one.
   *
   * @throws LibraryRefused when there is no such library
   */
  @Transactional
  public void join(String code, String userId) {
    if (repository.find(code).isEmpty()) {
      throw new LibraryRefused(
          "library.staff.refused",
          List.of(new LibraryRules.Problem("library", Text.of("library.unknown", code))));
    }
    tenants.addMember(code, userId);
  }

  /**
   * Adds a member of staff to a library: the user, their groups and language, and their membership
   * of the library's tenant.
   *
   * @throws LibraryRefused with each broken rule; nothing is written
   */
  @Transactional
  public void addStaff(NewStaffMember staff) {
    boolean libraryExists = repository.find(staff.libraryCode()).isPresent();
    boolean userTaken =
        !staff.userId().isEmpty() && identity.createUserQuery().userId(staff.userId()).count() > 0;
    List<LibraryRules.Problem> problems =
        StaffRules.check(staff, libraryExists, userTaken, staffGroups());
    if (!problems.isEmpty()) {
      throw new LibraryRefused("library.staff.refused", problems);
    }
    User user = identity.newUser(staff.userId());
    user.setFirstName(staff.firstName());
    user.setLastName(staff.lastName());
    user.setEmail(staff.email());
    user.setPassword(staff.password());
    identity.saveUser(user);
    for (String group : staff.groups()) {
      identity.createMembership(staff.userId(), group);
    }
    identity.setUserInfo(staff.userId(), LANGUAGE_INFO, staff.language());
    tenants.addMember(staff.libraryCode(), staff.userId());
    log.info(
        "User {} added to library {} in groups {}",
        staff.userId(),
        staff.libraryCode(),
        staff.groups());
  }
}
