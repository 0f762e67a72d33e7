package org.plandesk.notification;

import java.security.Principal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.plandesk.plan.PlanLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for administrators (group camunda-admin, see {@link MailAdminAccess}): what was sent,
 * what is waiting, what failed and why, and what would have been sent while no SMTP server was
 * configured; failed and held mails can be sent (again). A mail left UNCONFIRMED by a crashed
 * sender is looked up by its Message-ID, then confirmed delivered or resent.
 */
@RestController
@RequestMapping("/api/admin")
class MailAdminController {

  private static final int MAX_LIST = 500;

  private final MailOutbox outbox;
  private final MailAdministration administration;
  private final SmtpGateway smtp;
  private final Recipients recipients;
  private final IdentityService identity;

  MailAdminController(
      MailOutbox outbox,
      MailAdministration administration,
      SmtpGateway smtp,
      Recipients recipients,
      IdentityService identity) {
    this.outbox = outbox;
    this.administration = administration;
    this.smtp = smtp;
    this.recipients = recipients;
    this.identity = identity;
  }

  /** A mail in the list: everything but its bodies. */
  record MailSummary(
      long id,
      MailKind kind,
      MailStatus status,
      String recipientUser,
      String recipientAddress,
      String language,
      String subject,
      Long versionId,
      String taskId,
      boolean attachment,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant handedAt,
      Instant sentAt,
      String messageId) {

    static MailSummary of(OutboxMail m) {
      return new MailSummary(
          m.id(),
          m.kind(),
          m.status(),
          m.recipientUser(),
          m.recipientAddress(),
          m.language(),
          m.subject(),
          m.versionId(),
          m.taskId(),
          m.attachmentId() != null,
          m.attempts(),
          m.lastError(),
          m.createdAt(),
          m.status() == MailStatus.PENDING ? m.nextAttemptAt() : null,
          m.handedAt(),
          m.sentAt(),
          m.messageId());
    }
  }

  /** One mail with its plain-text and HTML bodies. */
  record MailDetails(MailSummary mail, String text, String html) {}

  /** The state of the outbox at a glance, and the newest mails (optionally of one status). */
  record MailList(String smtp, Map<MailStatus, Long> counts, List<MailSummary> mails) {}

  record LanguageChoice(String language) {}

  @GetMapping("/mails")
  MailList list(
      @RequestParam(required = false) MailStatus status,
      @RequestParam(defaultValue = "100") int limit) {
    int max = Math.max(1, Math.min(limit, MAX_LIST));
    Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
    for (MailStatus each : MailStatus.values()) {
      counts.put(each, outbox.count(each));
    }
    return new MailList(
        smtp.describe(), counts, outbox.list(status, max).stream().map(MailSummary::of).toList());
  }

  @GetMapping("/mails/{id}")
  ResponseEntity<?> mail(@PathVariable long id) {
    return outbox
        .find(id)
        .<ResponseEntity<?>>map(
            m -> ResponseEntity.ok(new MailDetails(MailSummary.of(m), m.bodyText(), m.bodyHtml())))
        .orElseGet(() -> error(HttpStatus.NOT_FOUND, "There is no mail " + id));
  }

  /** The HTML body as the recipient sees it; it may not load or run anything. */
  @GetMapping(value = "/mails/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> preview(@PathVariable long id) {
    return outbox
        .find(id)
        .map(
            m ->
                ResponseEntity.ok()
                    .header(
                        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .body(m.bodyHtml()))
        .orElseGet(
            () -> ResponseEntity.status(HttpStatus.NOT_FOUND).body("There is no mail " + id));
  }

  /**
   * Puts a FAILED, HELD or UNCONFIRMED mail back in line; the sender delivers it on its next run.
   */
  @PostMapping("/mails/{id}/resend")
  ResponseEntity<?> resend(@PathVariable long id, Principal admin) {
    try {
      return ResponseEntity.accepted()
          .body(MailSummary.of(administration.resend(id, admin.getName())));
    } catch (MailAdministration.Refused refused) {
      return refusal(refused);
    }
  }

  /** An UNCONFIRMED mail the admin found delivered (by its Message-ID): it counts as SENT. */
  @PostMapping("/mails/{id}/confirm-delivered")
  ResponseEntity<?> confirmDelivered(@PathVariable long id, Principal admin) {
    try {
      return ResponseEntity.ok(
          MailSummary.of(administration.confirmDelivered(id, admin.getName())));
    } catch (MailAdministration.Refused refused) {
      return refusal(refused);
    }
  }

  /** Sets the language a user receives mails in (else the plan's language is used). */
  @PutMapping("/users/{userId}/mail-language")
  ResponseEntity<?> mailLanguage(@PathVariable String userId, @RequestBody LanguageChoice choice) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      return error(HttpStatus.NOT_FOUND, "There is no user " + userId);
    }
    PlanLanguage language;
    try {
      language = PlanLanguage.of(choice == null ? null : choice.language());
    } catch (RuntimeException e) {
      return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    recipients.setLanguage(userId, language);
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<Map<String, String>> refusal(MailAdministration.Refused refused) {
    long id = refused.mailId();
    return switch (refused.reason()) {
      case NO_SUCH_MAIL -> error(HttpStatus.NOT_FOUND, "There is no mail " + id);
      case NO_SMTP_SERVER ->
          error(
              HttpStatus.CONFLICT,
              "No SMTP server is configured (PLANDESK_SMTP_HOST): the mail would stay held");
      case NOT_RESENDABLE ->
          error(
              HttpStatus.CONFLICT,
              "Mail "
                  + id
                  + " is "
                  + refused.status()
                  + ": only FAILED, HELD or UNCONFIRMED mails can be sent again");
      case NOT_UNCONFIRMED ->
          error(
              HttpStatus.CONFLICT,
              "Mail "
                  + id
                  + " is "
                  + refused.status()
                  + ": only UNCONFIRMED mails can be confirmed delivered");
    };
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(Map.of("error", message));
  }
}
