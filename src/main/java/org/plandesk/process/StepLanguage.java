package org.plandesk.process;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The language people work in on a process step (a task, an execution): the plan's language, or for
 * a grant request the language of the plan it serves. Declared here so that every process can write
 * the texts its forms show in that language; the Tasklist module answers it ({@code
 * tasklist/WorkLanguage}), the same rule that picks the step's Camunda Form and task name.
 */
public interface StepLanguage {

  Locale localeOf(VariableScope step);
}
