package org.plandesk.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plandesk.notification.ReceivedMail;
import org.plandesk.plan.process.PlanVersionProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What must hold after lifecycles ran on nodes that competed, crashed or lost their database, read
 * from the shared database (the engine's history, PlanDesk's tables, the outbox) and from the mail
 * the SMTP server received. Each check says what it counted, so a run prints evidence, not only a
 * verdict.
 */
public final class ExactlyOnceChecks {

  /** One check: its name, whether it held, and what it counted (or what broke it). */
  public record Check(String name, boolean passed, String detail) {
    @Override
    public String toString() {
      return (passed ? "PASS " : "FAIL ") + name + ": " + detail;
    }
  }

  /** The staff who get the in-force announcement (demo users and the administrator). */
  static final int STAFF = 9;

  /** Statuses of a version that entered into force (and may have been superseded since). */
  private static final Set<String> WAS_IN_FORCE = Set.of("IN_FORCE", "SUPERSEDED");

  private final JdbcClient db;
  private Duration engineClockAhead = Duration.ZERO;
  private final List<Check> checks = new ArrayList<>();

  public ExactlyOnceChecks(JdbcClient db) {
    this.db = db;
  }

  /** The engine's clock runs this far ahead of the machine's (a test moved it to fire a timer). */
  public ExactlyOnceChecks engineClockAhead(Duration ahead) {
    this.engineClockAhead = ahead;
    return this;
  }

  /**
   * Runs every check over the lifecycles and the received mail; {@code mustEnd}: no lifecycle may
   * wait at a task. The last two ({@link HistoryJustifiesMails}) hold every mail against the
   * engine's history: no mail the process did not call for.
   */
  public List<Check> run(
      List<HttpLifecycle> lifecycles, List<ReceivedMail> received, boolean mustEnd) {
    checks.clear();
    lifecyclesFinished(lifecycles, mustEnd);
    noIncidentsOrStuckJobs();
    jobsRanOnce();
    inputsRecorded(lifecycles);
    decisionsRecorded(lifecycles);
    documentsOnce(lifecycles);
    reviewsOnce(lifecycles);
    mailsOfEveryStep(lifecycles);
    mailsDelivered(received);
    mailsNotTwice(received);
    var history = new HistoryJustifiesMails(db, engineClockAhead);
    checks.add(history.everyMailWrittenByAnActivityThatRan());
    checks.add(history.remindersOnlyAfterTheirTimerFired());
    return List.copyOf(checks);
  }

  public static boolean allPassed(List<Check> checks) {
    return checks.stream().allMatch(Check::passed);
  }

  private void check(String name, List<String> problems, String counted) {
    checks.add(
        new Check(
            name,
            problems.isEmpty(),
            problems.isEmpty()
                ? counted
                : problems.size()
                    + " problems, e.g. "
                    + problems.subList(0, Math.min(5, problems.size()))));
  }

  private void lifecyclesFinished(List<HttpLifecycle> lifecycles, boolean mustEnd) {
    List<String> problems = new ArrayList<>();
    int inForce = 0;
    int rejected = 0;
    int waiting = 0;
    for (HttpLifecycle l : lifecycles) {
      if (l.processInstanceId() == null) {
        problems.add(l.code() + " never started");
        continue;
      }
      String end =
          db.sql("SELECT end_act_id_ FROM act_hi_procinst WHERE id_ = ?")
              .param(l.processInstanceId())
              .query(String.class)
              .optional()
              .orElse(null);
      if (end == null) {
        long openTasks =
            count(
                "SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ?", l.processInstanceId());
        if (mustEnd || openTasks == 0) {
          problems.add(l.code() + " has not ended and waits at " + openTasks + " user tasks");
        }
        waiting++;
        continue;
      }
      String expectedEnd =
          l.approved() ? PlanVersionProcess.END_IN_FORCE : PlanVersionProcess.END_REJECTED;
      String expectedStatus =
          !l.approved() ? "REJECTED" : supersededBy(l, lifecycles) ? "SUPERSEDED" : "IN_FORCE";
      String status =
          db.sql("SELECT status FROM plan_version WHERE process_instance_id = ?")
              .param(l.processInstanceId())
              .query(String.class)
              .single();
      if (!expectedEnd.equals(end) || !expectedStatus.equals(status)) {
        problems.add(l.code() + " ended at " + end + " as " + status);
      }
      if (l.approved()) {
        inForce++;
      } else {
        rejected++;
      }
    }
    check(
        "every lifecycle completed or waits at a user task",
        problems,
        "%d lifecycles: %d in force, %d rejected, %d waiting at a user task"
            .formatted(lifecycles.size(), inForce, rejected, waiting));
  }

  private void noIncidentsOrStuckJobs() {
    List<String> problems = new ArrayList<>();
    db.sql("SELECT incident_msg_ FROM act_ru_incident")
        .query(String.class)
        .list()
        .forEach(m -> problems.add("incident: " + m));
    long noRetries = count("SELECT COUNT(*) FROM act_ru_job WHERE retries_ <= 0");
    if (noRetries > 0) {
      problems.add(noRetries + " jobs without retries");
    }
    long overdue =
        count(
            "SELECT COUNT(*) FROM act_ru_job WHERE duedate_ IS NULL OR duedate_ < now() - interval '2 minutes'");
    if (overdue > 0) {
      problems.add(overdue + " jobs due but not run");
    }
    long failures = count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1");
    check(
        "no incident, no job stuck",
        problems,
        "0 incidents, 0 overdue jobs (" + failures + " failed attempts retried)");
  }

  /**
   * The engine's job log: a job succeeds at most once, and a job that is gone succeeded or was
   * cancelled once.
   */
  private void jobsRanOnce() {
    List<String> problems = new ArrayList<>();
    record JobLog(
        String jobId,
        String type,
        String activity,
        long successes,
        long deletions,
        boolean pending) {}
    List<JobLog> jobs =
        db.sql(
                """
            SELECT l.job_id_, MIN(l.job_def_type_), MIN(l.act_id_),
                   SUM(CASE WHEN l.job_state_ = 2 THEN 1 ELSE 0 END),
                   SUM(CASE WHEN l.job_state_ = 3 THEN 1 ELSE 0 END),
                   EXISTS (SELECT 1 FROM act_ru_job j WHERE j.id_ = l.job_id_)
            FROM act_hi_job_log l GROUP BY l.job_id_""")
            .query(
                (rs, row) ->
                    new JobLog(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getBoolean(6)))
            .list();
    for (JobLog job : jobs) {
      long ends = job.successes() + job.deletions();
      if (job.successes() > 1 || (job.pending() ? ends != 0 : ends != 1)) {
        problems.add(
            "job %s (%s at %s) succeeded %d times, cancelled %d times%s"
                .formatted(
                    job.jobId(),
                    job.type(),
                    job.activity(),
                    job.successes(),
                    job.deletions(),
                    job.pending() ? ", still pending" : ""));
      }
    }
    Map<String, Long> byActivity = new java.util.TreeMap<>();
    jobs.stream()
        .filter(j -> j.successes() == 1)
        .forEach(j -> byActivity.merge(j.activity(), 1L, Long::sum));
    Map<String, Long> byNode = new java.util.TreeMap<>();
    db.sql("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> byNode.put(e.getKey(), e.getValue()));
    check(
        "every timer and async job ran exactly once",
        problems,
        "%d jobs; ran once each: %s; by node: %s".formatted(jobs.size(), byActivity, byNode));
  }

  /** Every completed department task left the department's input, as typed, by who completed it. */
  private void inputsRecorded(List<HttpLifecycle> lifecycles) {
    List<String> problems = new ArrayList<>();
    int tasks = 0;
    for (HttpLifecycle l : started(lifecycles)) {
      record Done(String department, String assignee) {}
      List<Done> done =
          db.sql(
                  """
              SELECT l.group_id_, t.assignee_ FROM act_hi_taskinst t
              JOIN act_hi_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate' AND l.group_id_ IS NOT NULL
              WHERE t.proc_inst_id_ = ? AND t.task_def_key_ = ? AND t.end_time_ IS NOT NULL AND t.delete_reason_ = 'completed'""")
              .params(l.processInstanceId(), PlanVersionProcess.GIVE_DEPARTMENT_INPUT)
              .query((rs, row) -> new Done(rs.getString(1), rs.getString(2)))
              .list();
      Map<String, Map<String, Object>> rows =
          db
              .sql(
                  "SELECT department, status, comments, recorded_by FROM department_input WHERE version_id = ?")
              .param(versionOf(l))
              .query()
              .listOfRows()
              .stream()
              .collect(Collectors.toMap(r -> (String) r.get("department"), Function.identity()));
      for (Done d : done) {
        tasks++;
        Map<String, Object> row = rows.get(d.department());
        if (row == null
            || !"GIVEN".equals(row.get("status"))
            || !l.inputComments(d.department()).equals(row.get("comments"))
            || !d.assignee().equals(row.get("recorded_by"))) {
          problems.add(
              l.code()
                  + "/"
                  + d.department()
                  + ": task completed by "
                  + d.assignee()
                  + " but stored "
                  + row);
        }
      }
      if (rows.size() != done.size()) {
        problems.add(
            l.code()
                + ": "
                + done.size()
                + " input tasks completed, "
                + rows.size()
                + " inputs stored");
      }
      for (String ack : l.acknowledged()) {
        if (ack.startsWith("input:")
            && done.stream().noneMatch(d -> d.department().equals(ack.substring(6)))) {
          problems.add(l.code() + ": the node confirmed " + ack + " but no completed task has it");
        }
      }
    }
    check(
        "no departmental input lost",
        problems,
        tasks + " completed input tasks, each with its input stored as typed");
  }

  /** Every completed approval task left the director's decision, in order, with its comment. */
  private void decisionsRecorded(List<HttpLifecycle> lifecycles) {
    List<String> problems = new ArrayList<>();
    int decided = 0;
    for (HttpLifecycle l : started(lifecycles)) {
      long completed =
          count(
              "SELECT COUNT(*) FROM act_hi_taskinst WHERE proc_inst_id_ = ? AND task_def_key_ = ?"
                  + " AND end_time_ IS NOT NULL AND delete_reason_ = 'completed'",
              l.processInstanceId(),
              PlanVersionProcess.APPROVE_VERSION);
      List<Map<String, Object>> rows =
          db.sql(
                  "SELECT decision, comment_text, decided_by FROM version_decision WHERE version_id = ? ORDER BY id")
              .param(versionOf(l))
              .query()
              .listOfRows();
      if (rows.size() != completed) {
        problems.add(
            l.code()
                + ": "
                + completed
                + " approval tasks completed, "
                + rows.size()
                + " decisions stored");
      }
      for (int round = 0; round < rows.size() && round < l.decisions().size(); round++) {
        Map<String, Object> row = rows.get(round);
        if (!l.decisions().get(round).name().equals(row.get("decision"))
            || !Objects.equals(l.decisionComment(round), row.get("comment_text"))
            || !"director".equals(row.get("decided_by"))) {
          problems.add(l.code() + " decision " + (round + 1) + ": stored " + row);
        }
      }
      long acknowledged = l.acknowledged().stream().filter(a -> a.startsWith("decision:")).count();
      if (acknowledged > rows.size()) {
        problems.add(
            l.code()
                + ": the node confirmed "
                + acknowledged
                + " decisions, "
                + rows.size()
                + " stored");
      }
      decided += rows.size();
    }
    check(
        "no decision lost",
        problems,
        decided + " decisions stored, one per completed approval task, in order");
  }

  private void documentsOnce(List<HttpLifecycle> lifecycles) {
    List<String> problems = new ArrayList<>();
    int documents = 0;
    for (HttpLifecycle l : started(lifecycles)) {
      long count =
          count(
              "SELECT COUNT(*) FROM document WHERE subject_kind = 'PLAN_VERSION' AND subject_id = ?",
              versionOf(l));
      String status =
          db.sql("SELECT status FROM plan_version WHERE id = ?")
              .param(versionOf(l))
              .query(String.class)
              .single();
      long expected = Set.of("IN_FORCE", "SUPERSEDED", "APPROVED").contains(status) ? 1 : 0;
      if (count != expected) {
        problems.add(l.code() + " (" + status + ") has " + count + " documents");
      }
      documents += count;
    }
    long generations =
        count(
            "SELECT COUNT(*) FROM act_hi_job_log WHERE act_id_ = ? AND job_state_ = 2",
            PlanVersionProcess.GENERATE_DOCUMENT);
    if (generations != documents) {
      problems.add(generations + " successful generation jobs for " + documents + " documents");
    }
    check(
        "one document per approved version",
        problems,
        documents + " documents, " + generations + " generation jobs");
  }

  private void reviewsOnce(List<HttpLifecycle> lifecycles) {
    List<String> problems = new ArrayList<>();
    int reviews = 0;
    for (HttpLifecycle l : started(lifecycles)) {
      long count =
          count(
              """
          SELECT COUNT(*) FROM act_hi_procinst p JOIN act_hi_varinst v ON v.proc_inst_id_ = p.id_ AND v.name_ = 'versionId'
          WHERE p.proc_def_key_ = 'plan-review' AND v.long_ = ?""",
              versionOf(l));
      String status =
          db.sql("SELECT status FROM plan_version WHERE id = ?")
              .param(versionOf(l))
              .query(String.class)
              .single();
      if (count != (WAS_IN_FORCE.contains(status) ? 1 : 0)) {
        problems.add(l.code() + " (" + status + ") has " + count + " reviews");
      }
      reviews += count;
    }
    check("one periodic review per version in force", problems, reviews + " reviews started");
  }

  /**
   * The outbox holds each step's mails exactly once: per task, per decision, per entry into force,
   * per reminder.
   */
  private void mailsOfEveryStep(List<HttpLifecycle> lifecycles) {
    List<String> problems = new ArrayList<>();
    int mails = 0;
    for (HttpLifecycle l : started(lifecycles)) {
      long version = versionOf(l);
      List<String> taskIds =
          db.sql("SELECT id_ FROM act_hi_taskinst WHERE proc_inst_id_ = ?")
              .param(l.processInstanceId())
              .query(String.class)
              .list();
      for (String task : taskIds) {
        List<String> to =
            db.sql(
                    "SELECT recipient_user FROM mail_outbox WHERE kind = 'TASK_CREATED' AND task_id = ?")
                .param(task)
                .query(String.class)
                .list();
        if (to.isEmpty() || to.size() != to.stream().distinct().count()) {
          problems.add(l.code() + ": task " + task + " announced to " + to);
        }
        mails += to.size();
      }
      Map<String, Long> kinds = new HashMap<>();
      db.sql(
              "SELECT kind, COUNT(*), COUNT(DISTINCT recipient_user) FROM mail_outbox WHERE version_id = ? AND task_id IS NULL GROUP BY kind")
          .param(version)
          .query(
              (rs, row) -> {
                if (rs.getLong(2) != rs.getLong(3)) {
                  problems.add(l.code() + ": " + rs.getString(1) + " twice to one person");
                }
                return Map.entry(rs.getString(1), rs.getLong(2));
              })
          .list()
          .forEach(e -> kinds.put(e.getKey(), e.getValue()));
      boolean inForce =
          WAS_IN_FORCE.contains(
              db.sql("SELECT status FROM plan_version WHERE id = ?")
                  .param(version)
                  .query(String.class)
                  .single());
      long requested =
          count(
              "SELECT COUNT(*) FROM version_decision WHERE version_id = ? AND decision = 'REQUEST_CHANGES'",
              version);
      long approved =
          count(
              "SELECT COUNT(*) FROM version_decision WHERE version_id = ? AND decision = 'APPROVE'",
              version);
      long rejected =
          count(
              "SELECT COUNT(*) FROM version_decision WHERE version_id = ? AND decision = 'REJECT'",
              version);
      Map<String, Long> expected = new LinkedHashMap<>();
      expected.put("VERSION_APPROVED", approved);
      expected.put("CHANGES_REQUESTED", requested);
      expected.put("VERSION_REJECTED", rejected);
      expected.put("VERSION_IN_FORCE", inForce ? STAFF : 0L);
      expected.forEach(
          (kind, n) -> {
            if (kinds.getOrDefault(kind, 0L).longValue() != n) {
              problems.add(
                  l.code()
                      + ": "
                      + kinds.getOrDefault(kind, 0L)
                      + " "
                      + kind
                      + " mails, expected "
                      + n);
            }
          });
      long reminders =
          count(
              "SELECT COUNT(*) FROM mail_outbox WHERE kind = 'INPUT_REMINDER' AND version_id = ?",
              version);
      long reminderTimers =
          count(
              "SELECT COUNT(*) FROM act_hi_job_log WHERE process_instance_id_ = ? AND act_id_ = ? AND job_state_ = 2",
              l.processInstanceId(),
              PlanVersionProcess.INPUT_REMINDER_DUE);
      if (reminders != reminderTimers) {
        problems.add(
            l.code()
                + ": "
                + reminderTimers
                + " reminder timers fired, "
                + reminders
                + " reminder mails");
      }
      mails += (int) (expected.values().stream().mapToLong(Long::longValue).sum() + reminders);
    }
    check(
        "every step wrote its mails once",
        problems,
        mails + " mails for the lifecycles' tasks, decisions, reminders and entries into force");
  }

  /** The SMTP server got every outbox mail (told apart by Message-ID), and only those. */
  private void mailsDelivered(List<ReceivedMail> received) {
    List<String> problems = new ArrayList<>();
    Map<String, Long> statuses = new java.util.TreeMap<>();
    db.sql("SELECT status, COUNT(*) FROM mail_outbox GROUP BY status")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> statuses.put(e.getKey(), e.getValue()));
    statuses.forEach(
        (status, n) -> {
          if (!"SENT".equals(status)) {
            problems.add(n + " mails " + status);
          }
        });
    Map<String, String> sent = sentMails();
    Set<String> arrived =
        received.stream().map(ReceivedMail::messageId).collect(Collectors.toSet());
    long lost = sent.keySet().stream().filter(id -> !arrived.contains(id)).count();
    long strangers = arrived.stream().filter(id -> !sent.containsKey(id)).count();
    if (lost > 0) {
      problems.add(lost + " mails marked SENT never arrived");
    }
    if (strangers > 0) {
      problems.add(strangers + " mails arrived that the outbox does not know");
    }
    Set<String> perRecipientAndSubject =
        received.stream().map(m -> m.to() + " / " + m.subject()).collect(Collectors.toSet());
    if (!perRecipientAndSubject.equals(new java.util.HashSet<>(sent.values()))) {
      problems.add("the recipients and subjects received differ from the outbox's");
    }
    check(
        "no mail lost",
        problems,
        "%d mails in the outbox %s, each received (%d distinct recipient+subject)"
            .formatted(sent.size(), statuses, perRecipientAndSubject.size()));
  }

  /**
   * No mail arrived twice (told apart by Message-ID). Mails a killed sender was handing to SMTP
   * were left UNCONFIRMED, never resent on their own; the ones an admin confirmed count here.
   */
  private void mailsNotTwice(List<ReceivedMail> received) {
    List<String> problems = new ArrayList<>();
    Map<String, Long> deliveries =
        received.stream()
            .collect(Collectors.groupingBy(ReceivedMail::messageId, Collectors.counting()));
    deliveries.forEach(
        (messageId, n) -> {
          if (n > 1) {
            problems.add("%s arrived %d times".formatted(messageId, n));
          }
        });
    long releasedBeforeHanding =
        count(
            "SELECT COUNT(*) FROM mail_outbox WHERE last_error LIKE 'The sender that claimed this mail stopped%'");
    check(
        "no mail sent twice",
        problems,
        "%d mails received, each once; %d were claimed by a killed sender before it handed them to SMTP and went out once"
            .formatted(received.size(), releasedBeforeHanding));
  }

  private Map<String, String> sentMails() {
    Map<String, String> sent = new HashMap<>();
    db.sql(
            "SELECT message_id, recipient_address || ' / ' || subject FROM mail_outbox WHERE status = 'SENT'")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
        .list()
        .forEach(e -> sent.put(e.getKey(), e.getValue()));
    return sent;
  }

  /** Whether a later version of the lifecycle's plan, begun after it, entered into force. */
  private boolean supersededBy(HttpLifecycle l, List<HttpLifecycle> lifecycles) {
    return started(lifecycles).stream()
        .filter(next -> next.previous() == l)
        .anyMatch(
            next ->
                WAS_IN_FORCE.contains(
                    db.sql("SELECT status FROM plan_version WHERE id = ?")
                        .param(versionOf(next))
                        .query(String.class)
                        .single()));
  }

  private List<HttpLifecycle> started(List<HttpLifecycle> lifecycles) {
    return lifecycles.stream().filter(l -> l.processInstanceId() != null).toList();
  }

  private long versionOf(HttpLifecycle l) {
    return db.sql("SELECT id FROM plan_version WHERE process_instance_id = ?")
        .param(l.processInstanceId())
        .query(Long.class)
        .single();
  }

  private long count(String sql, Object... params) {
    return db.sql(sql).params(params).query(Long.class).single();
  }
}
