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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
  private final MessageSource messages;

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
      MessageSource messages) {
    this.reports = reports;
    this.records = records;
    this.messages = messages;
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
    List<AuditEntry> entries = new ArrayList<>();
    for (PlanVersion version : overview.versions()) {
      Collector out = new Collector(entries, label(version));
      if (version.processInstanceId() != null) {
        fromEngine(version, processes.get(version.processInstanceId()), out);
      } else {
        out.add(version.createdAt(), version.preparedBy(), "Version opened", "");
        if (version.approvalDate() != null) {
          out.add(
              version.approvalDate().atStartOfDay(ZoneId.systemDefault()).toInstant(),
              version.approvedBy(),
              "Approved as " + version.versionNumber(),
              "effective " + version.effectiveDate());
        }
      }
      for (Decision decision : decisions.getOrDefault(version.id(), List.of())) {
        out.add(
            decision.decidedAt(),
            decision.decidedBy(),
            "Director's decision: " + decision.kind(),
            join(
                decision.comment() == null ? "" : "comment: " + decision.comment(),
                decision.effectiveDate() == null ? "" : "effective " + decision.effectiveDate()));
      }
      for (DepartmentInput input : inputs.getOrDefault(version.id(), List.of())) {
        String department = departments.nameOf(input.department());
        if (input.status() == DepartmentInput.Status.GIVEN) {
          out.add(
              input.recordedAt(),
              input.recordedBy(),
              "Departmental input given: " + department,
              join(
                  "comments: " + nullToEmpty(input.comments()),
                  "proposed actions: " + nullToEmpty(input.proposedActions()),
                  "votes: " + String.join(", ", input.priorityVotes())));
        } else {
          out.add(input.recordedAt(), null, "Deadline passed: no input given by " + department, "");
        }
      }
      ApprovedDocument d = documentInfo.get(version.id());
      if (d != null) {
        out.add(
            d.generatedAt(),
            null,
            "Document generated: " + d.fileName(),
            "SHA-256 "
                + d.sha256()
                + (d.pdfAvailable() ? ", PDF " + d.pageCount() + " pages" : ", PDF not available"));
      }
      for (MailLogEntry mail : mails.getOrDefault(version.id(), List.of())) {
        addMail(mail, out);
      }
      for (ReportEvent event : reportHistory.getOrDefault(version.id(), List.of())) {
        out.add(
            event.happenedAt(),
            event.actor(),
            reportAction(event),
            event.detail() == null ? "" : event.detail());
      }
      if (version.withdrawalReason() != null) {
        out.add(
            version.updatedAt(),
            version.preparedBy(),
            "Version withdrawn",
            "reason: " + version.withdrawalReason());
      }
    }
    addRecords(overview, versionIds, entries);
    Names names = new Names(entries);
    return entries.stream()
        .map(names::named)
        .filter(filter::accepts)
        .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::action))
        .toList();
  }

  /** A step of a yearly implementation report, in the reader's language. */
  private String reportAction(ReportEvent event) {
    var locale = LocaleContextHolder.getLocale();
    String step = messages.getMessage("living.audit.report." + event.kind().name(), null, locale);
    return messages.getMessage(
        "living.audit.report", new Object[] {String.valueOf(event.year()), step}, locale);
  }

  private static String label(PlanVersion version) {
    return version.versionNumber() != null
        ? version.versionNumber()
        : "draft #" + version.sequence();
  }

  /**
   * The plan's living record (action items' statuses, activities, monitoring results), said in the
   * reader's language ({@code living.audit.*}); an entry that names no version goes under the
   * version in force on its day.
   */
  private void addRecords(PlanOverview overview, List<Long> versionIds, List<AuditEntry> entries) {
    Map<Long, PlanVersion> byId =
        overview.versions().stream().collect(Collectors.toMap(PlanVersion::id, v -> v));
    var locale = LocaleContextHolder.getLocale();
    for (PlanRecordEntry e : records.entries(overview.plan().id(), versionIds)) {
      PlanVersion version =
          e.versionId() != null && byId.containsKey(e.versionId())
              ? byId.get(e.versionId())
              : inForceOn(overview.versions(), e.at());
      List<String> a = e.arguments();
      String action;
      String detail;
      switch (e.kind()) {
        case ACTION_STATUS_SET -> {
          String status = messages.getMessage("living.actionStatus." + a.get(1), null, locale);
          action = messages.getMessage("living.audit.statusSet", new Object[] {status}, locale);
          detail = a.get(0);
        }
        case ACTIVITY_RECORDED -> {
          action =
              messages.getMessage("living.audit.activityRecorded", new Object[] {a.get(3)}, locale);
          detail =
              messages.getMessage(
                  "living.audit.activityDetail",
                  new Object[] {a.get(0), a.get(1), a.get(2)},
                  locale);
        }
        case MONITORING_RESULT_RECORDED -> {
          action =
              messages.getMessage("living.audit.resultRecorded", new Object[] {a.get(0)}, locale);
          detail =
              messages.getMessage(
                  a.get(3).isEmpty() ? "living.audit.resultDetail" : "living.audit.resultValues",
                  new Object[] {a.get(1), a.get(2), a.get(3)},
                  locale);
        }
        default -> throw new IllegalStateException("Unknown record " + e.kind());
      }
      new Collector(entries, version == null ? "" : label(version))
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

  private static void addMail(MailLogEntry mail, Collector out) {
    String what = mail.kind().name().toLowerCase().replace('_', ' ');
    String to =
        (mail.recipientName() == null ? "" : mail.recipientName() + " ")
            + "<"
            + mail.recipientAddress()
            + ">";
    String subject = "subject: " + mail.subject();
    switch (mail.status()) {
      case SENT -> out.add(mail.sentAt(), null, "Mail sent (" + what + ") to " + to, subject);
      case FAILED ->
          out.add(
              mail.createdAt(),
              null,
              "Mail not delivered (" + what + ") to " + to,
              join(subject, "last error: " + nullToEmpty(mail.lastError())));
      case HELD ->
          out.add(
              mail.createdAt(), null, "Mail held, no mail server (" + what + ") to " + to, subject);
      case UNCONFIRMED ->
          out.add(
              mail.createdAt(),
              null,
              "Mail delivery not confirmed (" + what + ") to " + to,
              join(subject, nullToEmpty(mail.lastError())));
      case PENDING, SENDING ->
          out.add(
              mail.createdAt(), null, "Mail waiting to be sent (" + what + ") to " + to, subject);
    }
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
      out.add(process.getStartTime(), process.getStartUserId(), "Plan version requested", "");
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
          "Task created: " + task.getName(),
          task.getDueDate() == null ? "" : "due " + task.getDueDate().toInstant());
      if (task.getEndTime() == null) {
        continue;
      }
      if ("completed".equals(task.getDeleteReason())) {
        out.add(task.getEndTime(), task.getAssignee(), "Completed: " + task.getName(), "");
      } else {
        out.add(
            task.getEndTime(),
            null,
            "Closed: " + task.getName(),
            "without completion (" + task.getDeleteReason() + ")");
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
      String subject =
          op.getTaskId() != null ? taskNames.getOrDefault(op.getTaskId(), op.getTaskId()) : "job";
      String change =
          op.getProperty() == null
              ? ""
              : op.getProperty()
                  + ": "
                  + nullToEmpty(op.getOrgValue())
                  + " → "
                  + nullToEmpty(op.getNewValue());
      out.add(op.getTimestamp(), op.getUserId(), op.getOperationType() + ": " + subject, change);
    }
    for (HistoricActivityInstance activity :
        history.createHistoricActivityInstanceQuery().processInstanceId(pi).list()) {
      // A timer or task cancelled (the version withdrawn, an instance deleted) did not happen.
      if (activity.getEndTime() != null && !activity.isCanceled()) {
        planVersions
            .milestone(activity.getActivityId())
            .ifPresent(what -> out.add(activity.getEndTime(), null, what, ""));
      }
    }
    for (HistoricIncident incident :
        history.createHistoricIncidentQuery().processInstanceId(pi).list()) {
      out.add(
          incident.getCreateTime(),
          null,
          "Incident: " + incident.getActivityId(),
          incident.getIncidentMessage());
      if (incident.getEndTime() != null) {
        out.add(incident.getEndTime(), null, "Incident resolved: " + incident.getActivityId(), "");
      }
    }
  }

  private static String join(String... parts) {
    return String.join(
        "; ",
        java.util.Arrays.stream(parts)
            .filter(p -> p != null && !p.isBlank() && !p.endsWith(": "))
            .toList());
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
      String name = e.actorId() == null ? "PlanDesk" : byId.getOrDefault(e.actorId(), e.actorId());
      return new AuditEntry(e.at(), e.version(), e.actorId(), name, e.action(), e.detail());
    }
  }

  /** Entries of one version; the actor's name is added once the whole trail is known. */
  private record Collector(List<AuditEntry> entries, String version) {
    void add(Date at, String userId, String action, String detail) {
      if (at != null) {
        add(at.toInstant(), userId, action, detail);
      }
    }

    void add(Instant at, String userId, String action, String detail) {
      entries.add(new AuditEntry(at, version, userId, null, action, detail));
    }
  }
}
