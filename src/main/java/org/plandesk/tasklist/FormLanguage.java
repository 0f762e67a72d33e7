package org.plandesk.tasklist;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.plan.PlanLanguage;
import org.springframework.stereotype.Component;

/**
 * Picks the Camunda Form of a task or start event in the language people work in there ({@link
 * WorkLanguage}). The BPMN files name it in their {@code camunda:formRef}:
 *
 * <pre>
 * camunda:formRef="${formLanguage.of('draft-version', task)}"          (a user task)
 * camunda:formRef="${formLanguage.ofSignedInUser('start-plan-version')}" (a start event)
 * </pre>
 *
 * The English form keeps its id ({@code draft-version}); each translation is deployed beside it as
 * {@code draft-version-hu}, {@code draft-version-lt}, ... (generated from {@code forms/i18n}, see
 * {@code forms/README.md}), with the same fields. The engine evaluates a task's formRef whenever
 * the task's form is asked for; a start event's formRef it takes as written, so {@link
 * LanguagePlugin} has it evaluated too.
 */
@Component("formLanguage")
public class FormLanguage {

  private final WorkLanguage languages;

  FormLanguage(WorkLanguage languages) {
    this.languages = languages;
  }

  /** The id of the form in the language of the task (or execution) the scope belongs to. */
  public String of(String form, VariableScope scope) {
    return variant(form, languages.of(scope));
  }

  /** The id of the start form in the signed-in user's language. */
  public String ofSignedInUser(String form) {
    return variant(form, languages.ofSignedInUser());
  }

  /** {@code draft-version} in English, {@code draft-version-hu} in Hungarian. */
  public static String variant(String form, PlanLanguage language) {
    return language == PlanLanguage.en ? form : form + "-" + language.name();
  }
}
