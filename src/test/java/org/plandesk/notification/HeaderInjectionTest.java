package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;

/**
 * Names and titles come from people. A line break in them must never become a mail header: no
 * hidden Bcc, no extra header, no mail to an address nobody asked for. PlanDesk refuses line breaks
 * in titles when a plan is opened (TextRules); the mails must stay safe for a title stored before
 * that rule, and for user names, which Camunda's identity service stores as given.
 */
class HeaderInjectionTest extends MailTestBase {

  private static final String ATTACK = "\r\nBcc: victim@attacker.example\r\nX-Injected: yes";

  @Test
  void lineBreaksInPlanTitlesAndUserNamesCreateNoHeadersAndNoRecipients() {
    User mallory = identity.newUser("mallory");
    mallory.setFirstName("Mal" + ATTACK);
    mallory.setLastName("Lory\nX-Injected: also");
    mallory.setEmail("mallory@library.example");
    identity.saveUser(mallory);
    identity.createMembership("mallory", "events");
    try {
      String code = code("INJECT");
      ProcessInstance pi =
          driver.startNewPlan("coordinator", code, "Terv", "COMMUNICATION_PLAN", "en");
      jdbc.sql("UPDATE plan SET title = ? WHERE code = ?").params("Terv" + ATTACK, code).update();
      driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
      driver.draft(pi, List.of("events"), TODAY.plusDays(7));

      List<ReceivedMail> mails = deliver();

      assertThat(mails)
          .extracting(ReceivedMail::user)
          .containsExactlyInAnyOrder("coordinator", "mallory", "peter");
      assertThat(smtp.getUserManager().getUserByEmail("victim@attacker.example"))
          .as("a mailbox for the victim")
          .isNull();
      for (ReceivedMail mail : mails) {
        assertThat(mail.message().getAllRecipients()).hasSize(1);
        String headers = mail.source().substring(0, mail.source().indexOf("\r\n\r\n"));
        assertThat(headers).doesNotContainPattern("(?im)^(Bcc|X-Injected):");
        assertThat(mail.subject()).doesNotContain("\r").doesNotContain("\n");
      }
      // The departments' mails are written after the title was planted (the coordinator's, at the
      // start, before).
      for (String department : List.of("mallory", "peter")) {
        assertThat(to(mails, department).subject())
            .endsWith("Terv Bcc: victim@attacker.example X-Injected: yes");
      }
      ReceivedMail toMallory = to(mails, "mallory");
      assertThat(toMallory.message().getHeader("To", ","))
          .doesNotContain("\r\nBcc")
          .doesNotContain("\nX-Injected");
      assertThat(toMallory.text())
          .startsWith(
              "Hello Mal Bcc: victim@attacker.example X-Injected: yes Lory X-Injected: also,");
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    } finally {
      identity.deleteUser("mallory");
    }
  }

  @Test
  void headerTextIsOneLineWithoutControlCharacters() {
    assertThat(HeaderText.singleLine("A\r\nB\rC\nD\tE\u0000F\u2028G\u0085H  I "))
        .isEqualTo("A B C D E F G H I");
    assertThat(HeaderText.subject("x".repeat(300))).hasSize(HeaderText.MAX_SUBJECT).endsWith("…");
  }
}
