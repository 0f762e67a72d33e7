package org.plandesk.benchmark;

/**
 * PlanDesk on a seeded scale database, as in production (job executor on), for the HTTP benchmarks
 * to run against (a command; stop it with Ctrl-C).
 *
 * <p>{@code mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.ScaleServer -Dexec.args="plandesk_scale_read 8089"}
 */
public final class ScaleServer {

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : ScaleDatabase.DEFAULT_NAME;
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 8089;
    var app = ScaleDatabase.start(database, true, port, "--logging.level.org.plandesk=info");
    System.out.printf("PlanDesk on %s listens on http://127.0.0.1:%d%n", database, port);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    Thread.currentThread().join();
  }
}
