package org.plandesk.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.task.Task;
import org.plandesk.plan.process.PlanVersionPort;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code EndEvent_ReminderPointPassed}: the reminder timer before the input
 * deadline fired while the department's task is still open (once it is done, the timer is gone), so
 * the department has not answered. Mails every member of the department, with the deadline and a
 * link to the open task. Reads versionId and department.
 */
@Component("departmentReminderDue")
class DepartmentReminderListener implements ExecutionListener {

  private final Mailer mailer;
  private final Recipients recipients;
  private final PlanLookup plans;
  private final MailLinks links;
  private final PlanVersionPort planVersions;
  private final SystemAccess system;

  DepartmentReminderListener(
      Mailer mailer,
      Recipients recipients,
      PlanLookup plans,
      MailLinks links,
      PlanVersionPort planVersions,
      SystemAccess system) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.plans = plans;
    this.links = links;
    this.planVersions = planVersions;
    this.system = system;
  }

  @Override
  public void notify(DelegateExecution execution) {
    PlanRef plan =
        plans
            .of(execution)
            .orElseThrow(() -> new IllegalStateException("The process has no versionId"));
    String department = plans.department(execution);
    Task task = openTask(execution.getProcessInstanceId(), department);
    mailer.post(
        MailKind.INPUT_REMINDER,
        recipients.membersOf(List.of(department)),
        plan.language(),
        new Mailer.About(plan.versionId(), task == null ? null : task.getId()),
        null,
        letter -> {
          String deadline = letter.due(task == null ? null : task.getDueDate());
          letter
              .subject("reminder.subject", letter.group(department), plan.plan().title(), deadline)
              .paragraph("reminder.intro", letter.group(department), plan.label(), deadline)
              .paragraph("reminder.consequence")
              .fact("mail.fact.plan", plan.label())
              .fact("mail.fact.department", letter.group(department))
              .fact("mail.fact.deadline", deadline);
          if (task != null) {
            letter.action("task.action", links.task(task.getId()));
          }
          letter.link("mail.link.draft", links.version(plan.versionId()));
        });
  }

  private Task openTask(String processInstanceId, String department) {
    return system.run(() -> planVersions.inputTask(processInstanceId, department)).orElse(null);
  }
}
