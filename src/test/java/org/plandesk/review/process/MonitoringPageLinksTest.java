package org.plandesk.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every open monitoring task links to PlanDesk's page, also those the create listener never saw: a
 * task without {@code monitoringPage} gets it at start-up (once: a second start finds nothing to
 * do), and a review running on a plan-review definition deployed before the BPMN declared the
 * listener still gives its new monitoring tasks their page. Nodes starting together take turns:
 * each task gets its page once, and every node starts.
 */
@PlanDeskTest
class MonitoringPageLinksTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
  private static final String PAGE = PlanReviewVariables.MONITORING_PAGE.name();

  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired PlanReviewPort reviews;
  @Autowired MonitoringPageLinks links;
  private LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aTaskWithoutItsPageGetsItAtStartUpAndOnlyOnce() {
    Task poll = pollDue("LINK-GONE");
    engine.getTaskService().removeVariableLocal(poll.getId(), PAGE);
    assertThat(engine.getTaskService().getVariableLocal(poll.getId(), PAGE)).isNull();

    links.linkOnStartUp();

    assertThat(engine.getTaskService().getVariableLocal(poll.getId(), PAGE))
        .isEqualTo("/plans/LINK-GONE/monitoring/" + poll.getId());
    assertThat(links.linkOpenTasks()).as("a second node starting finds nothing to do").isZero();
  }

  @Test
  void nodesStartingTogetherLinkEachTaskOnceAndAllStart() throws Exception {
    Task poll = pollDue("LINK-NODES");
    engine.getTaskService().removeVariableLocal(poll.getId(), PAGE);

    ExecutorService nodes = Executors.newFixedThreadPool(3);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        starts.add(
            nodes.submit(
                () -> {
                  go.await();
                  links.linkOnStartUp();
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> start : starts) {
        start.get(); // a node whose start-up work failed would fail its start
      }
    } finally {
      nodes.shutdownNow();
    }

    assertThat(
            engine
                .getRuntimeService()
                .createVariableInstanceQuery()
                .taskIdIn(poll.getId())
                .variableName(PAGE)
                .list())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.getValue()).isEqualTo("/plans/LINK-NODES/monitoring/" + poll.getId()));
  }

  @Test
  void aReviewOnAnOlderDefinitionWithoutTheListenerStillLinksItsTasks() throws IOException {
    Deployment older =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("plan-review before monitoringPage")
            .addString("plan-review.bpmn", withoutTheCreateListener())
            .addInputStream("review-interval.dmn", resource("processes/review-interval.dmn"))
            .deploy();
    try {
      Task poll = pollDue("LINK-OLD");
      assertThat(
              engine
                  .getRepositoryService()
                  .getProcessDefinition(poll.getProcessDefinitionId())
                  .getDeploymentId())
          .as("the review runs on the older definition")
          .isEqualTo(older.getId());
      assertThat(engine.getTaskService().getVariableLocal(poll.getId(), PAGE))
          .isEqualTo("/plans/LINK-OLD/monitoring/" + poll.getId());
    } finally {
      engine.getRepositoryService().deleteDeployment(older.getId(), true);
    }
  }

  /** Seed 004's Lutsk programme in force under this code, three months on: its poll's task. */
  private Task pollDue(String code) {
    ProcessInstance pi =
        driver.inForce(code, "DEVELOPMENT_PROGRAMME", "uk", SeedPlans.lutskProgramme(), TODAY);
    ProcessInstance review = reviews.reviewOf(driver.versionId(pi)).orElseThrow();
    driver.reachDay(TODAY.plusMonths(3));
    return driver.task(review, PlanReviewProcess.RECORD_MONITORING_RESULT);
  }

  private static String withoutTheCreateListener() throws IOException {
    String bpmn;
    try (InputStream in = resource("processes/plan-review.bpmn")) {
      bpmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String declared =
        "<camunda:taskListener delegateExpression=\""
            + MonitoringPagePlugin.DECLARED
            + "\" event=\"create\" />";
    assertThat(bpmn).contains(declared);
    return bpmn.replace(declared, "");
  }

  private static InputStream resource(String path) {
    return MonitoringPageLinksTest.class.getClassLoader().getResourceAsStream(path);
  }
}
