package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator's page of mails needing attention, through real HTTP as a browser uses it
 * (sign-in, CSRF token of the page, redirects), with a real SMTP server: an UNCONFIRMED mail is
 * listed with what the admin needs to settle it and confirmed delivered; a FAILED one is sent again
 * and arrives; refusals are messages, not error pages; other staff get 403; the page reads in the
 * user's language.
 */
class MailAdminPageHttpTest extends MailTestBase {

  private static final String COORDINATOR = "Márku Mónika &lt;coordinator@library.example&gt;";

  @Autowired SmtpGateway gateway;
  @Autowired NotificationProperties properties;

  @AfterEach
  void forgetLanguages() {
    identity.deleteUserInfo("admin", StaffLanguages.KEY);
  }

  @Test
  void
      theAdminSeesAnUnconfirmedMailWithItsMessageIdConfirmsItDeliveredAndTheAuditTrailShowsItSent() {
    String code = code("PAGE-UNCONF");
    OutboxMail mail = unconfirmed(code);
    WebClient admin = signedIn("admin", "admin");

    HttpResponse<String> page = admin.get("/admin/mails");
    assertThat(page.statusCode()).isEqualTo(200);
    String row = row(page.body(), mail.id());
    assertThat(row)
        .contains("<th scope=\"row\">" + mail.id() + "</th>")
        .contains(">Unconfirmed<")
        .contains(">New task<")
        .contains(COORDINATOR)
        .contains(html(mail.subject()))
        .contains(html(gateway.messageId(mail)))
        .contains(">" + code + "</a>")
        .contains("may have been")
        .contains("class=\"attempts\">1<")
        .contains("<time datetime=\"")
        .contains(">Confirm delivered</button>")
        .contains(">Resend</button>")
        .contains(
            "aria-label=\"Confirm delivered: mail " + mail.id() + " to " + COORDINATOR + "\"");
    assertThat(row).doesNotContain("UNCONFIRMED<").doesNotContain("TASK_CREATED");
    assertThat(page.body())
        .contains("<h1>Mails needing attention</h1>")
        .contains("<label for=\"mail-status\">Status</label>")
        .contains("<th scope=\"col\">Message-ID</th>")
        .contains("Unconfirmed: 1, failed: 0")
        .contains("id=\"nav-mails\"")
        .doesNotContain("??");
    assertThat(auditTrail(admin, code))
        .contains("Mail delivery not confirmed (New task) to " + COORDINATOR);

    HttpResponse<String> confirmed =
        admin.postForm(
            "/admin/mails/" + mail.id() + "/confirm-delivered",
            List.of(
                Map.entry("_csrf", WebClient.csrf(page.body())),
                Map.entry("status", ""),
                Map.entry("page", "1")));

    assertThat(confirmed.statusCode()).as("back to the list").isEqualTo(302);
    assertThat(confirmed.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/mails"));
    HttpResponse<String> after = admin.get("/admin/mails");
    assertThat(after.body())
        .contains("role=\"status\"")
        .contains(
            "Mail "
                + mail.id()
                + " to "
                + COORDINATOR
                + " is confirmed as delivered: it now counts as sent.")
        .doesNotContain("id=\"mail-" + mail.id() + "\"")
        .contains("No mail needs attention.");
    assertThat(outbox.find(mail.id()).orElseThrow())
        .returns(MailStatus.SENT, OutboxMail::status)
        .returns(mail.handedAt(), OutboxMail::sentAt);
    assertThat(auditTrail(admin, code)).contains("Mail sent (New task) to " + COORDINATOR);
    assertThat(received()).as("confirming sends nothing").isEmpty();

    // Confirmed twice (a second tab): refused with the reason, nothing changes.
    HttpResponse<String> again =
        admin.postForm(
            "/admin/mails/" + mail.id() + "/confirm-delivered",
            List.of(Map.entry("_csrf", WebClient.csrf(after.body()))));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body())
        .contains("role=\"alert\"")
        .contains(
            "Mail "
                + mail.id()
                + " has the status “Sent”: only unconfirmed mails can be confirmed as delivered.");
  }

  @Test
  void theAdminResendsAFailedMailAndItGoesOutThroughTheMailServer() {
    OutboxMail mail = failed(code("PAGE-FAIL"));
    WebClient admin = signedIn("admin", "admin");

    HttpResponse<String> page = admin.get("/admin/mails?status=FAILED");
    assertThat(page.statusCode()).isEqualTo(200);
    String row = row(page.body(), mail.id());
    assertThat(row)
        .contains(">Failed<")
        .contains("class=\"attempts\">3<")
        .contains("Connection refused")
        .contains(">Resend</button>")
        .doesNotContain("Confirm delivered");
    assertThat(page.body())
        .contains("<option value=\"FAILED\" selected=\"selected\">Failed</option>");

    HttpResponse<String> resent =
        admin.postForm(
            "/admin/mails/" + mail.id() + "/resend",
            List.of(
                Map.entry("_csrf", WebClient.csrf(page.body())),
                Map.entry("status", "FAILED"),
                Map.entry("page", "1")));
    assertThat(resent.statusCode()).isEqualTo(302);
    assertThat(resent.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/mails?status=FAILED"));
    assertThat(admin.get("/admin/mails?status=FAILED").body())
        .contains("Mail " + mail.id() + " to " + COORDINATOR + " is waiting to be sent again");
    assertThat(outbox.find(mail.id()).orElseThrow().status()).isEqualTo(MailStatus.PENDING);

    List<ReceivedMail> delivered = deliver();
    assertThat(delivered).extracting(ReceivedMail::user).containsExactly("coordinator");
    assertThat(delivered.get(0).subject()).isEqualTo(mail.subject());
    assertThat(outbox.find(mail.id()).orElseThrow().status()).isEqualTo(MailStatus.SENT);
  }

  @Test
  void manyMailsArePagedNewestFirstAndTheFilterShowsOneStatus() {
    Instant now = Instant.now();
    var anna =
        new Recipient("anna", "anna@library.example", "Anna Lindqvist", java.util.Optional.empty());
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 1; i <= MailAdminPageController.PAGE_SIZE + 3; i++) {
      ids.add(
          outbox.insert(
              MailKind.GRANT_REPORT_REMINDER,
              MailStatus.FAILED,
              anna,
              "en",
              new RenderedMail("Report " + i, "text", "<p>html</p>"),
              null,
              null,
              null,
              now));
    }
    WebClient admin = signedIn("admin", "admin");

    String first = admin.get("/admin/mails").body();
    assertThat(first)
        .contains("Mails 1–20 of 23, newest first")
        .contains("page 1 of 2")
        .contains("rel=\"next\"")
        .contains(">Grant report reminder<")
        .contains("Unconfirmed: 0, failed: 23");
    assertThat(first.indexOf("id=\"mail-" + ids.get(22) + "\""))
        .as("newest first")
        .isLessThan(first.indexOf("id=\"mail-" + ids.get(3) + "\""));
    assertThat(first).doesNotContain("id=\"mail-" + ids.get(2) + "\"");
    String second = admin.get("/admin/mails?page=2").body();
    assertThat(second)
        .contains("Mails 21–23 of 23")
        .contains("page 2 of 2")
        .contains("rel=\"prev\"")
        .contains("id=\"mail-" + ids.get(0) + "\"")
        .doesNotContain("id=\"mail-" + ids.get(3) + "\"");
    assertThat(admin.get("/admin/mails?status=UNCONFIRMED").body())
        .contains("No mail needs attention.");
  }

  @Test
  void aMailThatDoesNotExistIsAClear404OnThePageNotAnErrorPage() {
    WebClient admin = signedIn("admin", "admin");
    String token = WebClient.csrf(admin.get("/admin/mails").body());

    HttpResponse<String> missing =
        admin.postForm("/admin/mails/999999/resend", List.of(Map.entry("_csrf", token)));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("<h1>Mails needing attention</h1>")
        .contains("role=\"alert\"")
        .contains("There is no mail 999999.");

    HttpResponse<String> notANumber =
        admin.postForm("/admin/mails/abc/confirm-delivered", List.of(Map.entry("_csrf", token)));
    assertThat(notANumber.statusCode()).isEqualTo(404);
    assertThat(notANumber.body()).contains("There is no mail abc.");
  }

  @Test
  void onlyAdministratorsSeeOrUseThePageOrItsLink() {
    OutboxMail mail = unconfirmed(code("PAGE-403"));
    for (String user : List.of("coordinator", "auditor")) {
      WebClient staff = signedIn(user, "demo");
      HttpResponse<String> plans = staff.get("/plans");
      assertThat(plans.body()).as("no link for %s", user).doesNotContain("id=\"nav-mails\"");
      assertThat(staff.get("/admin/mails").statusCode()).as("%s reads", user).isEqualTo(403);
      String token = WebClient.csrf(plans.body());
      assertThat(
              staff
                  .postForm(
                      "/admin/mails/" + mail.id() + "/confirm-delivered",
                      List.of(Map.entry("_csrf", token)))
                  .statusCode())
          .as("%s confirms", user)
          .isEqualTo(403);
      assertThat(
              staff
                  .postForm(
                      "/admin/mails/" + mail.id() + "/resend", List.of(Map.entry("_csrf", token)))
                  .statusCode())
          .as("%s resends", user)
          .isEqualTo(403);
    }
    assertThat(outbox.find(mail.id()).orElseThrow().status()).isEqualTo(MailStatus.UNCONFIRMED);

    HttpResponse<String> anonymous = new WebClient(httpPort).get("/admin/mails");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

    // A form without the page's CSRF token is refused, even for the administrator.
    WebClient admin = signedIn("admin", "admin");
    assertThat(admin.get("/plans").body()).contains("id=\"nav-mails\"");
    assertThat(
            admin
                .postForm("/admin/mails/" + mail.id() + "/confirm-delivered", List.of())
                .statusCode())
        .isEqualTo(403);
    assertThat(outbox.find(mail.id()).orElseThrow().status()).isEqualTo(MailStatus.UNCONFIRMED);
  }

  @Test
  void thePageReadsInTheBrowsersLanguageUnlessTheUserChoseOne() {
    OutboxMail mail = unconfirmed(code("PAGE-HU"));
    WebClient admin = signedIn("admin", "admin").language("hu-HU,hu;q=0.9,en;q=0.5");

    String hungarian = admin.get("/admin/mails").body();
    assertThat(hungarian)
        .contains("<html lang=\"hu\">")
        .contains("<h1>Beavatkozást igénylő levelek</h1>")
        .contains("<label for=\"mail-status\">Állapot</label>")
        .contains("<th scope=\"col\">Címzett</th>")
        .contains("Megerősítetlen: 1, sikertelen: 0")
        .contains(">Kijelentkezés</button>")
        .doesNotContain("??");
    assertThat(row(hungarian, mail.id()))
        .contains(">Megerősítetlen<")
        .contains(">Új feladat<")
        .contains(">Kézbesítés megerősítése</button>")
        .contains(">Újraküldés</button>");

    String token = WebClient.csrf(hungarian);
    admin.postForm(
        "/admin/mails/" + mail.id() + "/confirm-delivered", List.of(Map.entry("_csrf", token)));
    assertThat(admin.get("/admin/mails").body())
        .contains(
            "A(z) "
                + mail.id()
                + " azonosítójú levél ("
                + COORDINATOR
                + ") kézbesítése megerősítve");
    assertThat(
            admin.postForm("/admin/mails/999999/resend", List.of(Map.entry("_csrf", token))).body())
        .contains("Nincs 999999 azonosítójú levél.");

    // The language the admin chose for mail wins over the browser's.
    identity.setUserInfo("admin", StaffLanguages.KEY, "uk");
    assertThat(admin.get("/admin/mails").body())
        .contains("<html lang=\"uk\">")
        .contains("<h1>Листи, що потребують уваги</h1>")
        .contains("Немає листів, що потребують уваги.");
  }

  /**
   * A mail whose sender died while handing it to SMTP (as in SmtpOutageTest): UNCONFIRMED once its
   * claim expired.
   */
  private OutboxMail unconfirmed(String code) {
    driver.startNewPlan(
        "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    OutboxMail mail = outbox.list(null, 1).get(0);
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    assertThat(outbox.claim(mail.id(), "node-that-died", t)).isTrue();
    assertThat(outbox.markHanded(mail.id(), "node-that-died", gateway.messageId(mail), t)).isTrue();
    sender.sendDueMails(t.plus(properties.claimTimeout()).plusSeconds(1));
    OutboxMail left = outbox.find(mail.id()).orElseThrow();
    assertThat(left.status()).isEqualTo(MailStatus.UNCONFIRMED);
    return left;
  }

  /** A mail the sender gave up on after its three attempts while the SMTP server was down. */
  private OutboxMail failed(String code) {
    smtp.stop();
    driver.startNewPlan(
        "coordinator", code, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
    OutboxMail mail = outbox.list(null, 1).get(0);
    Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    for (Duration after : List.of(Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(180))) {
      sender.sendDueMails(t.plus(after));
    }
    smtp.start();
    OutboxMail failed = outbox.find(mail.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
    return failed;
  }

  private WebClient signedIn(String user, String password) {
    return new WebClient(httpPort).signIn(user, password);
  }

  private static String auditTrail(WebClient client, String code) {
    return client.get("/plans/" + code.replace(" ", "%20") + "/audit").body();
  }

  /** The table row of one mail. */
  private static String row(String page, long id) {
    int at = page.indexOf(" id=\"mail-" + id + "\"");
    assertThat(at).as("a row for mail %d", id).isNotNegative();
    int start = page.lastIndexOf("<tr", at);
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
