package org.plandesk.tasklist.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.plandesk.identity.TasklistFilters;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me/tasklist-words}: the words the Tasklist shows that neither its locale files
 * nor PlanDesk's forms hold, in the signed-in user's language, for the Tasklist's custom script
 * ({@code app/plandesk/plandesk-locale.js}) to put in place of the English:
 *
 * <ul>
 *   <li>{@code names}: the stored English name of each of PlanDesk's filters (and their
 *       descriptions), groups and processes, mapped to the user's words. Filters and process
 *       definitions are engine data shared by everyone, so they stay English in the database and
 *       are shown translated;
 *   <li>{@code formjs}: form-js's own messages and placeholders ("Field is required.", "Select"),
 *       which form-js 1.8.7 has no translations for ({@code {0}} stands for a limit), and the
 *       placeholder of a date field in the order the language writes a day.
 * </ul>
 *
 * The words are the pages' bundles ({@code tasklist.*}, {@code group.*}), which {@code
 * PageTextsTest} holds complete in every language.
 */
@RestController
class TasklistWordsController {

  private static final List<String> FORMJS =
      List.of(
          "required",
          "minLength",
          "maxLength",
          "min",
          "max",
          "pattern",
          "email",
          "dateAndTime",
          "select",
          "search",
          "noResults",
          "allSelected",
          "removeTag",
          "increment",
          "decrement",
          "datePlaceholder");

  private final MessageSource messages;
  private final TasklistFilters filters;
  private final RepositoryService repository;

  TasklistWordsController(
      MessageSource messages, TasklistFilters filters, RepositoryService repository) {
    this.messages = messages;
    this.filters = filters;
    this.repository = repository;
  }

  @GetMapping(path = "/api/me/tasklist-words", produces = "application/json")
  Map<String, Object> words(Locale locale) {
    Map<String, Object> words = new LinkedHashMap<>();
    words.put("language", locale.getLanguage());
    words.put("names", names(locale));
    Map<String, String> formjs = new LinkedHashMap<>();
    FORMJS.forEach(key -> formjs.put(key, text("tasklist.formjs." + key, locale)));
    words.put("formjs", formjs);
    return words;
  }

  private Map<String, String> names(Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(TasklistFilters.MINE, text("tasklist.filter.mine", locale));
    names.put(TasklistFilters.MINE_DESCRIPTION, text("tasklist.filter.mine.description", locale));
    names.put(TasklistFilters.ALL, text("tasklist.filter.all", locale));
    filters
        .groupNames()
        .forEach(
            (id, stored) -> {
              String group = messages.getMessage("group." + id, null, stored, locale);
              // The task's candidate group, as the Tasklist names it from the engine's groups.
              names.put(stored, group);
              names.put(
                  TasklistFilters.ofGroup(stored),
                  messages.getMessage("tasklist.filter.group", new Object[] {group}, locale));
              names.put(
                  TasklistFilters.descriptionOfGroup(id),
                  messages.getMessage(
                      "tasklist.filter.group.description", new Object[] {group}, locale));
            });
    for (ProcessDefinition process : repository.createProcessDefinitionQuery().list()) {
      String name = messages.getMessage("tasklist.process." + process.getKey(), null, null, locale);
      if (process.getName() != null && name != null) {
        names.put(process.getName(), name);
      }
    }
    return names;
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
