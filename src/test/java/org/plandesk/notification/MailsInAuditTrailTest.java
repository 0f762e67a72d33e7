package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.audit.AuditEntry;
import org.plandesk.audit.AuditTrail;
import org.plandesk.process.DirectorDecision;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail of a plan lists the mails sent about it (to whom, the subject, when), the ones
 * still waiting, and the ones that could not be delivered, read from the outbox as it stands.
 */
class MailsInAuditTrailTest extends MailTestBase {

  @Autowired AuditTrail audit;

  @Test
  void everyMailAboutAVersionIsALineOfItsAuditTrailWithWhatBecameOfIt() {
    String code = code("AUDIT-MAIL");
    ProcessInstance pi = atApproval(code, SeedPlans.KULSO_KOMM_TITLE);

    assertThat(mailLines(code))
        .as("written in the step's transaction, not sent yet")
        .isNotEmpty()
        .allMatch(e -> e.action().startsWith("Mail waiting to be sent ("));

    List<ReceivedMail> delivered = deliver();
    List<AuditEntry> sent = mailLines(code);
    assertThat(sent).hasSize(delivered.size()).allMatch(e -> e.action().startsWith("Mail sent ("));
    for (ReceivedMail mail : delivered) {
      assertThat(sent)
          .as("a line for the mail to %s: %s", mail.to(), mail.subject())
          .anyMatch(
              e ->
                  e.action().endsWith("<" + mail.to() + ">")
                      && e.detail().equals("subject: " + mail.subject()));
    }
    assertThat(sent)
        .anyMatch(
            e ->
                e.action()
                    .equals(
                        "Mail sent (New task) to Anna Lindqvist <"
                            + to(delivered, "anna").to()
                            + ">"));

    // SMTP down: the director's decision mail is not delivered; the trail says so, with the error.
    smtp.stop();
    driver.decide(pi, DirectorDecision.REQUEST_CHANGES, "A közösségi médiát is kérem.", null);
    Instant later = Instant.now().plus(1, ChronoUnit.DAYS);
    // An unreachable server stops a run after one try: two mails, three attempts each.
    for (int run = 0; run < 6; run++) {
      sender.sendDueMails(later.plus(run, ChronoUnit.DAYS));
    }
    assertThat(mailLines(code))
        .anySatisfy(
            e -> {
              assertThat(e.action())
                  .startsWith("Mail not delivered (Changes requested) to Márku Mónika <");
              assertThat(e.detail())
                  .containsIgnoringCase("last error")
                  .containsIgnoringCase("connect");
            });
  }

  private List<AuditEntry> mailLines(String code) {
    return audit.trail(code, new AuditTrail.Filter(null, null, null)).stream()
        .filter(e -> e.action().startsWith("Mail "))
        .toList();
  }
}
