package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * PlanDesk's pages and API send a strict Content-Security-Policy and a same-origin Referrer-Policy;
 * the Camunda webapps keep their own policy; every cookie is SameSite=Lax.
 */
@PlanDeskWebTest
class SecurityHeadersHttpTest {

  private static final String POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private static void hasPlanDesksHeaders(HttpResponse<?> response, String what) {
    assertThat(response.headers().allValues("Content-Security-Policy"))
        .as(what)
        .containsExactly(POLICY);
    assertThat(response.headers().allValues("Referrer-Policy"))
        .as(what)
        .containsExactly("same-origin");
    assertThat(response.headers().allValues("X-Frame-Options"))
        .as(what)
        .containsExactly("SAMEORIGIN");
    assertThat(response.headers().allValues("X-Content-Type-Options"))
        .as(what)
        .containsExactly("nosniff");
  }

  /** Every Set-Cookie header of a response, by cookie name. */
  private static Map<String, String> setCookies(HttpResponse<?> response) {
    var cookies = new java.util.LinkedHashMap<String, String>();
    for (String header : response.headers().allValues("Set-Cookie")) {
      cookies.put(header.substring(0, header.indexOf('=')), header);
    }
    return cookies;
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theSignInPageHasThePolicyAndLoadsNothingInline() {
    var page = new WebClient(port).get("/login");

    hasPlanDesksHeaders(page, "/login");
    assertThat(page.body())
        .doesNotContain("<script>")
        .doesNotContain("style=")
        .doesNotContain("<style");
  }

  @Test
  void pagesOfSignedInUsersHaveThePolicyAndTheEditorsScriptIsAFile() {
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");
    for (String path : List.of("/plans", "/css/plandesk.css", "/js/editor.js")) {
      hasPlanDesksHeaders(coordinator.get(path), path);
    }
    assertThat(coordinator.get("/plans").body())
        .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
        .doesNotContain(" style=");
  }

  @Test
  void errorPagesHaveThePolicy() {
    WebClient coordinator = new WebClient(port).signIn("coordinator", "demo");

    var notFound = coordinator.get("/plans/versions/999999");

    assertThat(notFound.statusCode()).isEqualTo(404);
    hasPlanDesksHeaders(notFound, "an error page");
  }

  @Test
  void theApiHasThePolicyToo() {
    var response = new WebClient(port).getWithBasic("/api/plans", "auditor", "demo");

    assertThat(response.statusCode()).isEqualTo(200);
    hasPlanDesksHeaders(response, "/api");
  }

  @Test
  void theTasklistKeepsCamundasOwnPolicy() {
    WebClient anna = new WebClient(port).signIn("anna", "demo");

    var tasklist = anna.get("/camunda/app/tasklist/" + engine.getName() + "/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0))
        .as("Camunda's policy, with its script nonce")
        .isNotEqualTo(POLICY)
        .contains("'nonce-");
    assertThat(setCookies(tasklist).get("XSRF-TOKEN"))
        .as("Camunda's CSRF cookie")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void theSessionAndCsrfCookiesAreSameSiteLaxAndHttpOnly() throws Exception {
    var signInPage =
        send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET()
                .build());
    String csrfCookie = setCookies(signInPage).get("PLANDESK-CSRF");
    assertThat(csrfCookie)
        .as("the CSRF cookie")
        .isNotNull()
        .containsIgnoringCase("SameSite=Lax")
        .containsIgnoringCase("HttpOnly");

    String token = WebClient.csrf(signInPage.body());
    String csrf = csrfCookie.substring(0, csrfCookie.indexOf(';'));
    var signIn =
        send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrf)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=anna&password=demo&_csrf=" + token))
                .build());

    assertThat(signIn.statusCode()).isEqualTo(302);
    String session = setCookies(signIn).get("JSESSIONID");
    assertThat(session)
        .as("the session cookie")
        .isNotNull()
        .containsIgnoringCase("SameSite=Lax")
        .containsIgnoringCase("HttpOnly");
  }

  @Test
  void thePageToReturnToIsKeptInASameSiteCookie() throws Exception {
    var tasklist =
        send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
                .header("Accept", "text/html")
                .GET()
                .build());

    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(setCookies(tasklist).values())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
  }
}
