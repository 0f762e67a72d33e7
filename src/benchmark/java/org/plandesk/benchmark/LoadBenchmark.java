package org.plandesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.plandesk.benchmark.LoadUser.Role;

/**
 * 50 concurrent users over HTTP on loopback against a running PlanDesk on a seeded PostgreSQL
 * database ({@link ScaleSeed}, {@link ScaleServer}), for a bounded number of requests (a command,
 * not a test). Coordinators start plans and consolidate, departments give input, directors decide,
 * auditors and readers read register pages, plans, audit trails and the API. Prints the request
 * count, errors, conflicts and p50/p95 per kind of request; exits 1 when any request failed.
 *
 * <p>{@code mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.LoadBenchmark -Dexec.args="http://127.0.0.1:8089 50 6000
 * plandesk_scale_read SERVER_PID"} (the server's process id is optional: with it the server's CPU
 * time per request is printed too)
 */
public final class LoadBenchmark {

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8089";
    int userCount = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 6000;
    String database = args.length > 3 ? args[3] : ScaleDatabase.DEFAULT_NAME;
    ServerCpu server = ServerCpu.of(args, 4);
    LoadRun run = new LoadRun(requests, 900, ScaleDatabase.sampleCodes(database, 2000));
    List<LoadUser> users = staff(run, base, userCount);
    users.parallelStream().forEach(LoadUser::signIn);

    String loadBefore = Latencies.loadAverage();
    double cpuBefore = server.seconds();
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(users.size());
    users.forEach(pool::execute);
    pool.shutdown();
    if (!pool.awaitTermination(20, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      run.error("the run did not end within 20 minutes");
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    int count = run.latencies.count() - users.size();
    System.out.printf(
        "%n%d users, %d requests in %.1f s (%.1f requests/s) against %s; load average before %s, after %s%n",
        users.size(), count, seconds, count / seconds, base, loadBefore, Latencies.loadAverage());
    System.out.printf(
        "plans started and drafted: %d, approvals: %d, conflicts (409 or 404 from another user's action; retried or moved on): %d, errors: %d%n",
        run.started.get(), run.completed.get(), run.conflicts.get(), run.errors.size());
    run.latencies.print();
    System.out.println(server.report(cpuBefore, count));
    run.errors.stream().limit(20).forEach(e -> System.out.println("ERROR " + e));
    System.exit(run.errors.isEmpty() ? 0 : 1);
  }

  /**
   * Of 50: 8 coordinators, 25 department staff (5 per department), 4 directors, 8 auditors, 5
   * readers.
   */
  private static List<LoadUser> staff(LoadRun run, String base, int count) {
    List<LoadUser> users = new ArrayList<>();
    for (int i = 0; users.size() < count; i++) {
      int n = i % 50;
      int seat = i / 50;
      if (n < 8) {
        users.add(user(run, Role.COORDINATOR, "coordinator", 1 + n, base, i));
      } else if (n < 33) {
        String department = LoadUsers.DEPARTMENTS.get((n - 8) % 5);
        users.add(user(run, Role.DEPARTMENT, department, 1 + (n - 8) / 5, base, i));
      } else if (n < 37) {
        users.add(user(run, Role.DIRECTOR, "director", 1 + n - 33, base, i));
      } else if (n < 45) {
        users.add(user(run, Role.AUDITOR, "auditor", 1 + n - 37, base, i));
      } else {
        users.add(user(run, Role.READER, LoadUsers.DEPARTMENTS.get(n - 45), 6 + seat % 5, base, i));
      }
    }
    return users;
  }

  private static LoadUser user(
      LoadRun run, Role role, String group, int number, String base, long seed) {
    return new LoadUser(run, role, LoadUsers.id(group, number), group, base, seed);
  }
}
