package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.process.DirectorDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The mails of read-and-acknowledge through a real SMTP server (GreenMail), in each recipient's
 * language: the mail of the new version carries the link to confirm to those asked; a week later
 * those who have not confirmed are reminded, a week after that the coordinator is told who is
 * missing; a version superseded before its reminder reminds nobody.
 */
@TestPropertySource(
    properties = {
      "plandesk.acknowledge.remind-after=P7D",
      "plandesk.acknowledge.escalate-after=P7D"
    })
class AcknowledgementMailsTest extends MailTestBase {

  private static final String TITLE = SeedPlans.KULSO_KOMM_TITLE;
  private static final LocalDate IN_FORCE = LocalDate.of(2026, 11, 1);

  @Autowired Acknowledgements acknowledgements;

  @AfterEach
  void languages() {
    identity.deleteUserInfo("peter", Recipients.LANGUAGE_KEY);
  }

  private long inForce(String code) {
    ProcessInstance pi = atApproval(code, TITLE);
    long id = driver.versionId(pi);
    driver.decide(pi, DirectorDecision.APPROVE, null, IN_FORCE);
    reachDay(IN_FORCE);
    return id;
  }

  @Test
  void thoseAskedGetTheLinkThenAReminderAndTheCoordinatorHearsWhoIsMissing() {
    identity.setUserInfo("peter", Recipients.LANGUAGE_KEY, "uk");
    long id = inForce(code("ACK"));
    String link = BASE_URL + "/acknowledge/" + id;

    List<ReceivedMail> announced = deliver();
    ReceivedMail anna =
        to(announced.stream().filter(m -> m.subject().startsWith("Hatályba")).toList(), "anna");
    assertThat(anna.html()).contains("href=\"" + link + "\"", "Elolvasás és visszaigazolás");
    assertThat(anna.text()).contains("igazolja vissza, hogy elolvasta");
    ReceivedMail admin =
        to(announced.stream().filter(m -> m.subject().startsWith("Hatályba")).toList(), "admin");
    assertThat(admin.html())
        .as("the administrator's account is not asked to confirm")
        .doesNotContain("/acknowledge/");

    acknowledgements.confirm(id, "anna");
    reachDay(IN_FORCE.plusDays(6));
    assertThat(deliver()).as("no reminder before its time").isEmpty();

    reachDay(IN_FORCE.plusDays(7));
    List<ReceivedMail> reminded = deliver();
    assertThat(reminded)
        .extracting(ReceivedMail::user)
        .as("everyone asked who has not confirmed")
        .containsExactlyInAnyOrder(
            "aigerim", "auditor", "coordinator", "director", "jonas", "olena", "peter");
    ReceivedMail peter = to(reminded, "peter");
    assertThat(peter.subject())
        .isEqualTo("Нагадування: підтвердьте, що ви прочитали «" + TITLE + "», версію 1.0");
    assertThat(peter.html()).contains("href=\"" + link + "\"");
    assertThat(to(reminded, "jonas").subject())
        .as("in the plan's language where the person chose none")
        .startsWith("Emlékeztető: kérjük, igazolja vissza");

    acknowledgements.confirm(id, "jonas");
    reachDay(IN_FORCE.plusDays(14));
    List<ReceivedMail> escalated = deliver();
    ReceivedMail coordinator = to(escalated, "coordinator");
    assertThat(escalated).hasSize(1);
    assertThat(coordinator.subject())
        .isEqualTo(
            "6 munkatárs még nem igazolta vissza, hogy elolvasta: " + TITLE + ", 1.0 változat");
    assertThat(coordinator.text())
        .contains("Péter Szabó", "Olena Kovalchuk")
        .doesNotContain("Anna Lindqvist", "Jonas Kazlauskas");
  }

  @Test
  void aVersionSupersededBeforeItsReminderRemindsNobody() {
    String code = code("ACKSUP");
    inForce(code);
    deliver();
    ProcessInstance second = driver.startNewVersion("coordinator", code);
    driver.draft(second, List.of(), IN_FORCE.plusDays(3));
    driver.consolidate(second);
    driver.decide(second, DirectorDecision.APPROVE, null, IN_FORCE.plusDays(3));
    reachDay(IN_FORCE.plusDays(3));
    deliver();

    reachDay(IN_FORCE.plusDays(7));
    assertThat(deliver()).as("the first version's reminder is gone with it").isEmpty();
    reachDay(IN_FORCE.plusDays(10));
    assertThat(deliver())
        .as("the version in force is reminded of")
        .isNotEmpty()
        .allMatch(m -> m.subject().contains("2.0"));
  }
}
