package org.plandesk.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.plandesk.web.WebClient;

/**
 * Reading at scale (a command, not a test): one signed-in user (the auditor, who may read
 * everything) reads the register, filtered and sorted registers, plan pages and audit trails of
 * random plans of a seeded database ({@link ScaleSeed}) through HTTP on loopback, one request at a
 * time, and prints p50/p95 per kind of request. PlanDesk runs in its own JVM ({@link ScaleServer}).
 * The living record's pages too: what's due ({@code /}) as the auditor (their own tasks, the whole
 * calendar) and as the director (every member of staff's tasks), the grants register and random
 * grant requests ({@link ScaleGrants} adds them once), and the progress of random plans in force.
 *
 * <p>{@code mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.ReadingBenchmark -Dexec.args="http://127.0.0.1:8089 200
 * plandesk_scale_read SERVER_PID"} (the server's process id is optional: with it the server's CPU
 * time per request is printed too)
 */
public final class ReadingBenchmark {

  private static final List<String> FILTERS =
      List.of(
          "?q=terv&sort=title",
          "?type=DEVELOPMENT_PROGRAMME&sort=effective&dir=desc",
          "?status=IN_FORCE&language=hu&sort=status",
          "?q=scale-b-1&sort=code&dir=desc",
          "?language=uk&status=SUPERSEDED&sort=effective",
          "?q=plan&type=ANNUAL_ACTION_PLAN&sort=title&dir=desc");

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8089";
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    String database = args.length > 2 ? args[2] : ScaleDatabase.DEFAULT_NAME;
    ServerCpu server = ServerCpu.of(args, 3);
    List<String> codes = ScaleDatabase.sampleCodes(database, n);
    int plans = planCount(database);
    List<String> inForce = ScaleDatabase.sampleCodesInForce(database, n);
    List<Long> grants = ScaleGrants.ensure(database);
    WebClient client = new WebClient(base).signIn("auditor", "demo");
    WebClient director = new WebClient(base).signIn("director", "demo");
    Random random = new Random(8);

    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String code = URLEncoder.encode(codes.get(i), StandardCharsets.UTF_8);
      requests.add(new Request("register /plans", () -> "/plans"));
      requests.add(
          new Request(
              "register filtered and sorted",
              () -> "/plans" + FILTERS.get(random.nextInt(FILTERS.size()))));
      requests.add(
          new Request(
              "register, a later page",
              () -> "/plans?sort=title&page=" + (1 + random.nextInt(plans / 50))));
      requests.add(new Request("plan page", () -> "/plans/" + code));
      requests.add(new Request("audit trail", () -> "/plans/" + code + "/audit"));
      requests.add(new Request("what's due / (auditor)", () -> "/"));
      requests.add(new Request("what's due / (director)", director, () -> "/"));
      requests.add(new Request("grants register /grants", () -> "/grants"));
      long grant = grants.get(random.nextInt(grants.size()));
      requests.add(new Request("grant request /grants/{id}", () -> "/grants/" + grant));
      String planInForce =
          URLEncoder.encode(inForce.get(i % inForce.size()), StandardCharsets.UTF_8);
      requests.add(new Request("plan progress", () -> "/plans/" + planInForce + "/progress"));
    }
    System.out.printf(
        "%d grant requests; warming up (%d requests)...%n",
        grants.size(), Math.min(100, requests.size()));
    run(client, requests.subList(0, Math.min(100, requests.size())), new Latencies());

    String loadBefore = Latencies.loadAverage();
    Latencies latencies = new Latencies();
    double cpuBefore = server.seconds();
    long started = System.nanoTime();
    long bytes = run(client, requests, latencies);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "%n%d plans in %s; %d requests in %.1f s, %.1f MB of HTML; load average before %s, after %s%n",
        plans,
        database,
        latencies.count(),
        seconds,
        bytes / 1e6,
        loadBefore,
        Latencies.loadAverage());
    latencies.print();
    System.out.println(server.report(cpuBefore, latencies.count()));
  }

  /** A request of one kind, sent by the benchmark's user unless another client is named. */
  private record Request(String kind, WebClient as, Supplier<String> path) {
    Request(String kind, Supplier<String> path) {
      this(kind, null, path);
    }
  }

  private static long run(WebClient client, List<Request> requests, Latencies latencies) {
    long bytes = 0;
    for (Request request : requests) {
      String path = request.path().get();
      long start = System.nanoTime();
      var response = (request.as() == null ? client : request.as()).get(path);
      latencies.record(request.kind(), start);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      bytes += response.body().length();
    }
    return bytes;
  }

  private static int planCount(String database) throws Exception {
    try (var db = ScaleDatabase.connect(database);
        var s = db.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM plan")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
