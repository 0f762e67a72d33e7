package org.plandesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.identity.Person;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.VersionRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The library network's foundation on the embedded database (and, by {@code
 * LibrariesOnPostgresTest}, on PostgreSQL): the installation's own library from configuration with
 * its tenant and the staff as its members; plans and grant requests belong to it without naming it;
 * a library and a member of staff are added whole or refused whole, with each broken rule named for
 * its field.
 */
@PlanDeskTest
class LibrariesTest {

  @Autowired Libraries libraries;
  @Autowired LibrarySetup setup;
  @Autowired IdentityService identity;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;

  @Test
  void theOwnLibraryComesFromConfigurationWithItsTenantAndTheDemoStaffAsMembers() {
    Library own = libraries.own();

    assertThat(own)
        .isEqualTo(new Library("JAMVK", "József Attila Megyei és Városi Könyvtár", "hu", null));
    assertThat(libraries.all()).first().isEqualTo(own);
    Tenant tenant = identity.createTenantQuery().tenantId("JAMVK").singleResult();
    assertThat(tenant.getName()).isEqualTo("József Attila Megyei és Városi Könyvtár");
    assertThat(
            identity.createUserQuery().memberOfTenant("JAMVK").list().stream()
                .map(User::getId)
                .toList())
        .contains(
            "coordinator", "director", "auditor", "anna", "olena", "aigerim", "peter", "jonas")
        .doesNotContain("admin");
  }

  @Test
  void aPlanAndAGrantRequestBelongToTheOwnLibraryWithoutNamingIt() {
    plans.openVersion(
        new VersionRequest(
            VersionRequest.Kind.NEW_PLAN,
            "NET-OWN-" + System.nanoTime() % 100000,
            "A plan of the one library",
            PlanType.COMMUNICATION_PLAN,
            PlanLanguage.hu),
        new Person("coordinator", "Márku Mónika"));

    assertThat(jdbc.sql("SELECT DISTINCT library_code FROM plan").query(String.class).list())
        .containsExactly("JAMVK");
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) ="
                        + " 'grant_request' AND LOWER(column_name) = 'library_code' AND is_nullable"
                        + " = 'NO' AND column_default LIKE '%JAMVK%'")
                .query(Integer.class)
                .single())
        .as("grant requests default to the own library")
        .isEqualTo(1);
  }

  @Test
  void aMemberLibraryIsAddedWithItsTenantAndListedAfterItsCentralLibrary() {
    Library added =
        libraries.add(new NewLibrary(" kocs ", "Községi Könyvtár, Kocs", "hu", "jamvk"));

    assertThat(added).isEqualTo(new Library("KOCS", "Községi Könyvtár, Kocs", "hu", "JAMVK"));
    assertThat(libraries.find("KOCS")).contains(added);
    assertThat(identity.createTenantQuery().tenantId("KOCS").singleResult().getName())
        .isEqualTo("Községi Könyvtár, Kocs");
    Library centre = libraries.add(new NewLibrary("VKOUBTEST", "ВКО библиотека", "ru", null));
    libraries.add(new NewLibrary("VKOSEMEYTEST", "Библиотеки города Семей", "ru", "VKOUBTEST"));

    // Network by network: the own library and its members, then the other root and its member.
    List<String> order = libraries.all().stream().map(Library::code).toList();
    assertThat(order.get(0)).isEqualTo("JAMVK");
    assertThat(order.indexOf("KOCS")).isPositive().isLessThan(order.indexOf(centre.code()));
    assertThat(order.indexOf("VKOSEMEYTEST")).isEqualTo(order.indexOf(centre.code()) + 1);
  }

  @Test
  void aLibraryBreakingTheRulesIsRefusedWholeWithEachProblemForItsFieldAndNothingWritten() {
    long before = count();

    assertThat(refused(new NewLibrary("1X", "", "de", "NOPE")))
        .containsExactly(
            "code: The code “1X” may contain only the letters A–Z and digits, begin with a letter"
                + " and have 2 to 20 characters",
            "name: Library name is required",
            "language: Choose one of the languages English, Hungarian, Lithuanian, Swedish, Russian"
                + " or Ukrainian",
            "parent: There is no library with the code NOPE to be the central library");
    assertThat(refused(new NewLibrary("JAMVK", "Again", "hu", null)))
        .containsExactly(
            "code: The code JAMVK belongs to József Attila Megyei és Városi Könyvtár already:"
                + " choose another");
    assertThat(refused(new NewLibrary("SELF", "Itself", "en", "SELF")))
        .containsExactly(
            "parent: A library cannot be in its own network: SELF would be its own central"
                + " library");
    assertThat(refused(new NewLibrary("TAB", "Two\nlines", "en", null)))
        .containsExactly("name: Library name must be one line, without control characters");
    assertThat(refused(new NewLibrary("K-1", "Dash", "en", null))).hasSize(1);
    assertThat(refused(new NewLibrary("ÁCS", "Accent", "hu", null))).hasSize(1);

    assertThat(count()).isEqualTo(before);
    assertThat(identity.createTenantQuery().tenantIdIn("1X", "SELF", "TAB", "K-1").count())
        .isZero();
  }

  @Test
  void aRefusalIsSaidInTheReadersLanguage() {
    LibraryRefused refusal =
        catchRefusal(() -> libraries.add(new NewLibrary("KOCS2", "Kocs", "hu", "NINCS")));

    assertThat(refusal.messageIn(Locale.forLanguageTag("hu")))
        .isEqualTo(
            "A könyvtárat nem vettük fel: Nincs NINCS kódú könyvtár, amely a központi könyvtár"
                + " lehetne");
    assertThat(refusal.messageIn(Locale.forLanguageTag("uk")))
        .startsWith("Бібліотеку не додано: Немає бібліотеки з кодом NINCS");
  }

  @Test
  void aMemberOfStaffIsAddedWithGroupsLanguageAndTenantMembership() {
    libraries.add(new NewLibrary("BAJ", "Községi Könyvtár, Baj", "hu", "JAMVK"));

    libraries.addStaff(
        new NewStaffMember(
            "BAJ",
            "kovacsanna",
            "Kovács",
            "Anna",
            "kovacs.anna@baj.example",
            "hu",
            List.of("coordinator", "events"),
            "elso-jelszo"));

    User user = identity.createUserQuery().userId("kovacsanna").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Kovács");
    assertThat(user.getLastName()).isEqualTo("Anna");
    assertThat(user.getEmail()).isEqualTo("kovacs.anna@baj.example");
    assertThat(identity.checkPassword("kovacsanna", "elso-jelszo")).isTrue();
    assertThat(identity.getUserInfo("kovacsanna", "language")).isEqualTo("hu");
    assertThat(
            identity.createGroupQuery().groupMember("kovacsanna").list().stream()
                .map(g -> g.getId())
                .toList())
        .containsExactlyInAnyOrder("coordinator", "events");
    assertThat(
            identity.createTenantQuery().userMember("kovacsanna").list().stream()
                .map(Tenant::getId)
                .toList())
        .containsExactly("BAJ");
  }

  @Test
  void aMemberOfStaffBreakingTheRulesIsRefusedWholeAndAnExistingUserStaysAsTheyWere() {
    libraries.add(new NewLibrary("DAD", "Községi Könyvtár, Dad", "hu", "JAMVK"));

    assertThat(
            refused(
                new NewStaffMember(
                    "NOWHERE", "kiss 1", "", "Kiss", "not-a-mail", "de", List.of(), "short")))
        .containsExactly(
            "library: There is no library with the code NOWHERE",
            "user: The sign-in name may contain only the letters a–z, A–Z and digits, at most 64",
            "firstName: First name is required",
            "email: “not-a-mail” is not a mail address (such as name@library.example)",
            "language: Choose one of the languages English, Hungarian, Lithuanian, Swedish, Russian"
                + " or Ukrainian",
            "groups: Tick at least one group",
            "password: The first password must have 8 to 200 characters");
    assertThat(
            refused(
                new NewStaffMember(
                    "DAD",
                    "anna",
                    "Anna",
                    "Other",
                    "other@dad.example",
                    "hu",
                    List.of("camunda-admin"),
                    "long-enough")))
        .containsExactly(
            "user: The sign-in name anna is taken: choose another",
            "groups: PlanDesk has no group camunda-admin for staff");

    assertThat(identity.createUserQuery().userId("kiss1").count()).isZero();
    User anna = identity.createUserQuery().userId("anna").singleResult();
    assertThat(anna.getLastName()).isEqualTo("Lindqvist");
    assertThat(identity.createGroupQuery().groupMember("anna").groupId("camunda-admin").count())
        .isZero();
    assertThat(identity.createTenantQuery().userMember("anna").tenantId("DAD").count()).isZero();
  }

  @Test
  void settingUpAgainMakesNothingTwiceAndATenantMadeBeforeItsLibraryIsKept() {
    Tenant early = identity.newTenant("ETE");
    early.setName("Made in Camunda Admin");
    identity.saveTenant(early);
    libraries.add(new NewLibrary("ETE", "Községi Könyvtár, Ete", "hu", "JAMVK"));
    long tenants = identity.createTenantQuery().count();
    long members = identity.createUserQuery().memberOfTenant("JAMVK").count();

    setup.setUp();
    setup.setUp();

    assertThat(identity.createTenantQuery().count()).isEqualTo(tenants);
    assertThat(identity.createUserQuery().memberOfTenant("JAMVK").count()).isEqualTo(members);
    assertThat(identity.createTenantQuery().tenantId("ETE").singleResult().getName())
        .isEqualTo("Községi Könyvtár, Ete");
  }

  /** Staff added here join PlanDesk's groups: gone again, so no other test mails them. */
  @AfterEach
  void removeAddedStaff() {
    if (identity.createUserQuery().userId("kovacsanna").count() > 0) {
      identity.deleteUser("kovacsanna");
    }
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM library").query(Long.class).single();
  }

  private List<String> refused(NewLibrary library) {
    return problems(catchRefusal(() -> libraries.add(library)));
  }

  private List<String> refused(NewStaffMember staff) {
    return problems(catchRefusal(() -> libraries.addStaff(staff)));
  }

  private static List<String> problems(LibraryRefused refusal) {
    return refusal.problems().stream()
        .map(p -> p.field() + ": " + p.text().in(Locale.ENGLISH))
        .toList();
  }

  private static LibraryRefused catchRefusal(Runnable attempt) {
    try {
      attempt.run();
    } catch (LibraryRefused refusal) {
      return refusal;
    }
    throw new AssertionError("not refused");
  }
}
