package org.plandesk.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plandesk.acknowledge.process.VersionAcknowledgementProcess;
import org.plandesk.cluster.ExactlyOnceChecks.Check;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.notification.MailKind;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.review.process.PlanReviewProcess;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every mail of the outbox must be justified by the engine's history: the activity or timer that
 * writes a mail of its kind ({@link #WRITTEN_BY}) really ran, in the process the mail is about,
 * before the mail was written; a reminder goes out only once its timer fired, never when the timer
 * was cancelled (a review ended by a newer version, a task completed before its reminder). Each
 * mail is traced to its process through its task (ACT_HI_TASKINST), else its plan version (the
 * version's plan-version process, or for a review reminder the version's periodic review).
 */
final class HistoryJustifiesMails {

  /**
   * The activity whose run writes a mail of each kind (the listener or delegate on it posts the
   * mail).
   */
  static final Map<MailKind, String> WRITTEN_BY =
      Map.ofEntries(
          Map.entry(MailKind.INPUT_REMINDER, PlanVersionProcess.INPUT_REMINDER_DUE),
          Map.entry(MailKind.INPUT_MISSED, PlanVersionProcess.INPUT_DEADLINE_PASSED),
          Map.entry(MailKind.VERSION_APPROVED, PlanVersionProcess.APPROVE_VERSION),
          Map.entry(MailKind.CHANGES_REQUESTED, PlanVersionProcess.APPROVE_VERSION),
          Map.entry(MailKind.VERSION_REJECTED, PlanVersionProcess.APPROVE_VERSION),
          Map.entry(MailKind.VERSION_IN_FORCE, PlanVersionProcess.PUT_VERSION_IN_FORCE),
          Map.entry(MailKind.REVIEW_REMINDER, PlanReviewProcess.REVIEW_REMINDER_DUE),
          Map.entry(
              MailKind.GRANT_SUBMISSION_REMINDER, GrantRequestProcess.SUBMISSION_REMINDER_DUE),
          Map.entry(MailKind.GRANT_DECISION_REMINDER, GrantRequestProcess.DECISION_OVERDUE),
          Map.entry(MailKind.GRANT_REPORT_REMINDER, GrantRequestProcess.REPORT_REMINDER_DUE),
          // Written by the service task right after the timer, which only its firing reaches.
          Map.entry(MailKind.ACKNOWLEDGEMENT_REMINDER, VersionAcknowledgementProcess.REMINDER_DUE),
          Map.entry(
              MailKind.ACKNOWLEDGEMENT_ESCALATION, VersionAcknowledgementProcess.ESCALATION_DUE));

  /**
   * Kinds sent when a timer's moment has come: the timer's job must have succeeded, due before the
   * mail.
   */
  static final List<MailKind> REMINDERS =
      List.of(
          MailKind.INPUT_REMINDER,
          MailKind.REVIEW_REMINDER,
          MailKind.GRANT_SUBMISSION_REMINDER,
          MailKind.GRANT_DECISION_REMINDER,
          MailKind.GRANT_REPORT_REMINDER,
          MailKind.ACKNOWLEDGEMENT_REMINDER,
          MailKind.ACKNOWLEDGEMENT_ESCALATION);

  /**
   * The mail is written in the transaction of its activity: the two clocks may differ by this much.
   */
  private static final Duration SLACK = Duration.ofSeconds(2);

  /**
   * ACT_HI_ACTINST.ACT_INST_STATE_ of an activity cancelled (interrupted, its scope ended) rather
   * than completed.
   */
  private static final int CANCELED = 2;

  /** A mail as the checks see it: what, to whom, about which task or version, written when. */
  record Mail(
      long id,
      MailKind kind,
      String recipient,
      String taskId,
      Long versionId,
      String plan,
      Timestamp createdAt) {
    @Override
    public String toString() {
      return "%s %d to %s about %s written %s"
          .formatted(kind, id, recipient, plan == null ? "task " + taskId : plan, createdAt);
    }
  }

  private final JdbcClient db;
  private final Duration slack;

  /**
   * @param engineClockAhead how far the engine's clock (history) runs ahead of the outbox's (a test
   *     that moves the engine clock to fire a timer); zero in production, where both are the
   *     machine's
   */
  HistoryJustifiesMails(JdbcClient db, Duration engineClockAhead) {
    this.db = db;
    this.slack = SLACK.plus(engineClockAhead);
  }

  /** The latest history time that can still have come before the mail was written. */
  private Timestamp latest(Mail mail) {
    return new Timestamp(mail.createdAt().getTime() + slack.toMillis());
  }

  /**
   * Each mail's writing activity ran in its process: started before the mail was written and
   * completed, not cancelled. A task mail needs its task (created; for an assignment, assigned to
   * the recipient).
   */
  Check everyMailWrittenByAnActivityThatRan() {
    List<String> problems = new ArrayList<>();
    Map<MailKind, Integer> justified = new TreeMap<>();
    for (Mail mail : mails()) {
      String why =
          switch (mail.kind()) {
            case TASK_CREATED -> taskCreated(mail);
            case TASK_ASSIGNED -> taskAssigned(mail);
            default -> activityRan(mail);
          };
      if (why == null) {
        justified.merge(mail.kind(), 1, Integer::sum);
      } else {
        problems.add(mail + ": " + why);
      }
    }
    return check(
        "every mail written by an activity that ran (ACT_HI_ACTINST)",
        problems,
        "%d mails, each traced to the activity that wrote it: %s"
            .formatted(justified.values().stream().mapToInt(i -> i).sum(), justified));
  }

  /**
   * A reminder is written only once its timer fired (the job succeeded), due no later than the
   * mail.
   */
  Check remindersOnlyAfterTheirTimerFired() {
    List<String> problems = new ArrayList<>();
    int reminders = 0;
    for (Mail mail : mails()) {
      if (!REMINDERS.contains(mail.kind())) {
        continue;
      }
      reminders++;
      List<String> processes = processesOf(mail);
      String timer = WRITTEN_BY.get(mail.kind());
      long fired =
          processes.isEmpty()
              ? 0
              : db.sql(
                      """
              SELECT COUNT(*) FROM act_hi_job_log WHERE process_instance_id_ IN (:processes) AND act_id_ = :timer
              AND job_state_ = 2 AND job_duedate_ <= :latest""")
                  .param("processes", processes)
                  .param("timer", timer)
                  .param("latest", latest(mail))
                  .query(Long.class)
                  .single();
      if (fired == 0) {
        problems.add(mail + ": " + whatBecameOf(timer, processes));
      }
    }
    return check(
        "no reminder before its moment or for a cancelled timer (ACT_HI_JOB_LOG)",
        problems,
        reminders + " reminders, each written after its timer fired at its due time");
  }

  private String taskCreated(Mail mail) {
    long started =
        db.sql("SELECT COUNT(*) FROM act_hi_actinst WHERE task_id_ = ? AND start_time_ <= ?")
            .params(mail.taskId(), latest(mail))
            .query(Long.class)
            .single();
    return started > 0 ? null : "its task " + mail.taskId() + " was never created before it";
  }

  private String taskAssigned(Mail mail) {
    String created = taskCreated(mail);
    if (created != null) {
      return created;
    }
    long assigned =
        db.sql(
                """
            SELECT COUNT(*) FROM act_hi_identitylink WHERE task_id_ = ? AND type_ = 'assignee'
            AND operation_type_ = 'add' AND user_id_ = ? AND timestamp_ <= ?""")
            .params(mail.taskId(), mail.recipient(), latest(mail))
            .query(Long.class)
            .single();
    return assigned > 0
        ? null
        : "the history never assigned task " + mail.taskId() + " to " + mail.recipient();
  }

  private String activityRan(Mail mail) {
    String activity = WRITTEN_BY.get(mail.kind());
    if (activity == null) {
      return "no rule says which activity writes a " + mail.kind() + " mail (add it to WRITTEN_BY)";
    }
    List<String> processes = processesOf(mail);
    if (processes.isEmpty()) {
      return "no process of its task or version in the history";
    }
    long ran =
        db.sql(
                """
            SELECT COUNT(*) FROM act_hi_actinst WHERE proc_inst_id_ IN (:processes) AND act_id_ = :activity
            AND start_time_ <= :latest AND end_time_ IS NOT NULL AND COALESCE(act_inst_state_, 0) <> :canceled""")
            .param("processes", processes)
            .param("activity", activity)
            .param("latest", latest(mail))
            .param("canceled", CANCELED)
            .query(Long.class)
            .single();
    return ran > 0 ? null : whatBecameOf(activity, processes);
  }

  /** Why an activity does not justify a mail: it never ran, was cancelled, or ran only later. */
  private String whatBecameOf(String activity, List<String> processes) {
    if (processes.isEmpty()) {
      return "no process of its task or version in the history";
    }
    List<String> runs =
        db.sql(
                """
            SELECT start_time_, end_time_, COALESCE(act_inst_state_, 0) FROM act_hi_actinst
            WHERE proc_inst_id_ IN (:processes) AND act_id_ = :activity ORDER BY start_time_""")
            .param("processes", processes)
            .param("activity", activity)
            .query(
                (rs, row) ->
                    "started "
                        + rs.getTimestamp(1)
                        + (rs.getTimestamp(2) == null
                            ? ", still waiting"
                            : rs.getInt(3) == CANCELED
                                ? ", cancelled " + rs.getTimestamp(2)
                                : ", completed " + rs.getTimestamp(2)))
            .list();
    List<String> timers =
        db.sql(
                """
            SELECT job_duedate_, MAX(job_state_) FROM act_hi_job_log WHERE process_instance_id_ IN (:processes)
            AND act_id_ = :activity GROUP BY job_id_, job_duedate_""")
            .param("processes", processes)
            .param("activity", activity)
            .query(
                (rs, row) ->
                    "timer due "
                        + rs.getTimestamp(1)
                        + switch (rs.getInt(2)) {
                          case 2 -> " fired";
                          case 3 -> " deleted unfired";
                          default -> " not fired";
                        })
            .list();
    if (runs.isEmpty() && timers.isEmpty()) {
      return activity + " never ran in " + processes;
    }
    return activity
        + " in "
        + processes
        + ": "
        + String.join("; ", runs)
        + (timers.isEmpty() ? "" : "; " + String.join("; ", timers));
  }

  /**
   * The processes a mail is about: its task's; else its version's plan-version process, or periodic
   * review.
   */
  private List<String> processesOf(Mail mail) {
    if (mail.taskId() != null) {
      return db.sql("SELECT proc_inst_id_ FROM act_hi_taskinst WHERE id_ = ?")
          .param(mail.taskId())
          .query(String.class)
          .list();
    }
    if (mail.versionId() == null) {
      return List.of();
    }
    if (mail.kind() == MailKind.REVIEW_REMINDER
        || mail.kind() == MailKind.ACKNOWLEDGEMENT_REMINDER
        || mail.kind() == MailKind.ACKNOWLEDGEMENT_ESCALATION) {
      return db.sql(
              """
              SELECT p.id_ FROM act_hi_procinst p JOIN act_hi_varinst v ON v.proc_inst_id_ = p.id_ AND v.name_ = 'versionId'
              WHERE p.proc_def_key_ = ? AND v.long_ = ?""")
          .params(
              mail.kind() == MailKind.REVIEW_REMINDER
                  ? PlanReviewProcess.KEY
                  : VersionAcknowledgementProcess.KEY,
              mail.versionId())
          .query(String.class)
          .list();
    }
    return db.sql(
            "SELECT process_instance_id FROM plan_version WHERE id = ? AND process_instance_id IS NOT NULL")
        .param(mail.versionId())
        .query(String.class)
        .list();
  }

  private List<Mail> mails() {
    return db.sql(
            """
            SELECT m.id, m.kind, m.recipient_user, m.task_id, m.version_id,
                   p.code || ' ' || COALESCE(v.version_number, 'draft ' || v.sequence_no), m.created_at
            FROM mail_outbox m LEFT JOIN plan_version v ON v.id = m.version_id LEFT JOIN plan p ON p.id = v.plan_id
            ORDER BY m.id""")
        .query(
            (rs, row) ->
                new Mail(
                    rs.getLong(1),
                    MailKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, Long.class),
                    rs.getString(6),
                    rs.getTimestamp(7)))
        .list();
  }

  private static Check check(String name, List<String> problems, String counted) {
    return new Check(
        name,
        problems.isEmpty(),
        problems.isEmpty()
            ? counted
            : problems.size()
                + " mails not justified, e.g. "
                + problems.subList(0, Math.min(5, problems.size())));
  }
}
