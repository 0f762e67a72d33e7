package org.plandesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.acknowledge.AcknowledgementStatus;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.acknowledge.Confirmation;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.notification.MailLog;
import org.plandesk.notification.MailLogEntry;
import org.plandesk.plan.ApprovedDocument;
import org.plandesk.plan.Decision;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.process.PlanVersionPort;
import org.plandesk.review.PlanRecordEntry;
import org.plandesk.review.PlanRecordTrail;
import org.plandesk.review.report.ImplementationReports;
import org.plandesk.review.report.ReportEvent;
import org.plandesk.signing.SignatureManifest;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.plandesk.signing.SigningFailure;
import org.plandesk.system.Text;
import org.springframework.stereotype.Service;

/**
 * The audit trail of a plan, finished processes included: built from the engine's full history
 * (steps, task claims, delegations and reassignments, timers, incidents) and PlanDesk's own records
 * (the director's decisions with comments, departments' input or silence, documents with their
 * SHA-256, the mails sent or still waiting). Camunda Community Cockpit shows none of this for
 * finished instances.
 */
@Service
public class AuditTrail {

  private static final Set<String> TASK_OPERATIONS =
      Set.of("Claim", "Assign", "Delegate", "Resolve", "SetOwner", "SetJobRetries", "SetPriority");

  private final PlanService plans;
  private final HistoryService history;
  private final IdentityService identity;
  private final PlanDocuments documents;
  private final DepartmentDirectory departments;
  private final MailLog mails;
  private final PlanVersionPort planVersions;
  private final ImplementationReports reports;
  private final PlanRecordTrail records;
  private final Acknowledgements acknowledgements;
  private final Signatures signatures;

  AuditTrail(
      PlanService plans,
      HistoryService history,
      IdentityService identity,
      PlanDocuments documents,
      DepartmentDirectory departments,
      MailLog mails,
      PlanVersionPort planVersions,
      ImplementationReports reports,
      PlanRecordTrail records,
      Acknowledgements acknowledgements,
      Signatures signatures) {
    this.acknowledgements = acknowledgements;
    this.signatures = signatures;
    this.reports = reports;
    this.records = records;
    this.mails = mails;
    this.planVersions = planVersions;
    this.plans = plans;
    this.history = history;
    this.identity = identity;
    this.documents = documents;
    this.departments = departments;
  }

  /** A filter of the trail: a period (either end open) and a person (user id or part of a name). */
  public record Filter(LocalDate from, LocalDate to, String person) {

    boolean accepts(AuditEntry e) {
      ZoneId zone = ZoneId.systemDefault();
      if (from != null && e.at().isBefore(from.atStartOfDay(zone).toInstant())) {
        return false;
      }
      if (to != null && !e.at().isBefore(to.plusDays(1).atStartOfDay(zone).toInstant())) {
        return false;
      }
      if (person == null || person.isBlank()) {
        return true;
      }
      String p = person.strip().toLowerCase();
      return (e.actorId() != null && e.actorId().toLowerCase().equals(p))
          || (e.actor() != null && e.actor().toLowerCase().contains(p));
    }
  }

  public List<AuditEntry> trail(String planCode, Filter filter) {
    return trail(plans.overview(planCode), filter);
  }

  /**
   * The trail of a plan already read. PlanDesk's records of all versions come in one query per
   * kind, the processes in one query, and each process's history by its instance id.
   */
  public List<AuditEntry> trail(PlanOverview overview, Filter filter) {
    List<Long> versionIds = overview.versions().stream().map(PlanVersion::id).toList();
    Map<Long, List<Decision>> decisions = plans.decisions(versionIds);
    Map<Long, List<DepartmentInput>> inputs = plans.inputs(versionIds);
    Map<Long, ApprovedDocument> documentInfo = documents.info(versionIds);
    Map<Long, List<MailLogEntry>> mails = this.mails.ofVersions(versionIds);
    Map<String, HistoricProcessInstance> processes = processes(overview.versions());
    Map<Long, List<ReportEvent>> reportHistory = reports.historyOfVersions(versionIds);
    Map<Long, AcknowledgementStatus> acknowledged = acknowledgements.statuses(versionIds);
    Map<Long, List<SignatureManifest>> signed = signed(versionIds, reportHistory);
    Map<Long, List<SigningFailure>> refused = refused(versionIds, reportHistory);
    List<AuditEntry> entries = new ArrayList<>();
    for (PlanVersion version : overview.versions()) {
      Collector out = new Collector(entries, label(version));
      if (version.processInstanceId() != null) {
        fromEngine(version, processes.get(version.processInstanceId()), out);
      } else {
        out.add(version.createdAt(), version.preparedBy(), Text.of("audit.versionOpened"));
        if (version.approvalDate() != null) {
          out.add(
              version.approvalDate().atStartOfDay(ZoneId.systemDefault()).toInstant(),
              version.approvedBy(),
              Text.of("audit.approvedAs", version.versionNumber()),
              effective(version.effectiveDate()));
        }
      }
      for (Decision decision : decisions.getOrDefault(version.id(), List.of())) {
        out.add(
            decision.decidedAt(),
            decision.decidedBy(),
            Text.of("audit.decision", Text.of("audit.decision." + decision.kind())),
            said("audit.comment", decision.comment()),
            effective(decision.effectiveDate()));
      }
      for (DepartmentInput input : inputs.getOrDefault(version.id(), List.of())) {
        Object department = department(input.department());
        if (input.status() == DepartmentInput.Status.GIVEN) {
          out.add(
              input.recordedAt(),
              input.recordedBy(),
              Text.of("audit.inputGiven", department),
              said("audit.comments", input.comments()),
              said("audit.proposedActions", input.proposedActions()),
              said("audit.votes", String.join(", ", input.priorityVotes())));
        } else {
          out.add(input.recordedAt(), null, Text.of("audit.noInput", department));
        }
      }
      for (SignatureManifest m : signed.getOrDefault(version.id(), List.of())) {
        out.add(
            m.signedAt(),
            m.signerId(),
            Text.of(
                "signing.audit.signed",
                role(m.signerRole()),
                Text.of("signing.meaning." + m.meaning().name())),
            Text.of("signing.audit.manifest", m.contentSha256(), m.manifestSha256()));
      }
      for (SigningFailure f : refused.getOrDefault(version.id(), List.of())) {
        out.add(f.at(), f.userId(), Text.of("signing.audit.refused." + f.outcome().name()));
      }
      ApprovedDocument d = documentInfo.get(version.id());
      if (d != null) {
        out.add(
            d.generatedAt(),
            null,
            Text.of("audit.documentGenerated", d.fileName()),
            Text.of("audit.sha256", d.sha256()),
            d.pdfAvailable()
                ? Text.of("audit.pdfPages", d.pageCount())
                : Text.of("audit.pdfNotAvailable"));
      }
      for (MailLogEntry mail : mails.getOrDefault(version.id(), List.of())) {
        addMail(mail, out);
      }
      for (ReportEvent event : reportHistory.getOrDefault(version.id(), List.of())) {
        out.add(
            event.happenedAt(),
            event.actor(),
            Text.of(
                "living.audit.report",
                String.valueOf(event.year()),
                Text.of("living.audit.report." + event.kind().name())),
            said("audit.asIs", event.detail()));
      }
      AcknowledgementStatus round = acknowledged.get(version.id());
      if (round != null) {
        addAcknowledgements(round, out);
      }
      if (version.withdrawalReason() != null) {
        out.add(
            version.updatedAt(),
            version.preparedBy(),
            Text.of("audit.versionWithdrawn"),
            said("audit.reason", version.withdrawalReason()));
      }
    }
    addRecords(overview, versionIds, entries);
    Names names = new Names(entries);
    return entries.stream()
        .map(names::named)
        .filter(filter::accepts)
        .sorted(Comparator.comparing(AuditEntry::at).thenComparing(e -> e.what().key()))
        .toList();
  }

  /**
   * The signature manifests of the versions and of their implementation reports, by version, in one
   * query per kind.
   */
  private Map<Long, List<SignatureManifest>> signed(
      List<Long> versionIds, Map<Long, List<ReportEvent>> reportHistory) {
    Map<Long, Long> reportVersions = reportVersions(reportHistory);
    Map<Long, List<SignatureManifest>> byVersion = new HashMap<>();
    for (SignatureManifest m : signatures.of(SignedSubject.PLAN_VERSION, versionIds)) {
      byVersion.computeIfAbsent(m.subject().id(), k -> new ArrayList<>()).add(m);
    }
    for (SignatureManifest m :
        signatures.of(SignedSubject.IMPLEMENTATION_REPORT, reportVersions.keySet())) {
      byVersion
          .computeIfAbsent(reportVersions.get(m.subject().id()), k -> new ArrayList<>())
          .add(m);
    }
    return byVersion;
  }

  /** The refused signatures on the versions and their reports, by version. */
  private Map<Long, List<SigningFailure>> refused(
      List<Long> versionIds, Map<Long, List<ReportEvent>> reportHistory) {
    Map<Long, Long> reportVersions = reportVersions(reportHistory);
    Map<Long, List<SigningFailure>> byVersion = new HashMap<>();
    for (SigningFailure f : signatures.failuresOf(SignedSubject.PLAN_VERSION, versionIds)) {
      byVersion.computeIfAbsent(f.subject().id(), k -> new ArrayList<>()).add(f);
    }
    for (SigningFailure f :
        signatures.failuresOf(SignedSubject.IMPLEMENTATION_REPORT, reportVersions.keySet())) {
      byVersion
          .computeIfAbsent(reportVersions.get(f.subject().id()), k -> new ArrayList<>())
          .add(f);
    }
    return byVersion;
  }

  private static Map<Long, Long> reportVersions(Map<Long, List<ReportEvent>> reportHistory) {
    Map<Long, Long> versions = new HashMap<>();
    reportHistory.values().stream()
        .flatMap(List::stream)
        .forEach(e -> versions.put(e.reportId(), e.versionId()));
    return versions;
  }

  /** A signer's role by the group's name in the reader's language. */
  private Object role(String group) {
    return group == null || group.isEmpty() ? "" : department(group);
  }

  private static Text label(PlanVersion version) {
    return version.versionNumber() != null
        ? Text.of("audit.version", version.versionNumber())
        : Text.of("audit.draft", String.valueOf(version.sequence()));
  }

  /**
   * The plan's living record (action items' statuses, activities, monitoring results), said in the
   * reader's language ({@code living.audit.*}); an entry that names no version goes under the
   * version in force on its day.
   */
  private void addRecords(PlanOverview overview, List<Long> versionIds, List<AuditEntry> entries) {
    Map<Long, PlanVersion> byId =
        overview.versions().stream().collect(Collectors.toMap(PlanVersion::id, v -> v));
    for (PlanRecordEntry e : records.entries(overview.plan().id(), versionIds)) {
      PlanVersion version =
          e.versionId() != null && byId.containsKey(e.versionId())
              ? byId.get(e.versionId())
              : inForceOn(overview.versions(), e.at());
      List<String> a = e.arguments();
      Text action;
      Text detail;
      switch (e.kind()) {
        case ACTION_STATUS_SET -> {
          action = Text.of("living.audit.statusSet", Text.of("living.actionStatus." + a.get(1)));
          detail = Text.of("audit.asIs", a.get(0));
        }
        case ACTIVITY_RECORDED -> {
          action = Text.of("living.audit.activityRecorded", a.get(3));
          detail = Text.of("living.audit.activityDetail", a.get(0), a.get(1), a.get(2));
        }
        case MONITORING_RESULT_RECORDED -> {
          action = Text.of("living.audit.resultRecorded", a.get(0));
          detail =
              Text.of(
                  a.get(3).isEmpty() ? "living.audit.resultDetail" : "living.audit.resultValues",
                  a.get(1),
                  a.get(2),
                  a.get(3));
        }
        default -> throw new IllegalStateException("Unknown record " + e.kind());
      }
      new Collector(entries, version == null ? Text.of("audit.asIs", "") : label(version))
          .add(e.at(), e.userId(), action, detail);
    }
  }

  /** The version in force at a moment: the latest effective on or before its day. */
  private static PlanVersion inForceOn(List<PlanVersion> versions, Instant at) {
    LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();
    return versions.stream()
        .filter(v -> v.effectiveDate() != null && !v.effectiveDate().isAfter(day))
        .max(Comparator.comparing(PlanVersion::effectiveDate))
        .orElse(null);
  }

  /**
   * Read and acknowledge: who was asked, each confirmation in the name of the one who gave it, the
   * reminder, the escalation and the closing.
   */
  private void addAcknowledgements(AcknowledgementStatus round, Collector out) {
    Text count = Text.of("audit.acknowledge.count", round.confirmedCount(), round.total());
    out.add(
        round.openedAt(),
        null,
        Text.of("audit.acknowledge.opened", round.total()),
        round.groups().isEmpty()
            ? Text.of("audit.acknowledge.allStaff")
            : Text.of(
                "audit.acknowledge.groups",
                round.groups().stream().map(this::department).toList()));
    for (Confirmation c : round.confirmations()) {
      out.add(c.confirmedAt(), c.userId(), Text.of("audit.acknowledge.confirmed"));
    }
    if (round.remindedAt() != null) {
      out.add(
          round.remindedAt(), null, Text.of("audit.acknowledge.reminded", round.remindedCount()));
    }
    if (round.escalatedAt() != null) {
      out.add(
          round.escalatedAt(),
          null,
          Text.of("audit.acknowledge.escalated", round.escalatedCount()));
    }
    if (round.closed()) {
      out.add(
          round.closedAt(),
          null,
          Text.of(
              "audit.acknowledge.closed",
              Text.of("audit.acknowledge.closed." + round.closedReason())),
          count);
    }
  }

  private static void addMail(MailLogEntry mail, Collector out) {
    Text what = Text.of("mail.kind." + mail.kind());
    String to =
        (mail.recipientName() == null ? "" : mail.recipientName() + " ")
            + "<"
            + mail.recipientAddress()
            + ">";
    Text subject = said("audit.subject", mail.subject());
    // The mail server's own words are kept as they came.
    Text error = said("audit.lastError", mail.lastError());
    switch (mail.status()) {
      case SENT -> out.add(mail.sentAt(), null, Text.of("audit.mail.sent", what, to), subject);
      case FAILED ->
          out.add(mail.createdAt(), null, Text.of("audit.mail.failed", what, to), subject, error);
      case HELD -> out.add(mail.createdAt(), null, Text.of("audit.mail.held", what, to), subject);
      case UNCONFIRMED ->
          out.add(
              mail.createdAt(), null, Text.of("audit.mail.unconfirmed", what, to), subject, error);
      case PENDING, SENDING ->
          out.add(mail.createdAt(), null, Text.of("audit.mail.waiting", what, to), subject);
    }
  }

  /** A detail with its text, or none when the text is empty. */
  private static Text said(String key, String text) {
    return text == null || text.isBlank() ? null : Text.of(key, text);
  }

  private static Text effective(LocalDate day) {
    return day == null ? null : Text.of("audit.effective", day);
  }

  /** A department by its name in the reader's language where PlanDesk has one, else configured. */
  private Object department(String id) {
    String key = "group." + id;
    return Text.exists(key) ? Text.of(key) : departments.nameOf(id);
  }

  /** The versions' process instances in one query, by id. */
  private Map<String, HistoricProcessInstance> processes(List<PlanVersion> versions) {
    Set<String> ids =
        versions.stream()
            .map(PlanVersion::processInstanceId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    return history.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, p -> p));
  }

  private void fromEngine(PlanVersion version, HistoricProcessInstance process, Collector out) {
    String pi = version.processInstanceId();
    if (process != null) {
      out.add(process.getStartTime(), process.getStartUserId(), Text.of("audit.versionRequested"));
    }
    Map<String, String> taskNames = new HashMap<>();
    for (HistoricTaskInstance task :
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(pi)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list()) {
      taskNames.put(task.getId(), task.getName());
      out.add(
          task.getStartTime(),
          null,
          Text.of("audit.taskCreated", task.getName()),
          task.getDueDate() == null ? null : Text.of("audit.due", task.getDueDate().toInstant()));
      if (task.getEndTime() == null) {
        continue;
      }
      if ("completed".equals(task.getDeleteReason())) {
        out.add(task.getEndTime(), task.getAssignee(), Text.of("audit.completed", task.getName()));
      } else {
        out.add(
            task.getEndTime(),
            null,
            Text.of("audit.closed", task.getName()),
            Text.of("audit.withoutCompletion", String.valueOf(task.getDeleteReason())));
      }
    }
    for (UserOperationLogEntry op :
        history
            .createUserOperationLogQuery()
            .processInstanceId(pi)
            .entityTypeIn(EntityTypes.TASK, EntityTypes.JOB)
            .list()) {
      if (!TASK_OPERATIONS.contains(op.getOperationType())) {
        continue;
      }
      Object subject =
          op.getTaskId() != null
              ? taskNames.getOrDefault(op.getTaskId(), op.getTaskId())
              : Text.of("audit.job");
      Text change =
          op.getProperty() == null
              ? null
              : Text.of(
                  "audit.change",
                  Text.exists("audit.property." + op.getProperty())
                      ? Text.of("audit.property." + op.getProperty())
                      : op.getProperty(),
                  nullToEmpty(op.getOrgValue()),
                  nullToEmpty(op.getNewValue()));
      out.add(
          op.getTimestamp(),
          op.getUserId(),
          Text.of("audit.operation", Text.of("audit.op." + op.getOperationType()), subject),
          change);
    }
    for (HistoricActivityInstance activity :
        history.createHistoricActivityInstanceQuery().processInstanceId(pi).list()) {
      // A timer or task cancelled (the version withdrawn, an instance deleted) did not happen.
      if (activity.getEndTime() != null && !activity.isCanceled()) {
        planVersions
            .milestone(activity.getActivityId())
            .ifPresent(what -> out.add(activity.getEndTime(), null, what));
      }
    }
    for (HistoricIncident incident :
        history.createHistoricIncidentQuery().processInstanceId(pi).list()) {
      // The engine's own message, for the administrator, as it came.
      out.add(
          incident.getCreateTime(),
          null,
          Text.of("audit.incident", incident.getActivityId()),
          said("audit.asIs", incident.getIncidentMessage()));
      if (incident.getEndTime() != null) {
        out.add(
            incident.getEndTime(),
            null,
            Text.of("audit.incidentResolved", incident.getActivityId()));
      }
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Display names of the trail's users, looked up in one query. */
  private final class Names {
    private final Map<String, String> byId = new HashMap<>();

    Names(List<AuditEntry> entries) {
      String[] ids =
          entries.stream()
              .map(AuditEntry::actorId)
              .filter(Objects::nonNull)
              .distinct()
              .toArray(String[]::new);
      if (ids.length > 0) {
        for (User user : identity.createUserQuery().userIdIn(ids).list()) {
          byId.put(
              user.getId(),
              (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip()
                  + " ("
                  + user.getId()
                  + ")");
        }
      }
    }

    AuditEntry named(AuditEntry e) {
      return e.named(
          e.actorId() == null ? "PlanDesk" : byId.getOrDefault(e.actorId(), e.actorId()));
    }
  }

  /** Entries of one version; the actor's name is added once the whole trail is known. */
  private record Collector(List<AuditEntry> entries, Text version) {
    void add(Date at, String userId, Text action, Text... details) {
      if (at != null) {
        add(at.toInstant(), userId, action, details);
      }
    }

    /** A line; details that are null (nothing to say) are left out. */
    void add(Instant at, String userId, Text action, Text... details) {
      entries.add(
          new AuditEntry(
              at,
              version,
              userId,
              null,
              action,
              java.util.Arrays.stream(details).filter(Objects::nonNull).toList()));
    }
  }
}
