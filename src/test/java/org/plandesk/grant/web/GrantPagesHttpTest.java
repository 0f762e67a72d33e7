package org.plandesk.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanService;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The grants register and a request's page through real HTTP: seed 004's grant activity of the
 * Lutsk programme awarded with a report overdue, a request approved whose funder's deadline passed,
 * one waiting for the director; the figures, the status names and the overdue markers a person
 * reads, the filter and the order, every role, English and Ukrainian.
 */
@PlanDeskWebTest
class GrantPagesHttpTest {

  @LocalServerPort int port;
  @Autowired GrantService grants;
  @Autowired PlanService plans;

  private PageReader pages;
  private final LocalDate today = LocalDate.now();
  private String tag;
  private String plan;
  private GrantRequest awarded;
  private GrantRequest missed;
  private GrantRequest waiting;

  @BeforeEach
  void requests() {
    pages = new PageReader(port);
    tag = " " + System.nanoTime() % 1_000_000;
    plan = new LivingSeeds(plans).lutskProgrammeInForce();
    awarded =
        grants.prepare(
            new GrantDraft(
                "Простір громадських ініціатив" + tag,
                "House of Europe",
                "Libraries as community hubs 2027",
                new BigDecimal("12500.50"),
                "EUR",
                new BigDecimal("1500"),
                "Обладнати простір для громадських ініціатив у бібліотеці",
                "20 заходів, 600 відвідувачів",
                plan,
                "Грантова діяльність бібліотек",
                today.minusDays(20),
                "peter"),
            "anna",
            null,
            today.minusDays(60));
    grants.approve(awarded.id(), null, "director", today.minusDays(50));
    grants.submit(awarded.id(), today.minusDays(40), "HoE-2027-0042", "peter", today.minusDays(40));
    grants.award(
        awarded.id(),
        new BigDecimal("10000"),
        "Publicity of the funder on every event",
        today.minusDays(3) + " Проміжний звіт\n" + today.plusDays(90) + " Фінальний звіт",
        null,
        "peter");
    grants.recordDocument(
        awarded.id(), "REQUEST Простір громадських ініціатив_2027.docx, sha256 " + "ab".repeat(32));
    missed =
        grants.prepare(
            draft("Erasmus+ staff mobility" + tag, "Erasmus+", today.minusDays(2)),
            "coordinator",
            null,
            today.minusDays(30));
    grants.approve(missed.id(), "Go ahead", "director", today.minusDays(25));
    waiting =
        grants.prepare(
            draft("Reading tent for the summer" + tag, "Local council", today.plusDays(45)),
            "coordinator",
            null,
            today);
  }

  private static GrantDraft draft(String title, String funder, LocalDate deadline) {
    return new GrantDraft(
        title,
        funder,
        null,
        new BigDecimal("3000"),
        "EUR",
        BigDecimal.ZERO,
        "Staff mobility",
        "12 librarians trained",
        null,
        null,
        deadline,
        "anna");
  }

  @Test
  void theRegisterShowsAmountsStatusesDeadlinesAndReportsDueWithOverdueMarkedInWords() {
    String register = pages.page("/grants", "auditor");

    String awardedRow = row(register, awarded);
    assertThat(awardedRow)
        .contains("Простір громадських ініціатив" + tag)
        .contains("House of Europe")
        .contains("Libraries as community hubs 2027")
        .contains("12,500.50\u00a0EUR")
        .contains("10,000.00\u00a0EUR")
        .contains(">Awarded<")
        .contains("Submitted")
        .contains("Проміжний звіт")
        .contains("Фінальний звіт")
        .contains(">Overdue<")
        .contains("href=\"/grants/" + awarded.id() + "\"");
    assertThat(row(register, missed))
        .contains("Approved, to be submitted")
        .contains("Submit by")
        .contains(">Overdue<");
    assertThat(row(register, waiting))
        .contains("Waiting for the director&#39;s approval")
        .doesNotContain("Overdue");
    assertThat(register)
        .contains("<html lang=\"en\"")
        .contains("<caption")
        .contains("<th scope=\"col\"")
        .doesNotContain(">AWARDED<")
        .doesNotContain(">APPROVED<")
        .doesNotContain(">IN_APPROVAL<");
  }

  @Test
  void theRegisterFiltersByStatusAndSorts() {
    String onlyAwarded = pages.page("/grants?status=AWARDED", "coordinator");
    assertThat(onlyAwarded).contains(awarded.title()).doesNotContain(missed.title());
    assertThat(onlyAwarded)
        .contains("<option value=\"AWARDED\" selected=\"selected\">Awarded</option>");

    String byTitle = pages.page("/grants?sort=title&dir=asc", "coordinator");
    assertThat(byTitle.indexOf(missed.title())).isLessThan(byTitle.indexOf(waiting.title()));
    assertThat(byTitle.indexOf(waiting.title())).isLessThan(byTitle.indexOf(awarded.title()));
    String byNextDate = pages.page("/grants", "coordinator");
    // Each request by the date it next waits for: the awarded one its report overdue three days,
    // the approved one its funder's deadline two days ago, the last one the deadline to come.
    assertThat(byNextDate.indexOf(awarded.title())).isLessThan(byNextDate.indexOf(missed.title()));
    assertThat(byNextDate.indexOf(missed.title())).isLessThan(byNextDate.indexOf(waiting.title()));

    var unknown = pages.get("/grants?status=WON", "coordinator", "en");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("There is no such status of a request");
  }

  @Test
  void aRequestsPageShowsItsObligationsDocumentsAndHistory() {
    String page = pages.page("/grants/" + awarded.id(), "anna");
    assertThat(page)
        .contains("Простір громадських ініціатив" + tag)
        .contains("1,500.00\u00a0EUR")
        .contains("Publicity of the funder on every event")
        .contains("Грантова діяльність бібліотек")
        .contains("/plans/" + PageReader.segment(plan) + "/progress")
        .contains("Péter Szabó")
        .contains("Anna Lindqvist")
        .contains("Проміжний звіт")
        .contains(">Overdue<")
        .contains("Not reported yet")
        .contains("Request document (as approved by the director)")
        .contains("/api/grants/" + awarded.id() + "/document.docx?edition=REQUEST")
        .contains("ab".repeat(32))
        .contains("Prepared")
        .contains("Approved by the director")
        .contains("Submitted to the funder")
        .contains("HoE-2027-0042")
        .contains("Awarded by the funder")
        .contains("Document stored")
        .doesNotContain(">DOCUMENT_GENERATED<")
        .doesNotContain(">REQUEST ");

    assertThat(pages.get("/grants/987654321", "anna", "en").statusCode()).isEqualTo(404);
  }

  @Test
  void inUkrainianTheNamesDatesAndAmountsAreUkrainian() {
    String register = pages.page("/grants", "auditor", "uk");
    String row = row(register, awarded);
    assertThat(register).contains("<html lang=\"uk\"").contains("Гранти та фандрайзинг");
    assertThat(row).containsPattern("12[\u00a0\u202f ]500,50\u00a0EUR").contains("Грант отримано");
    assertThat(row).contains("Прострочено").doesNotContain("Overdue");
    String page = pages.page("/grants/" + awarded.id(), "auditor", "uk");
    assertThat(page).contains("Затверджено директором").contains("щодо звітності");
  }

  @Test
  void everyRoleReadsAndNobodyUnsignedOrWithoutAFormChangesAnything() {
    for (String user : List.of("coordinator", "director", "auditor", "anna", "olena", "jonas")) {
      assertThat(pages.get("/grants", user, "en").statusCode()).as(user).isEqualTo(200);
      assertThat(pages.get("/grants/" + waiting.id(), user, "en").statusCode())
          .as(user)
          .isEqualTo(200);
    }
    var anonymous = pages.get("/grants", null, "en");
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(pages.post("/grants/" + waiting.id(), "coordinator", "status=APPROVED").statusCode())
        .isEqualTo(403);
    assertThat(grants.request(waiting.id()).status()).isEqualTo(waiting.status());
  }

  /** The register's row of one request. */
  private static String row(String register, GrantRequest request) {
    Matcher m =
        Pattern.compile(
                "<tr[^>]*data-grant=\"" + request.id() + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL)
            .matcher(register);
    assertThat(m.find()).as("row of request " + request.id()).isTrue();
    return m.group(1);
  }
}
