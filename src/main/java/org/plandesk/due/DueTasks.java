package org.plandesk.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.tasklist.TaskNames;
import org.plandesk.web.LivingLabels;
import org.springframework.stereotype.Component;

/**
 * The open Tasklist tasks a reader of the page answers for ({@link DueReader}), as items due: each
 * named in the reader's language (a task is named in its plan's language when it is created; the
 * page speaks the reader's), linked to the task in the Tasklist, with what it is about (its
 * process's business key) and who holds it.
 *
 * <p>A constant number of engine queries however many tasks are open: for the whole library every
 * open task, then the unclaimed ones of each group PlanDesk knows (to say which group they wait
 * for); for one member of staff the tasks assigned to them, those waiting for them and those
 * waiting for each of their groups; then the processes' business keys and the holders' names in one
 * query each. Process definitions (key and English names) never change and are kept.
 */
@Component
class DueTasks {

  private static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final DepartmentDirectory departments;
  private final LivingLabels labels;
  private final Clock clock;
  private final TaskNames names = TaskNames.load();

  /** A deployed process definition: its key and its tasks' English names (the BPMN's). */
  private record Definition(String key, Map<String, String> englishNames) {}

  private final Map<String, Definition> definitions = new ConcurrentHashMap<>();

  DueTasks(
      TaskService tasks,
      RuntimeService runtime,
      RepositoryService repository,
      IdentityService identity,
      DepartmentDirectory departments,
      LivingLabels labels,
      Clock clock) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
    this.departments = departments;
    this.labels = labels;
    this.clock = clock;
  }

  /**
   * The reader's open tasks due on or before this day, overdue ones and those without a due date
   * (unsorted).
   */
  List<DueItem> of(DueReader reader, LocalDate until, Locale locale) {
    Map<String, Task> open = new LinkedHashMap<>();
    Map<String, List<String>> waitingFor = new HashMap<>();
    if (reader.wholeLibrary()) {
      tasks.createTaskQuery().active().list().forEach(t -> open.put(t.getId(), t));
      for (String group : knownGroups()) {
        waitFor(group, waitingFor, open, false);
      }
    } else {
      tasks
          .createTaskQuery()
          .active()
          .taskAssignee(reader.userId())
          .list()
          .forEach(t -> open.put(t.getId(), t));
      for (String group : reader.groups()) {
        waitFor(group, waitingFor, open, true);
      }
      // Unclaimed tasks offered to the reader by name (e.g. a grant request's responsible).
      tasks
          .createTaskQuery()
          .active()
          .taskCandidateUser(reader.userId())
          .list()
          .forEach(t -> open.putIfAbsent(t.getId(), t));
    }
    LocalDate today = LocalDate.now(clock);
    List<Task> due =
        open.values().stream()
            .filter(t -> t.getDueDate() == null || !day(t).isAfter(until))
            .toList();
    Map<String, String> about = businessKeys(due);
    Map<String, String> people = names(due);
    PlanLanguage language = PlanLanguage.of(locale.getLanguage());
    List<DueItem> items = new ArrayList<>(due.size());
    for (Task task : due) {
      LocalDate day = task.getDueDate() == null ? null : day(task);
      List<String> holders =
          task.getAssignee() != null
              ? List.of(people.getOrDefault(task.getAssignee(), task.getAssignee()))
              : waitingFor.getOrDefault(task.getId(), List.of()).stream()
                  .map(labels::group)
                  .toList();
      items.add(
          new DueItem(
              day,
              DueItem.Kind.TASK,
              name(task, language),
              about.get(task.getProcessInstanceId()),
              TASKLIST + task.getId(),
              day != null && day.isBefore(today),
              holders));
    }
    return items;
  }

  /**
   * Notes for each unclaimed task of a group that it waits for that group; the reader's own groups'
   * tasks are added to the open ones.
   */
  private void waitFor(
      String group, Map<String, List<String>> waitingFor, Map<String, Task> open, boolean add) {
    for (Task task : tasks.createTaskQuery().active().taskCandidateGroup(group).list()) {
      if (add) {
        open.putIfAbsent(task.getId(), task);
      }
      waitingFor.computeIfAbsent(task.getId(), id -> new ArrayList<>()).add(group);
    }
  }

  /** PlanDesk's groups whose tasks the whole library's view names: roles and departments. */
  private List<String> knownGroups() {
    List<String> groups = new ArrayList<>(List.of(Groups.COORDINATOR, Groups.DIRECTOR));
    departments.namesById().keySet().stream().filter(g -> !groups.contains(g)).forEach(groups::add);
    return groups;
  }

  private LocalDate day(Task task) {
    return LocalDate.ofInstant(task.getDueDate().toInstant(), clock.getZone());
  }

  /** The task's name in the reader's language; in English the BPMN's name. */
  private String name(Task task, PlanLanguage language) {
    Definition definition = definition(task.getProcessDefinitionId());
    if (definition == null) {
      return task.getName();
    }
    return names
        .of(definition.key(), task.getTaskDefinitionKey(), language)
        .orElseGet(
            () ->
                definition
                    .englishNames()
                    .getOrDefault(task.getTaskDefinitionKey(), task.getName()));
  }

  private Definition definition(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    return definitions.computeIfAbsent(
        processDefinitionId,
        id -> {
          ProcessDefinition definition = repository.getProcessDefinition(id);
          Map<String, String> english =
              repository.getBpmnModelInstance(id).getModelElementsByType(FlowElement.class).stream()
                  .filter(e -> e.getName() != null)
                  .collect(Collectors.toMap(FlowElement::getId, FlowElement::getName, (a, b) -> a));
          return new Definition(definition.getKey(), english);
        });
  }

  /** The business key of each task's process ("KÜLSŐ KOMM #2"), in one query. */
  private Map<String, String> businessKeys(Collection<Task> due) {
    Set<String> processes =
        due.stream()
            .map(Task::getProcessInstanceId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    if (processes.isEmpty()) {
      return Map.of();
    }
    return runtime.createProcessInstanceQuery().processInstanceIds(processes).list().stream()
        .filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
  }

  /** The names of the people who hold these tasks, in one query. */
  private Map<String, String> names(Collection<Task> due) {
    String[] assignees =
        due.stream()
            .map(Task::getAssignee)
            .filter(a -> a != null)
            .distinct()
            .toArray(String[]::new);
    if (assignees.length == 0) {
      return Map.of();
    }
    return identity.createUserQuery().userIdIn(assignees).list().stream()
        .collect(Collectors.toMap(User::getId, DueTasks::fullName, (a, b) -> a, HashMap::new));
  }

  private static String fullName(User user) {
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
