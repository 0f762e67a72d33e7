package org.plandesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.PlanLanguage;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every user task of PlanDesk's processes has a name in every language, and a translated one. */
class TaskNamesTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  @Test
  void everyUserTaskIsNamedInEveryLanguageAndNothingElseIs() throws Exception {
    Map<String, String> english = userTasks();
    assertThat(english).isNotEmpty();
    TaskNames names = TaskNames.load();
    List<String> problems = new ArrayList<>();
    for (PlanLanguage language : FormTranslations.TRANSLATED) {
      for (var task : english.entrySet()) {
        String[] id = task.getKey().split("\\.", 2);
        var name = names.of(id[0], id[1], language);
        if (name.isEmpty() || name.get().isBlank()) {
          problems.add(language + ": no name for " + task.getKey());
        } else if (name.get().equalsIgnoreCase(task.getValue())) {
          problems.add(language + ": " + task.getKey() + " is still English");
        }
      }
      Properties bundle = new Properties();
      try (var in =
          getClass()
              .getClassLoader()
              .getResourceAsStream("i18n/tasks_" + language + ".properties")) {
        bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      bundle.stringPropertyNames().stream()
          .filter(key -> !english.containsKey(key))
          .forEach(key -> problems.add(language + ": " + key + " is no user task"));
    }
    assertThat(names.of("plan-version", "Task_DraftVersion", PlanLanguage.en))
        .as("English is the BPMN's name")
        .isEmpty();
    assertThat(problems).isEmpty();
  }

  /** {@code <process key>.<task id>} → the BPMN's (English) name, for every user task. */
  static Map<String, String> userTasks() throws Exception {
    Map<String, String> tasks = new LinkedHashMap<>();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Path file : bpmnFiles()) {
      var document = factory.newDocumentBuilder().parse(file.toFile());
      NodeList processes = document.getElementsByTagNameNS(BPMN, "process");
      for (int p = 0; p < processes.getLength(); p++) {
        Element process = (Element) processes.item(p);
        NodeList userTasks = process.getElementsByTagNameNS(BPMN, "userTask");
        for (int t = 0; t < userTasks.getLength(); t++) {
          Element task = (Element) userTasks.item(t);
          tasks.put(
              process.getAttribute("id") + "." + task.getAttribute("id"),
              task.getAttribute("name"));
        }
      }
    }
    return tasks;
  }

  private static List<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
