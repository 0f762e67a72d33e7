package org.plandesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.plandesk.cluster.HttpLifecycle.Decision;
import org.plandesk.cluster.NodeProcess.Launch;
import org.plandesk.notification.ReceivedMail;
import org.plandesk.plan.process.PlanVersionProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two PlanDesk nodes (two JVMs, two ports) on one PostgreSQL database, both with the job executor
 * and the mail sender running, as the README's cluster set-up describes. Users' steps go to either
 * node; a task claimed on one is completed on the other; then one node stops and the other finishes
 * what it began. Afterwards the shared database and the SMTP server (GreenMail, which both nodes
 * send to) show that every timer and job ran exactly once, every approved version has exactly one
 * document and every mail arrived exactly once.
 */
@Tag("integration")
class TwoNodesTest {

  private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
  private static final String ADMIN_PASSWORD = "cluster-admin";
  private static final Duration START_UP = Duration.ofMinutes(4);

  private final int smtpPort = NodeProcess.freePort();
  private final GreenMail smtp =
      new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private final FreshDatabase database = FreshDatabase.create("two_nodes");
  private final NodeSettings settings =
      new NodeSettings(
          database.url(), smtpPort, ADMIN_PASSWORD, "https://plandesk.example", Map.of());
  private final Path logs = Path.of("target", "cluster-logs", "two-nodes");
  private NodeProcess a;
  private NodeProcess b;

  @AfterEach
  void stopAll() {
    if (b != null) {
      b.stop();
    }
    if (a != null) {
      a.stop();
    }
    smtp.stop();
  }

  @Test
  void everyJobDocumentAndMailHappensOnceAndEitherNodeContinuesTheOthersWork() {
    smtp.start();
    a =
        settings
            .node("node-a", NodeProcess.freePort(), Launch.testClassPath(), logs)
            .start()
            .awaitUp(START_UP);
    b =
        settings
            .node("node-b", NodeProcess.freePort(), Launch.testClassPath(), logs)
            .start()
            .awaitUp(START_UP);
    NodeClient onA = new NodeClient(a, ADMIN_PASSWORD);
    NodeClient onB = new NodeClient(b, ADMIN_PASSWORD);
    for (NodeClient node : List.of(onA, onB)) {
      assertThat(node.get("/actuator/health", NodeSettings.ADMIN).toString())
          .as("%s runs its job executor", node.name())
          .contains("\"jobExecutor\":{\"status\":\"UP\"");
    }

    // Four lifecycles, each step on the other node than the one before; the effective date is
    // today and the input deadline tomorrow, so the reminder and in-force timers fire for real.
    List<HttpLifecycle> both =
        List.of(
            new HttpLifecycle("TWO-1", List.of("lending", "events"), List.of(Decision.APPROVE)),
            new HttpLifecycle(
                "TWO-2", List.of("children"), List.of(Decision.REQUEST_CHANGES, Decision.APPROVE)),
            new HttpLifecycle("TWO-3", List.of("network", "digital"), List.of(Decision.REJECT)),
            new HttpLifecycle(
                "TWO-4", List.of("lending", "children", "events"), List.of(Decision.APPROVE)));
    List<NodeClient> nodes = List.of(onA, onB);
    for (int i = 0; i < both.size(); i++) {
      both.get(i).start(nodes.get(i % 2));
    }
    for (int i = 0; i < both.size(); i++) {
      both.get(i).writeContent(nodes.get((i + 1) % 2));
      both.get(i).draft(nodes.get(i % 2));
    }
    int step = 0;
    for (HttpLifecycle l : both) {
      for (String department : l.departments()) {
        // Claimed on one node, submitted on the other.
        l.giveInput(nodes.get(step % 2), nodes.get((step + 1) % 2), department);
        step++;
      }
    }
    for (HttpLifecycle l : both) {
      for (int round = 0; round < l.decisions().size(); round++) {
        l.consolidate(nodes.get(step++ % 2));
        l.decide(nodes.get(step++ % 2));
      }
    }

    // Node A begins a lifecycle, stops (a rolling deployment), and node B finishes it.
    HttpLifecycle handedOver =
        new HttpLifecycle("TWO-5", List.of("digital"), List.of(Decision.APPROVE));
    handedOver.start(onA);
    handedOver.writeContent(onA);
    handedOver.draft(onA);
    awaitTaskOf(handedOver, onB, PlanVersionProcess.GIVE_DEPARTMENT_INPUT);
    a.stop();
    handedOver.giveInput(onB, "digital");
    handedOver.consolidate(onB);
    handedOver.decide(onB);

    List<HttpLifecycle> all =
        List.of(both.get(0), both.get(1), both.get(2), both.get(3), handedOver);
    Quiet.await(database, all, Duration.ofMinutes(3));
    List<ReceivedMail> received =
        Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::of).toList();
    List<ExactlyOnceChecks.Check> checks =
        new ExactlyOnceChecks(database.jdbc()).run(all, received, true);
    checks.forEach(c -> log.info("{}", c));
    assertThat(checks).allMatch(ExactlyOnceChecks.Check::passed);

    // Both job executors worked; the work after node A stopped was all node B's.
    assertThat(
            database
                .jdbc()
                .sql("SELECT DISTINCT hostname_ FROM act_hi_job_log WHERE job_state_ = 2")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("node-a", "node-b");
    assertThat(
            database
                .jdbc()
                .sql(
                    "SELECT DISTINCT hostname_ FROM act_hi_job_log WHERE job_state_ = 2"
                        + " AND process_instance_id_ = ? AND act_id_ IN (?, ?)")
                .params(
                    handedOver.processInstanceId(),
                    PlanVersionProcess.GENERATE_DOCUMENT,
                    PlanVersionProcess.EFFECTIVE_DATE_REACHED)
                .query(String.class)
                .list())
        .containsExactly("node-b");
    // What users see on the remaining node: the version in force with its document.
    var version = onB.get("/api/versions/" + handedOver.versionId(onB), "auditor");
    assertThat(version.at("/version/status").asText()).isEqualTo("IN_FORCE");
    assertThat(version.at("/document/sha256").asText()).hasSize(64);
  }

  private static void awaitTaskOf(HttpLifecycle lifecycle, NodeClient node, String taskKey) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                node.get(
                            "/engine-rest/task?taskDefinitionKey="
                                + taskKey
                                + "&processInstanceId="
                                + lifecycle.processInstanceId(),
                            NodeSettings.ADMIN)
                        .size()
                    > 0);
  }
}
