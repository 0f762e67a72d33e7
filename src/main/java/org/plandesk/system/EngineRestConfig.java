package org.plandesk.system;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API with PlanDesk's error mapping added ({@link EngineRestErrors}, {@link EngineRestConflicts}). */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(EngineRestErrors.class);
    register(EngineRestConflicts.OptimisticLocking.class);
    register(EngineRestConflicts.AlreadyClaimed.class);
    register(EngineRestConflicts.TaskGone.class);
  }
}
