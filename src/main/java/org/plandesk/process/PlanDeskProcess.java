package org.plandesk.process;

/**
 * One of PlanDesk's own processes, deployed from {@code processes/}: implemented by the class that
 * holds each BPMN file's key and element IDs. The engine plugins that give PlanDesk's processes
 * their behaviour (task mails) find them through these beans, which need no engine service, so they
 * exist before the engine is built.
 */
public interface PlanDeskProcess {

  /** The process definition key, the id of the BPMN process. */
  String key();
}
