package org.plandesk;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the test's own application context the one Camunda's REST and webapps reach.
 * They look the engine up by name in Camunda's JVM-wide registry, and every web test's engine is
 * called "default" (see {@link PlanDeskWebTest}); with a second cached context in the JVM (a web
 * test on PostgreSQL beside the ones on H2), the engine registered last would otherwise answer the
 * HTTP calls of every test, whichever database its beans use.
 *
 * <p>It also gives the webapps back their runtime delegates: they are JVM-wide too, and a context
 * closed before its time ({@code @DirtiesContext}) sets them to null as its webapps stop, so the
 * Tasklist, Cockpit and Admin of every other cached context would answer 500.
 */
public class EngineOfThisContext extends AbstractTestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ProcessEngine engine = testContext.getApplicationContext().getBean(ProcessEngine.class);
    if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }
}
