package org.plandesk.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What's due through real HTTP: seed 004's Lutsk programme in force for eleven months (its yearly
 * survey and review due next month, its quarterly poll overdue) and its grant activity (a funder's
 * deadline passed, reports due in ten and in two hundred days), sorted by date with the overdue
 * marked in words, within the span the reader chooses.
 */
@PlanDeskWebTest
class DuePageHttpTest {

  @LocalServerPort int port;
  @Autowired PlanService plans;
  @Autowired GrantService grants;

  private final LocalDate today = LocalDate.now();
  private PageReader pages;
  private String code;
  private GrantRequest late;
  private GrantRequest awarded;

  @BeforeEach
  void dueThings() {
    pages = new PageReader(port);
    code = LivingSeeds.code("ЛМЦБС-ПР");
    new LivingSeeds(plans)
        .inForce(
            code,
            "Програма розвитку ЛМЦБС на 1 рік",
            PlanType.DEVELOPMENT_PROGRAMME,
            PlanLanguage.uk,
            SeedPlans.lutskProgramme(),
            today.minusMonths(11));
    String tag = " " + System.nanoTime() % 1_000_000;
    late =
        grants.prepare(
            LivingSeeds.grantDraft(
                "Модернізація комп'ютерного парку" + tag, today.minusDays(1), null),
            "coordinator",
            null,
            today.minusDays(20));
    grants.approve(late.id(), null, "director", today.minusDays(15));
    awarded = LivingSeeds.awardedGrant(grants, "Грантова діяльність бібліотек" + tag, null, today);
  }

  @Test
  void everythingDueIsSortedByDateWithTheOverdueMarkedInWords() {
    String page = pages.page("/due", "coordinator");
    List<String[]> rows = rows(page);

    List<String> dates = rows.stream().map(r -> r[0]).toList();
    assertThat(dates).isSortedAccordingTo(String::compareTo);
    LocalDate effective = today.minusMonths(11);
    assertThat(row(rows, "Monitoring", code, "Тематичне експрес – опитування"))
        .containsExactly(effective.plusMonths(3).toString(), "overdue");
    assertThat(row(rows, "Monitoring", code, "Анкетування"))
        .containsExactly(effective.plusYears(1).toString(), "");
    assertThat(row(rows, "Review of the plan", code, "—"))
        .containsExactly(effective.plusYears(1).toString(), "");
    assertThat(row(rows, "Submission to the funder", late.title(), "Український культурний фонд"))
        .containsExactly(today.minusDays(1).toString(), "overdue");
    assertThat(row(rows, "Report to the funder", awarded.title(), "Проміжний звіт"))
        .containsExactly(today.plusDays(10).toString(), "");
    assertThat(page).doesNotContain("Фінальний звіт").contains("<caption");

    // The coordinator sees the whole library's year: the final report may be on a later page.
    // A page past the last shows the last again: stop there.
    List<String[]> year = new ArrayList<>();
    String previousFirst = null;
    for (int number = 1; number <= 100; number++) {
      List<String[]> shown = rows(pages.page("/due?days=365&page=" + number, "coordinator"));
      String first = shown.isEmpty() ? null : String.join("|", shown.get(0));
      if (first == null || first.equals(previousFirst)) {
        break;
      }
      previousFirst = first;
      year.addAll(shown);
    }
    assertThat(row(year, "Report to the funder", awarded.title(), "Фінальний звіт"))
        .containsExactly(today.plusDays(200).toString(), "");
  }

  @Test
  void inLithuanianAndForEveryRole() {
    String page = pages.page("/due", "auditor", "lt");
    assertThat(page)
        .contains("<html lang=\"lt\"")
        .contains("Artėjantys terminai")
        .contains(">Pavėluota<")
        .contains(">Stebėsena<")
        .doesNotContain(">MONITORING<")
        .doesNotContain("Overdue");
    for (String user : List.of("coordinator", "director", "auditor", "anna", "olena", "jonas")) {
      assertThat(pages.get("/due", user, "en").statusCode()).as(user).isEqualTo(200);
    }
    assertThat(pages.get("/due", null, "en").statusCode()).isEqualTo(302);
    var wrongSpan = pages.get("/due?days=1000000", "auditor", "en");
    assertThat(wrongSpan.statusCode()).isEqualTo(400);
    assertThat(wrongSpan.body()).contains("Choose how far ahead to look from the list.");
  }

  /** Each row: its date, "overdue" or "", what, subject, detail. */
  private static List<String[]> rows(String page) {
    Matcher m =
        Pattern.compile(
                "<tr class=\"due-item[^\"]*\"[^>]*>\\s*<td><time datetime=\"([^\"]+)\">[^<]*</time>\\s*"
                    + "(<strong class=\"overdue\">[^<]*</strong>)?</td>\\s*"
                    + "<td class=\"kind\">([^<]*)</td>\\s*"
                    + "<th scope=\"row\"><a href=\"[^\"]*\">([^<]*)</a></th>\\s*<td>([^<]*)</td>")
            .matcher(page);
    List<String[]> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(
          new String[] {
            m.group(1), m.group(2) == null ? "" : "overdue", m.group(3), m.group(4), m.group(5)
          });
    }
    return rows;
  }

  /** The date and overdue mark of the one row of this kind about this subject and detail. */
  private static List<String> row(List<String[]> rows, String kind, String subject, String detail) {
    List<String[]> found =
        rows.stream()
            .filter(
                r ->
                    r[2].equals(kind)
                        && r[3].replace("&#39;", "'").startsWith(subject)
                        && r[4].equals(detail))
            .toList();
    assertThat(found).as(kind + " " + subject + " " + detail).hasSize(1);
    return List.of(found.get(0)[0], found.get(0)[1]);
  }
}
