package org.plandesk.process;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.plandesk.identity.DepartmentDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The {@link Words} of a process step's language ({@link StepLanguage}): what a delegate or
 * listener uses to write a text a Tasklist form shows. Also the bean {@code stepWords} of the
 * diagrams' expressions, e.g. a department's name in its input task: {@code
 * ${stepWords.group(execution, department)}}.
 */
@Component("stepWords")
public class StepWords {

  private final MessageSource messages;
  private final StepLanguage languages;
  private final DepartmentDirectory departments;

  StepWords(MessageSource messages, StepLanguage languages, DepartmentDirectory departments) {
    this.messages = messages;
    this.languages = languages;
    this.departments = departments;
  }

  /** The words of the step's language. */
  public Words of(VariableScope step) {
    return in(languages.localeOf(step));
  }

  public Words in(Locale language) {
    return new Words(language, messages, departments::nameOf);
  }

  /** A department's (or role's) name in the step's language. */
  public String group(VariableScope step, String id) {
    return of(step).group(id);
  }
}
