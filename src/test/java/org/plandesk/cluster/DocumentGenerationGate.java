package org.plandesk.cluster;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.plandesk.plan.process.PlanVersionProcess;

/**
 * A test's hold on the first document generation: the job executor's thread stops at the start of
 * {@code Task_GenerateDocument}, inside the job's transaction and with its database connection,
 * until the test lets it go. So a test can take the database away from a job that is running.
 */
final class DocumentGenerationGate extends AbstractProcessEnginePlugin {

  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicBoolean first = new AtomicBoolean(true);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    ExecutionListener hold = execution -> hold();
    configuration
        .getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseServiceTask(
                  Element element, ScopeImpl scope, ActivityImpl activity) {
                if (PlanVersionProcess.GENERATE_DOCUMENT.equals(activity.getId())) {
                  activity.addListener(ExecutionListener.EVENTNAME_START, hold);
                }
              }
            });
  }

  /** Waits until a job is held at the gate. */
  void awaitHeld() throws InterruptedException {
    if (!entered.await(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("No document generation started");
    }
  }

  void release() {
    released.countDown();
  }

  private void hold() throws InterruptedException {
    if (first.compareAndSet(true, false)) {
      entered.countDown();
      released.await(2, TimeUnit.MINUTES);
    }
  }
}
