package org.plandesk.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.acknowledge.Confirmation;
import org.plandesk.document.StoredDocument;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanEvents;
import org.plandesk.plan.PlanService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about what happened to a plan version, posted while {@code PlanService} publishes the
 * event, inside the transaction of the step: the mail exists exactly when the step committed.
 *
 * <ul>
 *   <li>the director's decision (approved with the effective date, changes requested, rejected,
 *       each with the comment) to the coordinator who prepared the version;
 *   <li>the entry into force to all staff, with the approved DOCX attached and a link to it; those
 *       asked to read and confirm it get the link to the page where they confirm.
 * </ul>
 */
@Component
class PlanEventMails {

  private final Mailer mailer;
  private final Recipients recipients;
  private final PlanLookup plans;
  private final PlanService planService;
  private final PlanDocuments documents;
  private final MailLinks links;
  private final Acknowledgements acknowledgements;

  PlanEventMails(
      Mailer mailer,
      Recipients recipients,
      PlanLookup plans,
      PlanService planService,
      PlanDocuments documents,
      MailLinks links,
      Acknowledgements acknowledgements) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.plans = plans;
    this.planService = planService;
    this.documents = documents;
    this.links = links;
    this.acknowledgements = acknowledgements;
  }

  @EventListener
  void approved(PlanEvents.VersionApproved event) {
    PlanRef plan = plans.version(event.versionId());
    toCoordinator(
        MailKind.VERSION_APPROVED,
        plan,
        letter -> {
          String effective = letter.date(event.effectiveDate());
          letter
              .subject("approved.subject", plan.plan().title(), event.versionNumber(), effective)
              .paragraph(
                  "approved.intro",
                  plan.label(),
                  event.versionNumber(),
                  plan.version().approvedByName())
              .paragraph("approved.next", effective)
              .quote("mail.quote.director", plan.version().decisionComment())
              .fact("mail.fact.plan", plan.label())
              .fact("mail.fact.version", event.versionNumber())
              .fact(
                  "mail.fact.approvalDate",
                  plan.version().approvalDate() == null
                      ? null
                      : letter.date(plan.version().approvalDate()))
              .fact("mail.fact.effectiveDate", effective)
              .action("mail.link.version", links.version(plan.versionId()));
        });
  }

  @EventListener
  void changesRequested(PlanEvents.ChangesRequested event) {
    commented(
        MailKind.CHANGES_REQUESTED,
        "changes",
        event.versionId(),
        event.comment(),
        "mail.link.draft");
  }

  @EventListener
  void rejected(PlanEvents.VersionRejected event) {
    commented(
        MailKind.VERSION_REJECTED,
        "rejected",
        event.versionId(),
        event.comment(),
        "mail.link.version");
  }

  /** A decision with the director's comment: what happened, the comment, what to do now. */
  private void commented(
      MailKind kind, String texts, long versionId, String comment, String linkKey) {
    PlanRef plan = plans.version(versionId);
    toCoordinator(
        kind,
        plan,
        letter ->
            letter
                .subject(texts + ".subject", plan.plan().title())
                .paragraph(texts + ".intro", plan.label())
                .quote("mail.quote.director", comment)
                .paragraph(texts + ".next")
                .fact("mail.fact.plan", plan.label())
                .action(linkKey, links.version(plan.versionId())));
  }

  @EventListener
  void enteredForce(PlanEvents.VersionEnteredForce event) {
    PlanRef plan = plans.version(event.versionId());
    Optional<String> superseded =
        Optional.ofNullable(event.supersededVersionId())
            .map(id -> planService.version(id).versionNumber());
    // The document is generated between approval and the effective date; without it, no attachment.
    Optional<StoredDocument> document = documents.approved(event.versionId());
    MailAttachment attachment =
        document
            .map(d -> new MailAttachment(docxName(d.fileName()), MailAttachment.DOCX, d.docx()))
            .orElse(null);
    // Those asked to read and confirm the version (acknowledge's round, opened before this mail)
    // get the link to confirm; everyone else the news alone.
    Set<String> askedIds =
        acknowledgements
            .status(event.versionId())
            .map(s -> s.people().stream().map(Confirmation::userId).collect(Collectors.toSet()))
            .orElse(Set.of());
    var staff = recipients.allStaff();
    List<Recipient> asked = staff.stream().filter(r -> askedIds.contains(r.userId())).toList();
    List<Recipient> others = staff.stream().filter(r -> !askedIds.contains(r.userId())).toList();
    inForceMail(plan, superseded, document, attachment, others, false);
    inForceMail(plan, superseded, document, attachment, asked, true);
  }

  private void inForceMail(
      PlanRef plan,
      Optional<String> superseded,
      Optional<StoredDocument> document,
      MailAttachment attachment,
      List<Recipient> to,
      boolean askedToConfirm) {
    if (to.isEmpty()) {
      return;
    }
    String number = plan.version().versionNumber();
    mailer.post(
        MailKind.VERSION_IN_FORCE,
        to,
        plan.language(),
        Mailer.About.version(plan.versionId()),
        attachment,
        letter -> {
          String effective =
              plan.version().effectiveDate() == null
                  ? null
                  : letter.date(plan.version().effectiveDate());
          letter
              .subject("inForce.subject", plan.plan().title(), number)
              .paragraph("inForce.intro", plan.label(), number, effective);
          superseded.ifPresent(previous -> letter.paragraph("inForce.superseded", previous));
          if (askedToConfirm) {
            letter.paragraph("inForce.acknowledge");
          }
          letter
              .paragraph(document.isPresent() ? "inForce.attached" : "inForce.onPage")
              .fact("mail.fact.plan", plan.label())
              .fact("mail.fact.version", number)
              .fact("mail.fact.effectiveDate", effective)
              .fact("mail.fact.approvedBy", plan.version().approvedByName());
          if (askedToConfirm) {
            letter.action("inForce.acknowledgeAction", links.acknowledge(plan.versionId()));
            if (document.isPresent()) {
              letter.link("inForce.action", links.document(plan.versionId()));
            }
            letter.link("mail.link.version", links.version(plan.versionId()));
          } else if (document.isPresent()) {
            letter
                .action("inForce.action", links.document(plan.versionId()))
                .link("mail.link.version", links.version(plan.versionId()));
          } else {
            letter.action("mail.link.version", links.version(plan.versionId()));
          }
        });
  }

  private void toCoordinator(MailKind kind, PlanRef plan, Consumer<Letter> writer) {
    mailer.post(
        kind,
        recipients.coordinatorOf(plan.version().preparedBy()),
        plan.language(),
        Mailer.About.version(plan.versionId()),
        null,
        writer);
  }

  private static String docxName(String fileName) {
    return fileName.toLowerCase().endsWith(".docx") ? fileName : fileName + ".docx";
  }
}
