package org.plandesk.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.plandesk.grant.GrantRequest;
import org.plandesk.plan.PlanLanguage;
import org.springframework.stereotype.Component;

/**
 * Create and assignment listener of every user task (added to each by {@link TaskMailPlugin}).
 *
 * <ul>
 *   <li>create: a mail to each candidate user and each member of the candidate groups (a task
 *       created with an assignee is left to the assignment event);
 *   <li>assignment: a mail to the new assignee, unless they took the task themselves.
 * </ul>
 *
 * Each mail names the task, the plan and the due date and links straight to the task in the
 * Tasklist. What a task is about (a plan version, a department, a grant request) its process's port
 * says.
 */
@Component
class TaskMailListener implements TaskListener {

  private final Mailer mailer;
  private final Recipients recipients;
  private final PlanLookup plans;
  private final GrantLookup grants;
  private final MailLinks links;
  private final SystemAccess system;
  private final RepositoryService repository;
  private final NotificationProperties properties;

  TaskMailListener(
      Mailer mailer,
      Recipients recipients,
      PlanLookup plans,
      GrantLookup grants,
      MailLinks links,
      SystemAccess system,
      RepositoryService repository,
      NotificationProperties properties) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.plans = plans;
    this.grants = grants;
    this.links = links;
    this.system = system;
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> created(task);
      case EVENTNAME_ASSIGNMENT -> assigned(task);
      default -> {}
    }
  }

  private void created(DelegateTask task) {
    if (task.getAssignee() != null) {
      return;
    }
    List<String> groups = new ArrayList<>();
    Map<String, Recipient> to = new LinkedHashMap<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      } else {
        recipients.user(link.getUserId()).ifPresent(r -> to.putIfAbsent(r.userId(), r));
      }
    }
    recipients.membersOf(groups).forEach(r -> to.putIfAbsent(r.userId(), r));
    post(
        MailKind.TASK_CREATED,
        task,
        to.values().stream().toList(),
        letter -> {
          if (groups.isEmpty()) {
            letter.paragraph("task.created.intro.user", taskName(letter, task));
          } else {
            String names = groups.stream().map(letter::group).collect(Collectors.joining(", "));
            letter.paragraph("task.created.intro.group", taskName(letter, task), names);
            letter.paragraph("task.created.claim");
          }
        });
  }

  private void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    String by = system.currentUserId();
    if (assignee == null || assignee.equals(by)) {
      return; // nobody, or someone who claimed the task themselves: they know
    }
    Optional<String> assigner =
        Optional.ofNullable(by).flatMap(recipients::user).map(Recipient::name);
    post(
        MailKind.TASK_ASSIGNED,
        task,
        recipients.user(assignee).stream().toList(),
        letter -> {
          if (assigner.isPresent()) {
            letter.paragraph("task.assigned.intro.by", taskName(letter, task), assigner.get());
          } else {
            letter.paragraph("task.assigned.intro", taskName(letter, task));
          }
        });
  }

  private void post(MailKind kind, DelegateTask task, List<Recipient> to, Consumer<Letter> intro) {
    Subject about = subject(task);
    String department = plans.department(task);
    String subjectKey =
        kind == MailKind.TASK_CREATED ? "task.created.subject" : "task.assigned.subject";
    mailer.post(
        kind,
        to,
        about.language(),
        new Mailer.About(about.versionId(), task.getId()),
        null,
        letter -> {
          letter.subject(subjectKey, taskName(letter, task), about.title());
          intro.accept(letter);
          letter.fact("mail.fact.task", taskName(letter, task));
          about.facts().accept(letter);
          letter
              .fact("mail.fact.department", department == null ? null : letter.group(department))
              .fact(
                  "mail.fact.due", task.getDueDate() == null ? null : letter.due(task.getDueDate()))
              .action("task.action", links.task(task.getId()));
        });
  }

  /** What a task is about, as its mail names it: a plan version, a grant request, or a process. */
  private record Subject(
      String title, PlanLanguage language, Long versionId, Consumer<Letter> facts) {}

  private Subject subject(DelegateTask task) {
    Optional<PlanRef> plan = plans.of(task);
    if (plan.isPresent()) {
      PlanRef p = plan.get();
      return new Subject(
          p.plan().title(), p.language(), p.versionId(), l -> l.fact("mail.fact.plan", p.label()));
    }
    Optional<GrantRequest> grant = grants.of(task);
    if (grant.isPresent()) {
      GrantRequest g = grant.get();
      return new Subject(
          g.title(),
          grants.language(g),
          null,
          l -> l.fact("mail.fact.grant", g.title()).fact("mail.fact.funder", g.funder()));
    }
    String process = processLabel(task);
    return new Subject(
        process,
        PlanLanguage.of(properties.defaultLanguage()),
        null,
        l -> l.fact("mail.fact.process", process));
  }

  private static String taskName(Letter letter, DelegateTask task) {
    String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    return letter.textOr("task.name." + task.getTaskDefinitionKey(), name);
  }

  /** For a process about no plan version: its name and business key ("Grant request – X"). */
  private String processLabel(DelegateTask task) {
    String name =
        task.getProcessDefinitionId() == null
            ? null
            : system.run(
                () -> repository.getProcessDefinition(task.getProcessDefinitionId()).getName());
    var execution = task.getExecution();
    String key = execution == null ? null : execution.getProcessBusinessKey();
    if (name == null || key == null) {
      return name != null ? name : key != null ? key : "PlanDesk";
    }
    return name + " – " + key;
  }
}
