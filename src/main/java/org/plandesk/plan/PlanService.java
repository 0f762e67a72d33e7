package org.plandesk.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plandesk.document.DocumentArchive;
import org.plandesk.document.DocumentInfo;
import org.plandesk.identity.Person;
import org.plandesk.system.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan domain: opening versions, saving drafts, recording departments' input and the director's
 * decision, putting versions in force. Every method is one transaction and checks its rules before
 * it writes, so a broken rule changes nothing.
 *
 * <p>Version numbers: the n-th approved version of a plan is "n.0" (1.0, 2.0, ...).
 */
@Service
@Transactional
public class PlanService {

  private static final Logger log = LoggerFactory.getLogger(PlanService.class);
  private static final int MAX_TITLE = 200;
  private static final int MAX_COMMENT = PlanContentRules.LONG_TEXT;

  private final PlanRepository plans;
  private final DocumentArchive documents;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PlanService(
      PlanRepository plans,
      DocumentArchive documents,
      Clock clock,
      ApplicationEventPublisher events) {
    this.plans = plans;
    this.documents = documents;
    this.clock = clock;
    this.events = events;
  }

  /** Opens a draft version: of a new plan, or the next version of an existing one. */
  public PlanVersion openVersion(VersionRequest request, Person coordinator) {
    if (request.kind() == null) {
      throw new PlanRuleViolation("plan.requestKind.required");
    }
    String code = TextRules.planCode(request.planCode(), Text.of("field.planCode"));
    try {
      return request.kind() == VersionRequest.Kind.NEW_PLAN
          ? openFirstVersion(code, request, coordinator)
          : openNextVersion(code, coordinator);
    } catch (DuplicateKeyException e) {
      // Two requests raced past the checks above: the unique keys decided, and nothing was written.
      throw new PlanRuleViolation("plan.existsOrDrafting", code);
    }
  }

  private PlanVersion openFirstVersion(String code, VersionRequest request, Person coordinator) {
    String title = requireOneLine(request.title(), "field.title", MAX_TITLE);
    if (request.type() == null) {
      throw new PlanRuleViolation("plan.type.required");
    }
    if (request.language() == null) {
      throw new PlanRuleViolation("plan.language.required");
    }
    if (plans.findPlanByCode(code).isPresent()) {
      throw new PlanRuleViolation("plan.exists", code);
    }
    long planId =
        plans.insertPlan(code, title, request.type(), request.language(), coordinator.id());
    String fileName = title + "_" + LocalDate.now(clock).getYear();
    long versionId =
        plans.insertVersion(
            planId, 1, fileName, PlanContent.empty(), coordinator.id(), coordinator.name());
    log.info("Plan {} opened with its first draft version (id {})", code, versionId);
    return version(versionId);
  }

  private PlanVersion openNextVersion(String code, Person coordinator) {
    Plan plan =
        plans
            .findPlanByCode(code)
            .orElseThrow(() -> new PlanRuleViolation("plan.noSuchCode", code));
    plans.lockPlan(plan.id());
    List<PlanVersion> versions = plans.findVersions(plan.id());
    versions.stream()
        .filter(v -> v.status().isOpen())
        .findFirst()
        .ifPresent(
            open -> {
              throw new PlanRuleViolation(
                  "plan.alreadyDrafting", code, String.valueOf(open.preparedByName()));
            });
    PlanVersion base =
        versions.stream()
            .filter(v -> v.versionNumber() != null)
            .max(Comparator.comparingInt(PlanVersion::sequence))
            .orElse(null);
    PlanContent content = base == null ? PlanContent.empty() : base.content().withChangeSummary("");
    String fileName =
        base == null ? plan.title() + "_" + LocalDate.now(clock).getYear() : base.fileName();
    long versionId =
        plans.insertVersion(
            plan.id(),
            plans.nextSequence(plan.id()),
            fileName,
            content,
            coordinator.id(),
            coordinator.name());
    log.info("Plan {} has a new draft version (id {})", code, versionId);
    return version(versionId);
  }

  /** Links the version to the process instance that runs its lifecycle. */
  /**
   * Fails unless the version is run by that process instance: a step of one process never acts on
   * another plan's version, whatever its variables say.
   */
  public void requireRunBy(long versionId, String processInstanceId) {
    String runBy = version(versionId).processInstanceId();
    if (runBy != null && !runBy.equals(processInstanceId)) {
      throw new IllegalStateException(
          "Version " + versionId + " is run by process " + runBy + ", not " + processInstanceId);
    }
  }

  public void attachProcess(long versionId, String processInstanceId) {
    plans.updateProcessInstance(versionId, processInstanceId);
  }

  /**
   * Saves the draft content; only a version in drafting can change. With an expected revision, a
   * save over someone else's newer save is refused instead of silently overwriting it.
   */
  public PlanVersion saveDraft(
      long versionId, Integer expectedRevision, String fileName, PlanContent content) {
    PlanVersion version = lockedVersion(versionId);
    requireEditable(version);
    if (expectedRevision != null && expectedRevision != version.revision()) {
      throw new PlanRuleViolation("editor.problem.savedMeanwhile");
    }
    String name = requireOneLine(fileName, "editor.field.fileName", MAX_TITLE);
    PlanContentRules.requireNone(PlanContentRules.checkDraft(content));
    plans.updateContent(versionId, name, content);
    return version(versionId);
  }

  /** Records what a department said about the draft. */
  public void recordInput(
      long versionId,
      String department,
      String comments,
      String proposedActions,
      List<String> votes,
      Person by) {
    PlanVersion version = lockedVersion(versionId);
    requireEditable(version);
    optionalText(comments, "field.comments", MAX_COMMENT);
    optionalText(proposedActions, "field.proposedActions", MAX_COMMENT);
    List<String> cleanVotes = votes == null ? List.of() : List.copyOf(votes);
    Set<String> groups =
        version.content().targetGroups().stream()
            .map(PlanContent.TargetGroup::name)
            .collect(Collectors.toSet());
    for (String vote : cleanVotes) {
      if (!groups.contains(vote)) {
        throw new PlanRuleViolation("plan.notATargetGroup", vote);
      }
    }
    try {
      plans.insertInput(
          versionId,
          department,
          DepartmentInput.Status.GIVEN,
          comments,
          proposedActions,
          cleanVotes,
          by.id());
    } catch (DuplicateKeyException e) {
      // One input per department and version (uq_input_department): another submission came first.
      // The department by its name where PlanDesk has words for it, else as configured.
      String group = "group." + department;
      throw new PlanConflict(
          e, "plan.inputAlreadyRecorded", Text.exists(group) ? Text.of(group) : department);
    }
  }

  /** Records that a department let its deadline pass without input. */
  public void recordNoInput(long versionId, String department) {
    plans.insertInput(
        versionId, department, DepartmentInput.Status.NO_INPUT, null, null, List.of(), null);
    events.publishEvent(new PlanEvents.InputMissed(versionId, department));
    log.info("Department {} gave no input to version {} by the deadline", department, versionId);
  }

  /**
   * Sends the consolidated draft to the director.
   *
   * @return the content sent, frozen from now on (the caller need not read the version again)
   */
  public PlanContent submitForApproval(long versionId) {
    PlanVersion version = lockedVersion(versionId);
    PlanVersion submitted = version.moveTo(VersionStatus.IN_APPROVAL);
    PlanContentRules.requireNone(PlanContentRules.checkReadyForApproval(version.content()));
    plans.updateStatus(submitted);
    return version.content();
  }

  /** The director sends the version back to the coordinator, with a comment. */
  public void requestChanges(long versionId, String comment, Person director) {
    PlanVersion version = lockedVersion(versionId);
    String reason = requireText(comment, "field.changesComment", MAX_COMMENT);
    plans.updateStatus(version.moveTo(VersionStatus.DRAFT));
    plans.recordDecisionComment(versionId, reason);
    plans.insertDecision(versionId, Decision.Kind.REQUEST_CHANGES, reason, null, director.id());
    events.publishEvent(new PlanEvents.ChangesRequested(versionId, reason));
  }

  /** The director rejects the version, with a comment. */
  public void reject(long versionId, String comment, Person director) {
    PlanVersion version = lockedVersion(versionId);
    String reason = requireText(comment, "field.rejectionComment", MAX_COMMENT);
    plans.updateStatus(version.moveTo(VersionStatus.REJECTED));
    plans.recordDecisionComment(versionId, reason);
    plans.insertDecision(versionId, Decision.Kind.REJECT, reason, null, director.id());
    events.publishEvent(new PlanEvents.VersionRejected(versionId, reason));
  }

  /**
   * The director approves: the version gets its number, approver and dates, and its content is
   * frozen from now on.
   *
   * @return the version number given ("2.0"); the version is not read again for it
   */
  public String approve(
      long versionId,
      Person director,
      LocalDate approvalDate,
      LocalDate effectiveDate,
      String comment) {
    PlanVersion version = lockedVersion(versionId);
    PlanVersion approved = version.moveTo(VersionStatus.APPROVED);
    if (effectiveDate == null) {
      throw new PlanRuleViolation("plan.effectiveDate.required");
    }
    if (effectiveDate.isBefore(approvalDate)) {
      throw new PlanRuleViolation("plan.effectiveBeforeApproval", effectiveDate, approvalDate);
    }
    optionalText(comment, "field.comment", MAX_COMMENT);
    String number = (plans.countApproved(version.planId()) + 1) + ".0";
    plans.recordApproval(
        versionId,
        number,
        director.id(),
        director.name(),
        approvalDate,
        effectiveDate,
        blankToNull(comment));
    plans.updateStatus(approved);
    plans.insertDecision(
        versionId, Decision.Kind.APPROVE, blankToNull(comment), effectiveDate, director.id());
    events.publishEvent(new PlanEvents.VersionApproved(versionId, number, effectiveDate));
    log.info(
        "Version {} approved as {} by {}, effective {}",
        versionId,
        number,
        director.id(),
        effectiveDate);
    return number;
  }

  /**
   * The effective date is reached: the version enters into force and supersedes its predecessor.
   */
  public void putInForce(long versionId) {
    PlanVersion version = lockedVersion(versionId);
    PlanVersion inForce = version.moveTo(VersionStatus.IN_FORCE);
    plans.lockPlan(version.planId());
    Long superseded = null;
    var previous = plans.findInForce(version.planId());
    if (previous.isPresent()) {
      plans.updateStatus(previous.get().moveTo(VersionStatus.SUPERSEDED));
      superseded = previous.get().id();
      log.info(
          "Version {} superseded by {}", previous.get().versionNumber(), version.versionNumber());
    }
    plans.updateStatus(inForce);
    events.publishEvent(new PlanEvents.VersionEnteredForce(versionId, superseded));
    log.info("Version {} (id {}) is in force", version.versionNumber(), versionId);
  }

  /**
   * A periodic review retires the plan: its version in force ends as RETIRED, and no version is in
   * force afterwards. Refused while a newer version is being drafted or approved.
   */
  public void retire(long versionId, String reason) {
    PlanVersion version = lockedVersion(versionId);
    String why = requireText(reason, "field.retirementReason", MAX_COMMENT);
    PlanVersion retired = version.moveTo(VersionStatus.RETIRED);
    plans.lockPlan(version.planId());
    plans.findVersions(version.planId()).stream()
        .filter(v -> v.status().isOpen() || v.status() == VersionStatus.APPROVED)
        .findFirst()
        .ifPresent(
            newer -> {
              throw new PlanRuleViolation(
                  "plan.newerBeforeRetiring", Text.of("status." + newer.status()));
            });
    // The reason is kept with the review that decided it (the approval comment stays as it was).
    plans.updateStatus(retired);
    events.publishEvent(new PlanEvents.VersionRetired(versionId, why));
    log.info("Version {} (id {}) retired: {}", version.versionNumber(), versionId, why);
  }

  /** Checks a withdrawal without doing it, so callers can refuse before touching the process. */
  public void checkWithdrawal(long versionId, String reason) {
    version(versionId).status().moveTo(VersionStatus.WITHDRAWN);
    requireText(reason, "field.withdrawalReason", MAX_COMMENT);
  }

  /** The coordinator withdraws a version before approval. */
  public void withdraw(long versionId, String reason) {
    PlanVersion version = lockedVersion(versionId);
    String why = requireText(reason, "field.withdrawalReason", MAX_COMMENT);
    plans.updateStatus(version.moveTo(VersionStatus.WITHDRAWN));
    plans.recordWithdrawal(versionId, why);
    events.publishEvent(new PlanEvents.VersionWithdrawn(versionId, why));
  }

  @Transactional(readOnly = true)
  public PlanVersion version(long versionId) {
    return plans
        .findVersion(versionId)
        .orElseThrow(() -> new PlanNotFound("plan.noSuchVersion", String.valueOf(versionId)));
  }

  @Transactional(readOnly = true)
  public Plan planOf(PlanVersion version) {
    return plans.findPlan(version.planId()).orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<Plan> plans() {
    return plans.findAllPlans();
  }

  /** Every plan with its version in force and open version: the register's rows. */
  @Transactional(readOnly = true)
  public List<RegisterRow> register() {
    return plans.register();
  }

  /** Every plan's version in force (without its content), in no particular order. */
  @Transactional(readOnly = true)
  public List<PlanInForce> inForce() {
    return plans.findInForce();
  }

  /** The content of each of these versions, read in one query (for lists across plans). */
  @Transactional(readOnly = true)
  public Map<Long, PlanContent> contents(Collection<Long> versionIds) {
    return plans.findContents(versionIds);
  }

  /** One page of the register, filtered and ordered. */
  @Transactional(readOnly = true)
  public RegisterPage register(RegisterQuery query) {
    return plans.registerPage(query);
  }

  @Transactional(readOnly = true)
  public PlanOverview overview(String code) {
    Plan plan =
        plans.findPlanByCode(code).orElseThrow(() -> new PlanNotFound("plan.noSuchCode", code));
    List<PlanVersion> versions = plans.findVersions(plan.id());
    List<PlanVersion> approved = versions.stream().filter(v -> v.versionNumber() != null).toList();
    // The page counts are those of the approved documents, kept in the document archive only.
    Map<Long, DocumentInfo> documentsOf =
        documents.info(
            ApprovedDocument.KIND,
            ApprovedDocument.EDITION,
            approved.stream().map(PlanVersion::id).toList());
    List<ModificationListRow> modifications =
        approved.stream()
            .map(
                v ->
                    ModificationListRow.of(
                        v,
                        documentsOf.containsKey(v.id())
                            ? documentsOf.get(v.id()).pageCount()
                            : null))
            .toList();
    return new PlanOverview(plan, versions, modifications);
  }

  /** The director's decisions on a version, oldest first. */
  @Transactional(readOnly = true)
  public List<Decision> decisions(long versionId) {
    return plans.findDecisions(versionId);
  }

  /**
   * The director's decisions on each of these versions, oldest first (versions without any are left
   * out).
   */
  @Transactional(readOnly = true)
  public Map<Long, List<Decision>> decisions(Collection<Long> versionIds) {
    return plans.findDecisions(versionIds);
  }

  @Transactional(readOnly = true)
  public List<DepartmentInput> inputs(long versionId) {
    return plans.findInputs(versionId);
  }

  /** The departments' input on each of these versions (versions without any are left out). */
  @Transactional(readOnly = true)
  public Map<Long, List<DepartmentInput>> inputs(Collection<Long> versionIds) {
    return plans.findInputs(versionIds);
  }

  private PlanVersion lockedVersion(long versionId) {
    return plans
        .findVersionForUpdate(versionId)
        .orElseThrow(() -> new PlanNotFound("plan.noSuchVersion", String.valueOf(versionId)));
  }

  private static void requireEditable(PlanVersion version) {
    if (!version.status().isEditable()) {
      throw new PlanRuleViolation("plan.notEditable", Text.of("status." + version.status()));
    }
  }

  /**
   * A required multi-line text (a comment, a reason): tab and line breaks allowed.
   *
   * @param what the key of the field's label, as a refusal names it
   */
  private static String requireText(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new PlanRuleViolation("rule.required", Text.of(what));
    }
    optionalText(value, what, max);
    return value.strip();
  }

  /** An optional multi-line text. */
  private static void optionalText(String value, String what, int max) {
    if (value != null && value.length() > max) {
      throw new PlanRuleViolation("rule.tooLong", Text.of(what), max);
    }
    TextRules.multiLine(value, Text.of(what));
  }

  /** A required one-line text (a title, a file name): no control character at all. */
  private static String requireOneLine(String value, String what, int max) {
    TextRules.oneLine(value, Text.of(what));
    return requireText(value, what, max);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
