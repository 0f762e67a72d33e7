package org.plandesk.notification;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plandesk.plan.PlanNotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's page for mails that need a person (group camunda-admin only, see {@code
 * SecurityConfig}): mails left UNCONFIRMED by a crashed sender and mails that FAILED, newest first,
 * with what is needed to settle each (recipient, Message-ID, last error), and the buttons to
 * confirm one delivered or send it again. The same {@link MailAdministration} as the admin API does
 * the work. Every word comes from the {@code i18n/pages} bundle, in the signed-in user's language.
 */
@Controller
@RequestMapping("/admin/mails")
class MailAdminPageController {

  static final int PAGE_SIZE = 20;

  private final MailAdministration administration;
  private final MailOutbox outbox;
  private final SmtpGateway smtp;
  private final PlanLookup plans;
  private final MessageSource messages;

  MailAdminPageController(
      MailAdministration administration,
      MailOutbox outbox,
      SmtpGateway smtp,
      PlanLookup plans,
      MessageSource messages) {
    this.administration = administration;
    this.outbox = outbox;
    this.smtp = smtp;
    this.plans = plans;
    this.messages = messages;
  }

  /** A mail as a row of the page: words and times already in the reader's language. */
  record Row(
      long id,
      MailStatus status,
      MailKind kind,
      String recipient,
      String subject,
      Optional<PlanRef> plan,
      String created,
      Instant createdAt,
      String handed,
      Instant handedAt,
      int attempts,
      String lastError,
      String messageId) {

    public boolean confirmable() {
      return status == MailStatus.UNCONFIRMED;
    }

    public boolean resendable() {
      return status == MailStatus.UNCONFIRMED || status == MailStatus.FAILED;
    }
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "1") int page,
      Locale locale,
      Model model) {
    return show(filter(status), page, locale, model);
  }

  @PostMapping("/{id}/confirm-delivered")
  String confirmDelivered(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "1") int page,
      Principal admin,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return settle(
        () -> administration.confirmDelivered(id, admin.getName()),
        "mailadmin.done.confirmed",
        id,
        status,
        page,
        locale,
        model,
        redirect,
        response);
  }

  @PostMapping("/{id}/resend")
  String resend(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "1") int page,
      Principal admin,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return settle(
        () -> administration.resend(id, admin.getName()),
        "mailadmin.done.resent",
        id,
        status,
        page,
        locale,
        model,
        redirect,
        response);
  }

  private interface Settlement {
    OutboxMail apply();
  }

  /**
   * Settles a mail, then back to the list with what was done; a refusal shows the list with the
   * reason.
   */
  private String settle(
      Settlement settlement,
      String doneKey,
      long id,
      String status,
      int page,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      OutboxMail mail = settlement.apply();
      redirect.addFlashAttribute(
          "done", text(doneKey, locale, String.valueOf(id), recipient(mail)));
      return backToList(status, page);
    } catch (MailAdministration.Refused refused) {
      return refusedPage(refused, filter(status), page, locale, model, response);
    }
  }

  /**
   * A mail id that is not a number ({@code /admin/mails/abc/resend}): no such mail, not a 400 page.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String notAMailId(
      MethodArgumentTypeMismatchException e,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute(
        "refused", text("mailadmin.refused.NO_SUCH_MAIL", locale, String.valueOf(e.getValue())));
    return show(MailAdministration.NEEDING_ATTENTION, 1, locale, model);
  }

  private String refusedPage(
      MailAdministration.Refused refused,
      Set<MailStatus> statuses,
      int page,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    HttpStatus status =
        refused.reason() == MailAdministration.Refusal.NO_SUCH_MAIL
            ? HttpStatus.NOT_FOUND
            : HttpStatus.CONFLICT;
    response.setStatus(status.value());
    String found = refused.status() == null ? "" : text("mail.status." + refused.status(), locale);
    model.addAttribute(
        "refused",
        text(
            "mailadmin.refused." + refused.reason(),
            locale,
            String.valueOf(refused.mailId()),
            found));
    return show(statuses, page, locale, model);
  }

  private String show(Set<MailStatus> statuses, int page, Locale locale, Model model) {
    MailAdministration.Page shown = administration.list(statuses, page, PAGE_SIZE);
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ZoneId.systemDefault());
    Map<Long, Optional<PlanRef>> plansById = new HashMap<>();
    List<Row> rows =
        shown.mails().stream()
            .map(
                m ->
                    new Row(
                        m.id(),
                        m.status(),
                        m.kind(),
                        recipient(m),
                        m.subject(),
                        m.versionId() == null
                            ? Optional.empty()
                            : plansById.computeIfAbsent(m.versionId(), this::plan),
                        format.format(m.createdAt()),
                        m.createdAt(),
                        m.handedAt() == null ? null : format.format(m.handedAt()),
                        m.handedAt(),
                        m.attempts(),
                        m.lastError(),
                        m.messageId()))
            .toList();
    String filter = statuses.size() == 1 ? statuses.iterator().next().name() : "";
    model.addAttribute("rows", rows);
    model.addAttribute("result", shown);
    model.addAttribute("firstRow", rows.isEmpty() ? 0 : (shown.page() - 1L) * shown.size() + 1);
    model.addAttribute("lastRow", (shown.page() - 1L) * shown.size() + rows.size());
    model.addAttribute("filter", filter);
    model.addAttribute("filters", List.of(MailStatus.UNCONFIRMED, MailStatus.FAILED));
    model.addAttribute("unconfirmed", outbox.count(MailStatus.UNCONFIRMED));
    model.addAttribute("failed", outbox.count(MailStatus.FAILED));
    model.addAttribute("smtpConfigured", smtp.configured());
    return "admin-mails";
  }

  private Optional<PlanRef> plan(long versionId) {
    try {
      return Optional.of(plans.version(versionId));
    } catch (PlanNotFound e) {
      return Optional.empty();
    }
  }

  /** UNCONFIRMED or FAILED alone, else both. */
  private static Set<MailStatus> filter(String status) {
    return MailAdministration.NEEDING_ATTENTION.stream()
        .filter(s -> s.name().equals(status))
        .findFirst()
        .map(Set::of)
        .orElse(MailAdministration.NEEDING_ATTENTION);
  }

  /** Post/redirect/get: a reload shows the list again, it does not repeat the action. */
  private static String backToList(String status, int page) {
    var list = UriComponentsBuilder.fromPath("/admin/mails");
    if (filter(status).size() == 1) {
      list.queryParam("status", status);
    }
    if (page > 1) {
      list.queryParam("page", page);
    }
    return "redirect:" + list.build().toUriString();
  }

  private static String recipient(OutboxMail mail) {
    String name = mail.recipientName();
    return name == null || name.isBlank()
        ? mail.recipientAddress()
        : name + " <" + mail.recipientAddress() + ">";
  }

  /** A text of the bundle; numbers are passed as strings, so an id is never written "1,234". */
  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
