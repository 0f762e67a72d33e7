package org.plandesk.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.plandesk.plan.PlanLanguage;

/**
 * The names of PlanDesk's user tasks in each language but English, from {@code
 * i18n/tasks_<lang>.properties} (UTF-8), keyed {@code <process key>.<task id>}, e.g. {@code
 * plan-version.Task_DraftVersion}. The English name is the one in the BPMN file.
 */
public final class TaskNames {

  private static final String BUNDLE = "i18n/tasks_%s.properties";

  private final Map<PlanLanguage, Properties> names = new EnumMap<>(PlanLanguage.class);

  private TaskNames() {}

  /** The names shipped with PlanDesk. */
  public static TaskNames load() {
    TaskNames bundle = new TaskNames();
    for (PlanLanguage language : PlanLanguage.values()) {
      if (language != PlanLanguage.en) {
        bundle.names.put(language, read(String.format(BUNDLE, language.name())));
      }
    }
    return bundle;
  }

  /** The task's name in the language; empty in English and for a task the bundles do not name. */
  public Optional<String> of(String processKey, String taskId, PlanLanguage language) {
    Properties inLanguage = names.get(language);
    return inLanguage == null
        ? Optional.empty()
        : Optional.ofNullable(inLanguage.getProperty(processKey + "." + taskId));
  }

  /** Whether any language names a task of this process. */
  public boolean names(String processKey, String taskId) {
    return names.values().stream().anyMatch(p -> p.containsKey(processKey + "." + taskId));
  }

  private static Properties read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = TaskNames.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing task names: " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable task names: " + resource, e);
    }
    return properties;
  }
}
