package org.plandesk;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the test's own application context the one Camunda's REST and webapps reach.
 * They look the engine up by name in Camunda's JVM-wide registry, and every web test's engine is
 * called "default" (see {@link PlanDeskWebTest}); with a second cached context in the JVM (a web
 * test on PostgreSQL beside the ones on H2), the engine registered last would otherwise answer the
 * HTTP calls of every test, whichever database its beans use.
 */
public class EngineOfThisContext extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
    if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
  }
}
