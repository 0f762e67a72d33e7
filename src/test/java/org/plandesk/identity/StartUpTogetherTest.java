package org.plandesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nodes that start at the same moment on one database (a cluster's first deployment) set up the
 * Tasklist filters, groups and rights in turn: each filter exists once, and no node's start fails.
 */
@Tag("integration")
@PlanDeskTest
class StartUpTogetherTest {

  private static final int NODES = 4;

  @Autowired IdentitySetup setup;
  @Autowired DemoUsers demoUsers;
  @Autowired FilterService filters;

  @Test
  void nodesSettingUpTogetherMakeEachFilterOnce() throws Exception {
    List<String> names =
        filters.createFilterQuery().list().stream().map(Filter::getName).sorted().toList();
    assertThat(names).contains("My tasks", "All tasks (read only)", "Director tasks");
    // The webapps' own "All tasks" filter is made once by the engine's start, not by PlanDesk.
    filters.createFilterQuery().list().stream()
        .filter(f -> !f.getName().equals("All tasks"))
        .forEach(f -> filters.deleteFilter(f.getId()));

    var pool = Executors.newFixedThreadPool(NODES);
    var go = new CountDownLatch(1);
    try {
      List<Future<?>> starts = new ArrayList<>();
      for (int i = 0; i < NODES; i++) {
        starts.add(
            pool.submit(
                () -> {
                  go.await();
                  setup.setUp();
                  demoUsers.create();
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> start : starts) {
        start.get(); // a node whose set-up failed would fail its start
      }
    } finally {
      pool.shutdownNow();
    }

    var counts =
        filters.createFilterQuery().list().stream()
            .collect(Collectors.groupingBy(Filter::getName, Collectors.counting()));
    assertThat(counts.keySet())
        .containsExactlyInAnyOrderElementsOf(names.stream().distinct().toList());
    assertThat(counts.values()).allMatch(n -> n == 1L);
  }
}
