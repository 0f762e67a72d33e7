package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The language of PlanDesk's pages through real HTTP: the browser's language before signing in, the
 * switch (a cookie before signing in, the user's own language after), the profile page, the
 * language the Camunda webapps read ({@code /api/me/language}), the accessibility statement open to
 * all, and a switch that returns only to PlanDesk's own pages.
 */
@PlanDeskWebTest
class LanguageHttpTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  private String user;

  /** A member of staff of this test alone: other tests' users keep their languages. */
  @BeforeEach
  void aNewMemberOfStaff() {
    user = "lang" + System.nanoTime() % 1_000_000;
    User u = identity.newUser(user);
    u.setFirstName("Ilona");
    u.setLastName("Kovács");
    u.setPassword("demo");
    identity.saveUser(u);
  }

  @AfterEach
  void goodbye() {
    identity.deleteUser(user);
  }

  @Test
  void beforeSigningInTheBrowsersLanguageThenTheSwitchWhichACookieKeeps() {
    WebClient web = new WebClient(port).language("uk-UA,uk;q=0.9,en;q=0.5");
    String login = web.get("/login").body();
    assertThat(login)
        .contains("<html lang=\"uk\">")
        .contains("Вхід до PlanDesk")
        .contains("<label for=\"language-switch\">Мова</label>")
        .contains("<option value=\"hu\" lang=\"hu\">magyar</option>")
        .contains("href=\"/accessibility\"");

    var switched = switchTo(web, login, "hu", "/login?error");
    assertThat(switched.statusCode()).isEqualTo(302);
    assertThat(location(switched)).isEqualTo("/login?error");
    assertThat(web.cookie("PLANDESK-LANGUAGE")).isEqualTo("hu");
    assertThat(web.get("/login?error").body())
        .contains("<html lang=\"hu\">")
        .contains("Bejelentkezés a PlanDeskbe")
        .contains("Hibás felhasználónév vagy jelszó.");
    assertThat(web.get("/accessibility").body())
        .as("the statement is open to all, in the chosen language")
        .contains("<h1>Akadálymentességi nyilatkozat</h1>")
        .contains("mailto:");
  }

  @Test
  void signedInTheSwitchSetsTheUsersOwnLanguageWhichTheProfileAndTheWebappsShow() {
    WebClient web = new WebClient(port).language("sv-SE,sv");
    web.signIn(user, "demo");
    String register = web.get("/plans").body();
    assertThat(register).contains("<html lang=\"sv\">").contains("<h1>Planregister</h1>");

    var switched = switchTo(web, register, "lt", "/plans?q=x&sort=title");
    assertThat(location(switched)).isEqualTo("/plans?q=x&sort=title");
    assertThat(identity.getUserInfo(user, "language")).isEqualTo("lt");
    assertThat(web.cookie("PLANDESK-LANGUAGE")).as("no cookie for a signed-in user").isNull();
    assertThat(web.getJson("/api/me/language").body()).isEqualTo("{\"language\":\"lt\"}");

    String profile = web.get("/profile").body();
    assertThat(profile)
        .contains("<html lang=\"lt\">")
        .contains("<h1>Mano profilis</h1>")
        .contains("Ilona Kovács")
        .contains("<option value=\"lt\" lang=\"lt\" selected=\"selected\">lietuvių</option>");

    var saved =
        web.postForm(
            "/profile",
            List.of(Map.entry("language", "ru"), Map.entry("_csrf", WebClient.csrf(profile))));
    assertThat(location(saved)).isEqualTo("/profile");
    assertThat(identity.getUserInfo(user, "language")).isEqualTo("ru");
    assertThat(web.get("/profile").body())
        .contains("<html lang=\"ru\">")
        .contains("id=\"profile-saved\" role=\"status\">Сохранено.</p>");

    WebClient elsewhere = new WebClient(port).language("en");
    elsewhere.signIn(user, "demo");
    assertThat(elsewhere.get("/plans").body())
        .as("the user's language follows them to another browser")
        .contains("<html lang=\"ru\">")
        .contains("<h1>Реестр планов</h1>");
  }

  @Test
  void theSwitchReturnsOnlyToPlanDesksPagesAndNeedsItsCsrfToken() {
    WebClient web = new WebClient(port);
    String login = web.get("/login").body();
    for (String elsewhere : List.of("https://evil.example/x", "//evil.example/x", "/\\evil")) {
      assertThat(location(switchTo(web, login, "sv", elsewhere))).as(elsewhere).isEqualTo("/plans");
    }
    var forged =
        web.postForm("/language", List.of(Map.entry("language", "uk"), Map.entry("return", "/")));
    assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(web.cookie("PLANDESK-LANGUAGE")).isEqualTo("sv");
  }

  @Test
  void withoutAnyChoiceTheInstallationsLanguageEnglishHere() {
    WebClient web = new WebClient(port);
    assertThat(web.get("/login").body())
        .contains("<html lang=\"en\">")
        .contains("Sign in to PlanDesk");
    assertThat(web.getWithBasic("/api/me/language", user, "demo").body())
        .isEqualTo("{\"language\":\"en\"}");
    assertThat(new WebClient(port).getJson("/api/me/language").statusCode())
        .as("only for a signed-in user")
        .isEqualTo(401);
  }

  /** Where a redirect leads: a path of this PlanDesk (the container writes it absolute). */
  private String location(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    String self = "http://localhost:" + port;
    assertThat(location).startsWith(self + "/");
    return location.substring(self.length());
  }

  private static HttpResponse<String> switchTo(
      WebClient web, String page, String language, String back) {
    return web.postForm(
        "/language",
        List.of(
            Map.entry("language", language),
            Map.entry("return", back),
            Map.entry("_csrf", WebClient.csrf(page))));
  }
}
