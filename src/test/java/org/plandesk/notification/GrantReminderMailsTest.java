package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plandesk.grant.process.GrantRequestVariables.DECISION;
import static org.plandesk.grant.process.GrantRequestVariables.SUBMISSION_NOTE;
import static org.plandesk.grant.process.GrantRequestVariables.SUBMITTED_ON;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.process.GrantRequestProcess;

/**
 * The reminders the grant request defines reach the responsible person (Péter, who reads Ukrainian)
 * with a link to the open task: before the funder's deadline, when the funder's decision is
 * overdue, and before each report is due.
 */
class GrantReminderMailsTest extends MailTestBase {

  private static final String TASKLIST = BASE_URL + "/camunda/app/tasklist/default/#/?task=";
  private static final LocalDate DEADLINE = TODAY.plusDays(30);
  private static final String TITLE = "Простір громади";

  @AfterEach
  void forgetLanguage() {
    identity.deleteUserInfo("peter", Recipients.LANGUAGE_KEY);
  }

  @Test
  void theResponsiblePersonIsRemindedOfTheDeadlineTheOverdueDecisionAndEachReport() {
    identity.setUserInfo("peter", Recipients.LANGUAGE_KEY, "uk");
    ProcessInstance pi = prepare();
    driver.complete(
        "director",
        driver.task(pi, GrantRequestProcess.APPROVE_REQUEST),
        new HashMap<>(Map.of(DECISION.name(), "APPROVE")));
    Task submit = driver.task(pi, GrantRequestProcess.SUBMIT_TO_FUNDER);
    List<ReceivedMail> toSubmit = deliver();
    assertThat(toSubmit).extracting(ReceivedMail::user).contains("peter", "anna");
    assertThat(to(toSubmit, "peter").subject())
        .isEqualTo("Потрібно зробити: Подати заявку грантодавцю — " + TITLE);

    reachDay(DEADLINE.minusDays(7));
    ReceivedMail submission = to(deliver(), "peter");
    assertThat(submission.subject())
        .isEqualTo(
            "Нагадування: подайте заявку «"
                + TITLE
                + "» грантодавцю (House of Europe), строк — 31 жовтня 2026 р.");
    assertThat(submission.text())
        .contains("Строк грантодавця: 31 жовтня 2026 р.")
        .contains(TASKLIST + submit.getId());

    LocalDate submitted = DEADLINE.minusDays(7);
    driver.complete(
        "peter",
        submit,
        Map.of(SUBMITTED_ON.name(), submitted.toString(), SUBMISSION_NOTE.name(), "HoE-2027-0042"));
    Task decision = driver.task(pi, GrantRequestProcess.RECORD_FUNDER_DECISION);
    reachDay(submitted.plusDays(60));
    ReceivedMail overdue =
        deliver().stream()
            .filter(m -> m.subject().startsWith("Нагадування"))
            .findFirst()
            .orElseThrow();
    assertThat(overdue.user()).isEqualTo("peter");
    assertThat(overdue.subject())
        .isEqualTo("Нагадування: внесіть рішення грантодавця щодо заявки «" + TITLE + "»");
    assertThat(overdue.text())
        .contains("подано грантодавцю (House of Europe) 24 жовтня 2026 р.")
        .contains(TASKLIST + decision.getId());

    LocalDate interim = submitted.plusDays(60).plusMonths(6);
    driver.complete(
        "peter",
        decision,
        GrantDriver.award(
            10000L,
            interim
                + " Interim narrative report\n"
                + interim.plusMonths(6)
                + " Final financial report"));
    deliver();

    reachDay(interim.minusDays(14));
    List<ReceivedMail> reports = deliver();
    assertThat(reports).extracting(ReceivedMail::user).containsExactly("peter");
    ReceivedMail report = reports.get(0);
    assertThat(report.subject())
        .isEqualTo("Нагадування: звіт за грантом «" + TITLE + "», строк — 23 червня 2027 р.");
    Task interimTask =
        driver.tasks(pi, GrantRequestProcess.SUBMIT_REPORT).stream()
            .filter(
                t ->
                    "Interim narrative report"
                        .equals(
                            engine.getTaskService().getVariable(t.getId(), "reportDescription")))
            .findFirst()
            .orElseThrow();
    assertThat(report.text())
        .contains("  - Interim narrative report")
        .contains(TASKLIST + interimTask.getId());
  }

  private ProcessInstance prepare() {
    return new GrantDriver(engine, driver)
        .prepare("anna", GrantDriver.requestForm(TITLE, DEADLINE));
  }
}
