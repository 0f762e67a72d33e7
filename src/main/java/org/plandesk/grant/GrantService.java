package org.plandesk.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanRuleViolation;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.system.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant and fundraising requests from preparation to closing. Every step checks the request's
 * status and its own rules and records an entry in the request's history; a broken rule is a {@link
 * PlanRuleViolation} and changes nothing.
 */
@Service
@Transactional
public class GrantService {

  private static final Logger log = LoggerFactory.getLogger(GrantService.class);

  private final GrantRepository grants;
  private final PlanService plans;
  private final GrantLinks links;
  private final ApplicationEventPublisher events;

  GrantService(
      GrantRepository grants,
      PlanService plans,
      GrantLinks links,
      ApplicationEventPublisher events) {
    this.grants = grants;
    this.plans = plans;
    this.links = links;
    this.events = events;
  }

  /** Stores a new request, waiting for the director's approval. */
  public GrantRequest prepare(
      GrantDraft draft, String preparedBy, String processInstanceId, LocalDate today) {
    check(draft, today);
    long id = grants.insert(draft, preparedBy, processInstanceId);
    grants.insertEvent(id, GrantEvent.Kind.PREPARED, draft.title(), preparedBy);
    links.linkNamedActionItem(id, draft, preparedBy);
    log.info(
        "Grant request {} prepared by {}: {} ({} {})",
        id,
        preparedBy,
        draft.title(),
        draft.amountRequested(),
        draft.currency());
    return request(id);
  }

  /** The preparer's revision after the director requested changes; back to the director. */
  public GrantRequest revise(long id, GrantDraft draft, String by, LocalDate today) {
    GrantRequest request = require(id, GrantStatus.CHANGES_REQUESTED);
    check(draft, today);
    grants.update(id, draft);
    grants.updateStatus(request.moveTo(GrantStatus.IN_APPROVAL));
    grants.insertEvent(id, GrantEvent.Kind.REVISED, null, by);
    links.linkNamedActionItem(id, draft, by);
    return request(id);
  }

  public void approve(long id, String comment, String director, LocalDate today) {
    decide(
        id,
        GrantStatus.APPROVED,
        GrantEvent.Kind.APPROVED,
        GrantDraft.trim(comment),
        director,
        today);
  }

  public void requestChanges(long id, String comment, String director, LocalDate today) {
    decide(
        id,
        GrantStatus.CHANGES_REQUESTED,
        GrantEvent.Kind.CHANGES_REQUESTED,
        requireComment(comment, "field.changesComment"),
        director,
        today);
  }

  public void reject(long id, String comment, String director, LocalDate today) {
    decide(
        id,
        GrantStatus.REJECTED,
        GrantEvent.Kind.REJECTED,
        requireComment(comment, "field.grantRejectionComment"),
        director,
        today);
  }

  private void decide(
      long id,
      GrantStatus status,
      GrantEvent.Kind kind,
      String comment,
      String director,
      LocalDate today) {
    GrantRequest request = require(id, GrantStatus.IN_APPROVAL);
    GrantDraft.optional(comment, "field.comment", 4000);
    grants.recordDirectorDecision(id, comment, director, today);
    grants.updateStatus(request.moveTo(status));
    grants.insertEvent(id, kind, comment, director);
  }

  public void remindSubmission(long id) {
    GrantRequest request = require(id, GrantStatus.APPROVED);
    grants.insertEvent(
        id, GrantEvent.Kind.SUBMISSION_REMINDER, "Deadline " + request.funderDeadline(), null);
    events.publishEvent(
        new GrantEvents.SubmissionReminderDue(id, request.responsible(), request.funderDeadline()));
  }

  /** Records the submission to the funder: on or before the deadline, and not in the future. */
  public void submit(long id, LocalDate submittedOn, String note, String by, LocalDate today) {
    GrantRequest request = require(id, GrantStatus.APPROVED);
    if (submittedOn == null) {
      throw new PlanRuleViolation("rule.required", Text.of("field.submittedOn"));
    }
    if (submittedOn.isAfter(today)) {
      throw new PlanRuleViolation("rule.inFuture", Text.of("field.submittedOn"), submittedOn);
    }
    if (submittedOn.isAfter(request.funderDeadline())) {
      throw new PlanRuleViolation(
          "grant.submittedAfterDeadline", submittedOn, request.funderDeadline());
    }
    String text = GrantDraft.trim(note);
    GrantDraft.optional(text, "field.submissionNote", 4000);
    grants.recordSubmission(id, submittedOn);
    grants.updateStatus(request.moveTo(GrantStatus.SUBMITTED));
    grants.insertEvent(
        id,
        GrantEvent.Kind.SUBMITTED,
        text == null ? submittedOn.toString() : submittedOn + ": " + text,
        by);
  }

  /** The funder's deadline passed before the request was submitted: it ends as MISSED. */
  public void recordMissed(long id) {
    GrantRequest request = require(id, GrantStatus.APPROVED);
    grants.updateStatus(request.moveTo(GrantStatus.MISSED));
    grants.insertEvent(
        id, GrantEvent.Kind.DEADLINE_MISSED, "Deadline " + request.funderDeadline(), null);
    log.info("Grant request {} missed the funder's deadline {}", id, request.funderDeadline());
  }

  public void remindDecision(long id) {
    GrantRequest request = require(id, GrantStatus.SUBMITTED);
    grants.insertEvent(
        id, GrantEvent.Kind.DECISION_REMINDER, "Submitted " + request.submittedOn(), null);
    events.publishEvent(
        new GrantEvents.DecisionReminderDue(id, request.responsible(), request.submittedOn()));
  }

  /**
   * The funder awarded the grant: the amount awarded, its conditions and the reporting obligations
   * ({@link ObligationLines}).
   *
   * @return the obligations created, ordered by due date
   */
  public List<ReportingObligation> award(
      long id,
      BigDecimal amountAwarded,
      String conditions,
      String obligationLines,
      String comment,
      String by) {
    GrantRequest request = require(id, GrantStatus.SUBMITTED);
    if (amountAwarded == null) {
      throw new PlanRuleViolation("rule.required", Text.of("field.amountAwarded"));
    }
    if (amountAwarded.signum() <= 0 || amountAwarded.stripTrailingZeros().scale() > 2) {
      throw new PlanRuleViolation("grant.amountAwarded", amountAwarded.toPlainString());
    }
    String conditionsText = GrantDraft.trim(conditions);
    String commentText = GrantDraft.trim(comment);
    GrantDraft.optional(conditionsText, "field.conditions", 4000);
    GrantDraft.optional(commentText, "field.comment", 4000);
    List<ObligationLines.Line> lines = ObligationLines.parse(obligationLines);
    grants.recordDecision(id, amountAwarded, conditionsText, commentText);
    grants.updateStatus(request.moveTo(GrantStatus.AWARDED));
    List<Long> ids = new ArrayList<>();
    for (ObligationLines.Line line : lines) {
      ids.add(grants.insertObligation(id, line.dueDate(), line.description()));
    }
    grants.insertEvent(
        id,
        GrantEvent.Kind.AWARDED,
        amountAwarded.toPlainString() + ", " + lines.size() + " reporting obligation(s)",
        by);
    return grants.findObligations(id).stream().filter(o -> ids.contains(o.id())).toList();
  }

  public void decline(long id, String comment, String by) {
    GrantRequest request = require(id, GrantStatus.SUBMITTED);
    String text = GrantDraft.trim(comment);
    GrantDraft.optional(text, "field.comment", 4000);
    grants.recordDecision(id, null, null, text);
    grants.updateStatus(request.moveTo(GrantStatus.DECLINED));
    grants.insertEvent(id, GrantEvent.Kind.DECLINED, text, by);
  }

  public void remindReport(long obligationId) {
    ReportingObligation obligation = obligation(obligationId);
    GrantRequest request = require(obligation.grantId(), GrantStatus.AWARDED);
    grants.insertEvent(
        request.id(),
        GrantEvent.Kind.REPORT_REMINDER,
        obligation.dueDate() + " " + obligation.description(),
        null);
    events.publishEvent(
        new GrantEvents.ReportReminderDue(
            request.id(), obligationId, request.responsible(), obligation.dueDate()));
  }

  /** One reporting obligation was reported to the funder. */
  public void report(
      long obligationId, LocalDate reportedOn, String summary, String by, LocalDate today) {
    ReportingObligation obligation = obligation(obligationId);
    require(obligation.grantId(), GrantStatus.AWARDED);
    if (obligation.isReported()) {
      throw new PlanRuleViolation("grant.alreadyReported", obligation.reportedOn());
    }
    if (reportedOn == null) {
      throw new PlanRuleViolation("rule.required", Text.of("field.reportedOn"));
    }
    if (reportedOn.isAfter(today)) {
      throw new PlanRuleViolation("rule.inFuture", Text.of("field.reportedOn"), reportedOn);
    }
    String text = GrantDraft.trim(summary);
    GrantDraft.required(text, "field.reportSummary", 4000);
    grants.recordReport(obligationId, reportedOn, text, by);
    grants.insertEvent(
        obligation.grantId(),
        GrantEvent.Kind.REPORTED,
        obligation.dueDate() + " " + obligation.description(),
        by);
  }

  /** Every reporting obligation is reported: the request is CLOSED. */
  public void close(long id) {
    GrantRequest request = require(id, GrantStatus.AWARDED);
    long open = grants.findObligations(id).stream().filter(o -> !o.isReported()).count();
    if (open > 0) {
      throw new IllegalStateException(
          "Grant request " + id + " still has " + open + " unreported obligation(s)");
    }
    grants.updateStatus(request.moveTo(GrantStatus.CLOSED));
    grants.insertEvent(id, GrantEvent.Kind.CLOSED, null, null);
  }

  /** A document of the request was generated and stored: recorded in its history. */
  public void recordDocument(long id, String detail) {
    request(id);
    grants.insertEvent(id, GrantEvent.Kind.DOCUMENT_GENERATED, detail, null);
  }

  /**
   * The plan the request serves; empty when it serves none (or its code names no plan any more).
   */
  @Transactional(readOnly = true)
  public Optional<Plan> servedPlan(GrantRequest request) {
    if (request.planCode() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(plans.overview(request.planCode()).plan());
    } catch (PlanNotFound e) {
      return Optional.empty();
    }
  }

  @Transactional(readOnly = true)
  public GrantRequest request(long id) {
    return grants
        .find(id)
        .orElseThrow(() -> new GrantNotFound("grant.noSuchRequest", String.valueOf(id)));
  }

  @Transactional(readOnly = true)
  public ReportingObligation obligation(long id) {
    return grants
        .findObligation(id)
        .orElseThrow(() -> new GrantNotFound("grant.noSuchObligation", String.valueOf(id)));
  }

  /** Every request, newest first; only those in the given status unless it is null. */
  @Transactional(readOnly = true)
  public List<GrantRequest> list(GrantStatus status) {
    return grants.findAll(status);
  }

  /**
   * Every reporting obligation not reported yet, of every request, earliest due first: the reports
   * due, read in one query for the grants register and the list of what is due.
   */
  @Transactional(readOnly = true)
  public List<ReportingObligation> openObligations() {
    return grants.findOpenObligations();
  }

  @Transactional(readOnly = true)
  public GrantOverview overview(long id) {
    return new GrantOverview(request(id), grants.findObligations(id), grants.findEvents(id));
  }

  private GrantRequest require(long id, GrantStatus expected) {
    GrantRequest request = request(id);
    if (request.status() != expected) {
      throw new PlanRuleViolation(
          "grant.stepDoesNotApply",
          String.valueOf(id),
          Text.of("living.grantStatus." + request.status()),
          Text.of("living.grantStatus." + expected));
    }
    return request;
  }

  /** A required comment; {@code what} is the key of the field's label, as refusals name it. */
  private static String requireComment(String comment, String what) {
    String text = GrantDraft.trim(comment);
    if (text == null) {
      throw new PlanRuleViolation("rule.required", Text.of(what));
    }
    return text;
  }

  /**
   * The field rules, then the plan it serves: a plan in force and, if named, one of its action
   * items.
   */
  private void check(GrantDraft draft, LocalDate today) {
    draft.check(today);
    if (draft.planCode() == null) {
      return;
    }
    PlanVersion inForce;
    try {
      inForce = plans.overview(draft.planCode()).inForce().orElse(null);
    } catch (PlanNotFound e) {
      throw new PlanRuleViolation("plan.noSuchCode", draft.planCode());
    }
    if (inForce == null) {
      throw new PlanRuleViolation("grant.planNotInForce", draft.planCode());
    }
    if (draft.actionItem() != null
        && inForce.content().actionItems().stream()
            .noneMatch(a -> same(a.content(), draft.actionItem()))) {
      String known =
          inForce.content().actionItems().stream()
              .map(PlanContent.ActionItem::content)
              .limit(10)
              .map(c -> "'" + c + "'")
              .collect(Collectors.joining(", "));
      throw new PlanRuleViolation(
          known.isEmpty() ? "grant.noSuchActionItem" : "grant.noSuchActionItemKnown",
          draft.planCode(),
          draft.actionItem(),
          known);
    }
  }

  private static boolean same(String a, String b) {
    return a != null && normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
