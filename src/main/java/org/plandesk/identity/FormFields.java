package org.plandesk.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The fields a Camunda Form lets its user fill in: the keys of its input components. These are the
 * only variables a user may submit with a task or a start form. Read from the deployed form, as the
 * engine's system (the check runs before the engine has authenticated the request), and remembered
 * per process definition, whose forms never change.
 */
@Component
class FormFields {

  /** Components that show text or structure and submit nothing. */
  private static final Set<String> NOT_INPUT =
      Set.of(
          "text",
          "html",
          "image",
          "button",
          "spacer",
          "separator",
          "group",
          "dynamiclist",
          "iframe",
          "table",
          "documentPreview");

  private final ProcessEngine engine;
  private final ObjectMapper json;
  private final ConcurrentMap<String, Set<String>> known = new ConcurrentHashMap<>();

  FormFields(ProcessEngine engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
  }

  /**
   * The task, if it exists, with the fields of its form (none for a task without a Camunda Form).
   */
  Optional<TaskForm> ofTask(String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return Optional.empty();
    }
    String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    Set<String> fields =
        known.computeIfAbsent(
            key, k -> keysOf(() -> engine.getFormService().getDeployedTaskForm(taskId)));
    return Optional.of(new TaskForm(task, fields));
  }

  /** The fields of the start form of the process definition the path names, if it exists. */
  Optional<Set<String>> ofStart(String definitionPath) {
    return definition(definitionPath)
        .map(
            d ->
                known.computeIfAbsent(
                    d.getId() + "#start",
                    k -> keysOf(() -> engine.getFormService().getDeployedStartForm(d.getId()))));
  }

  /**
   * {@code {id}}, {@code key/{key}} or {@code key/{key}/tenant-id/{tenant}}: the definition a start
   * would use.
   */
  private Optional<ProcessDefinition> definition(String path) {
    String[] parts = path.split("/");
    var query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (parts.length >= 2 && "key".equals(parts[0])) {
      query.processDefinitionKey(parts[1]).latestVersion();
      if (parts.length == 4) {
        query.tenantIdIn(parts[3]);
      } else {
        query.withoutTenantId();
      }
    } else {
      query.processDefinitionId(parts[0]);
    }
    return query.list().stream().findFirst();
  }

  private interface FormSource {
    InputStream open();
  }

  private Set<String> keysOf(FormSource source) {
    Set<String> keys = new TreeSet<>();
    try (InputStream form = source.open()) {
      collect(json.readTree(form).path("components"), keys);
    } catch (ProcessEngineException noCamundaForm) {
      // A task or start event without a deployed Camunda Form takes no variables from its user.
    } catch (IOException unreadable) {
      throw new IllegalStateException("A deployed form cannot be read", unreadable);
    }
    return Set.copyOf(keys);
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      boolean input =
          component.hasNonNull("key") && !NOT_INPUT.contains(component.path("type").asText());
      boolean editable =
          !component.path("disabled").asBoolean(false)
              && !component.path("readonly").asBoolean(false);
      if (input && editable) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }

  /** A task and the fields its form declares. */
  record TaskForm(Task task, Set<String> fields) {}
}
