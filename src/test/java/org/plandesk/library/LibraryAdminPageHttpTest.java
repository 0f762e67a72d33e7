package org.plandesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's page of the library network through real HTTP as a browser uses it (sign-in,
 * the page's CSRF token, redirects): the list, a library added with its tenant, a member of staff
 * added to it, refusals tied to their fields in the reader's language with what was typed, and 403
 * for every other role with nothing written.
 */
@PlanDeskWebTest
class LibraryAdminPageHttpTest {

  private static final List<String> OTHER_ROLES =
      List.of("coordinator", "director", "auditor", "anna");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  private final List<String> usersAdded = new ArrayList<>();

  @AfterEach
  void removeAddedStaffAndLanguages() {
    usersAdded.forEach(identity::deleteUser);
    identity.deleteUserInfo("admin", "language");
  }

  @Test
  void theAdminAddsAMemberLibraryAndAMemberOfItsStaff() {
    WebClient admin = new WebClient(port).signIn("admin", "admin");

    HttpResponse<String> page = admin.get("/admin/libraries");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Libraries of the network</h1>")
        .contains("id=\"nav-libraries\" aria-current=\"page\"")
        .contains("<th scope=\"row\">JAMVK</th>")
        .contains("József Attila Megyei és Városi Könyvtár")
        .contains("(this installation’s own library)")
        .contains("<label for=\"library-code\">Code</label>")
        .contains("<option value=\"hu\">Hungarian</option>")
        .doesNotContain("??");

    HttpResponse<String> added =
        admin.postForm(
            "/admin/libraries",
            List.of(
                Map.entry("_csrf", WebClient.csrf(page.body())),
                Map.entry("code", "PAGEKOCS"),
                Map.entry("name", "Községi Könyvtár, Kocs"),
                Map.entry("language", "hu"),
                Map.entry("parent", "JAMVK")));

    assertThat(added.statusCode()).isEqualTo(302);
    assertThat(added.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/libraries"));
    String after = admin.get("/admin/libraries").body();
    assertThat(after)
        .contains("role=\"status\"")
        .contains("The library Községi Könyvtár, Kocs (PAGEKOCS) was added.");
    assertThat(row(after, "PAGEKOCS"))
        .contains("Községi Könyvtár, Kocs")
        .contains(">Hungarian<")
        .contains("class=\"parent\">József Attila Megyei és Városi Könyvtár<");
    assertThat(identity.createTenantQuery().tenantId("PAGEKOCS").count()).isEqualTo(1);

    usersAdded.add("pagekocs1");
    HttpResponse<String> staff =
        admin.postForm(
            "/admin/libraries/staff",
            List.of(
                Map.entry("_csrf", WebClient.csrf(after)),
                Map.entry("library", "PAGEKOCS"),
                Map.entry("userId", "pagekocs1"),
                Map.entry("firstName", "Kiss"),
                Map.entry("lastName", "Erzsébet"),
                Map.entry("email", "kiss.erzsebet@kocs.example"),
                Map.entry("language", "hu"),
                Map.entry("groups", "coordinator"),
                Map.entry("groups", "children"),
                Map.entry("password", "kocsi-jelszo")));

    assertThat(staff.statusCode()).isEqualTo(302);
    assertThat(admin.get("/admin/libraries").body())
        .contains("Kiss Erzsébet (pagekocs1) was added to the staff of Községi Könyvtár, Kocs.");
    assertThat(identity.createTenantQuery().userMember("pagekocs1").singleResult().getId())
        .isEqualTo("PAGEKOCS");
    assertThat(identity.createGroupQuery().groupMember("pagekocs1").list())
        .extracting(g -> g.getId())
        .containsExactlyInAnyOrder("coordinator", "children");
    // The new member of staff signs in with the first password, in their language.
    assertThat(new WebClient(port).signIn("pagekocs1", "kocsi-jelszo").get("/plans").body())
        .contains("lang=\"hu\"");
  }

  @Test
  void aRefusedFormShowsItsProblemsAtTheTopTiedToTheirFieldsWithWhatWasTyped() {
    WebClient admin = new WebClient(port).signIn("admin", "admin");
    String token = WebClient.csrf(admin.get("/admin/libraries").body());
    long libraries = count();

    HttpResponse<String> refused =
        admin.postForm(
            "/admin/libraries",
            List.of(
                Map.entry("_csrf", token),
                Map.entry("code", "7up"),
                Map.entry("name", "Seven <up>"),
                Map.entry("language", "de"),
                Map.entry("parent", "NOSUCH")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("id=\"library-problems\" role=\"alert\"")
        .contains("The library was not added: correct what is marked.")
        .contains(
            "<a href=\"#library-code\">The code “7UP” may contain only the letters A–Z and digits,"
                + " begin with a letter and have 2 to 20 characters</a>")
        .contains("<a href=\"#library-parent\">There is no library with the code NOSUCH")
        .contains(
            "aria-invalid=\"true\" aria-describedby=\"library-code-hint library-code-problem\"")
        .contains("value=\"7UP\"")
        .contains("value=\"Seven &lt;up&gt;\"")
        .doesNotContain("<up>");
    assertThat(count()).isEqualTo(libraries);

    HttpResponse<String> staff =
        admin.postForm(
            "/admin/libraries/staff",
            List.of(
                Map.entry("_csrf", token),
                Map.entry("library", "JAMVK"),
                Map.entry("userId", "anna"),
                Map.entry("firstName", "Anna"),
                Map.entry("lastName", "Again"),
                Map.entry("email", "anna"),
                Map.entry("language", "sv"),
                Map.entry("password", "secret-typed-once")));

    assertThat(staff.statusCode()).isEqualTo(400);
    assertThat(staff.body())
        .contains("id=\"staff-problems\" role=\"alert\"")
        .contains("<a href=\"#staff-user\">The sign-in name anna is taken: choose another</a>")
        .contains("<a href=\"#staff-email\">“anna” is not a mail address")
        .contains("<a href=\"#staff-groups\">Tick at least one group</a>")
        .contains("value=\"Again\"")
        .doesNotContain("secret-typed-once");
    assertThat(identity.createUserQuery().userId("anna").singleResult().getLastName())
        .isEqualTo("Lindqvist");
  }

  @Test
  void theHungarianAdministratorReadsThePageAndItsRefusalsInHungarian() {
    identity.setUserInfo("admin", "language", "hu");
    WebClient admin = new WebClient(port).signIn("admin", "admin");

    String page = admin.get("/admin/libraries").body();
    assertThat(page)
        .contains("lang=\"hu\"")
        .contains("<h1>A hálózat könyvtárai</h1>")
        .contains(">Könyvtárak</a>")
        .contains(">magyar</option>");

    HttpResponse<String> refused =
        admin.postForm(
            "/admin/libraries",
            List.of(
                Map.entry("_csrf", WebClient.csrf(page)),
                Map.entry("code", "JAMVK"),
                Map.entry("name", "Még egyszer"),
                Map.entry("language", "hu"),
                Map.entry("parent", "")));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains(
            "A(z) JAMVK kód már ehhez a könyvtárhoz tartozik: József Attila Megyei és Városi"
                + " Könyvtár. Válasszon másikat");
  }

  @Test
  void everyOtherRoleIsRefusedThePageAndItsFormsAndSeesNoLinkToIt() {
    long libraries = count();
    for (String user : OTHER_ROLES) {
      WebClient web = new WebClient(port).signIn(user, "demo");
      String plans = web.get("/plans").body();
      assertThat(plans).as(user).doesNotContain("nav-libraries");
      String token = WebClient.csrf(plans);

      assertThat(web.get("/admin/libraries").statusCode()).as(user).isEqualTo(403);
      assertThat(
              web.postForm(
                      "/admin/libraries",
                      List.of(
                          Map.entry("_csrf", token),
                          Map.entry("code", "FORGED" + user.length()),
                          Map.entry("name", "Forged"),
                          Map.entry("language", "en")))
                  .statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(
              web.postForm(
                      "/admin/libraries/staff",
                      List.of(
                          Map.entry("_csrf", token),
                          Map.entry("library", "JAMVK"),
                          Map.entry("userId", "forged" + user),
                          Map.entry("firstName", "F"),
                          Map.entry("lastName", "F"),
                          Map.entry("email", "f@f.example"),
                          Map.entry("language", "en"),
                          Map.entry("groups", "director"),
                          Map.entry("password", "forged-password")))
                  .statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(identity.createUserQuery().userId("forged" + user).count()).isZero();
    }
    assertThat(count()).isEqualTo(libraries);
    assertThat(new WebClient(port).get("/admin/libraries").statusCode())
        .as("not signed in: to the sign-in page")
        .isEqualTo(302);
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM library").query(Long.class).single();
  }

  /** The table row of a library. */
  private static String row(String page, String code) {
    int start = page.indexOf("id=\"library-" + code + "\"");
    assertThat(start).as("row of " + code).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }
}
