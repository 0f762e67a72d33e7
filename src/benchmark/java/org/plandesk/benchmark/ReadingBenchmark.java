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
    WebClient client = new WebClient(base).signIn("auditor", "demo");
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
    }
    System.out.printf("warming up (%d requests)...%n", Math.min(100, requests.size()));
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

  private record Request(String kind, Supplier<String> path) {}

  private static long run(WebClient client, List<Request> requests, Latencies latencies) {
    long bytes = 0;
    for (Request request : requests) {
      String path = request.path().get();
      long start = System.nanoTime();
      var response = client.get(path);
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
