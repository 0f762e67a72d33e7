package org.plandesk.benchmark;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.plandesk.PlanDeskApplication;
import org.plandesk.SeedPlans;
import org.plandesk.document.DocumentBenchmark;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.process.DirectorDecision;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * How long PlanDesk's longest jobs run (a command, not a test), timed as the job executor runs them
 * ({@code ManagementService.executeJob}, the same command in the calling thread), on PostgreSQL
 * with LibreOffice. The figures choose the engine's job lock time ({@code
 * camunda.bpm.job-execution.lock-time-in-millis} in {@code application.yaml}).
 *
 * <p>Measured: the approved document of a large plan (the one of {@link DocumentBenchmark}: 100
 * action items), <b>first</b> right after the start, while LibreOffice starts for the first time (a
 * fresh profile, with its restart) and docx4j warms up, as on a node that picks up a job the moment
 * it is up; then N−1 more; then one right after LibreOffice was killed (the office manager starts
 * it again); and the entry into force that follows each. The approvals are made before
 * LibreOffice's start begins (a ready-event listener ahead of PlanDesk's own), so the first job
 * waits for the whole start. Run it in a fresh JVM each time: the first figure is once per JVM.
 *
 * <p>{@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.JobDurationBenchmark -Dexec.args=10}
 */
public final class JobDurationBenchmark {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE =
      System.getProperty("plandesk.bench.db", "plandesk_job_duration_bench");

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    try (var c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    String loadBefore = Latencies.loadAverage();
    Approvals approvals = new Approvals(n + 1);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(PlanDeskApplication.class)
            .profiles("postgres")
            .listeners(approvals)
            .run(
                "--spring.datasource.url=" + SERVER + DATABASE,
                "--camunda.bpm.admin-user.password=bench",
                "--camunda.bpm.job-execution.enabled=false",
                "--plandesk.demo-data=true",
                "--plandesk.demo-plans=false",
                "--plandesk.documents.office-enabled=true",
                // A free port: other builds on this machine may run a PlanDesk with LibreOffice.
                "--plandesk.documents.office-port=0",
                "--plandesk.notification.sender-enabled=false",
                "--server.port=0",
                "--logging.level.root=warn",
                "--logging.level.org.plandesk.document=info");
    try {
      long sinceReady = System.nanoTime();
      ManagementService jobs = app.getBean(ProcessEngine.class).getManagementService();
      List<ProcessInstance> approved = approvals.instances;

      double first = run(jobs, approved.get(0), PlanVersionProcess.GENERATE_DOCUMENT);
      System.out.printf(
          "first document job after the start: %.0f ms (%.0f ms after the application was ready)%n",
          first, (System.nanoTime() - sinceReady) / 1e6);
      List<Double> warm = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        warm.add(run(jobs, approved.get(i), PlanVersionProcess.GENERATE_DOCUMENT));
      }
      List<ProcessHandle> offices =
          ProcessHandle.current()
              .descendants()
              .filter(p -> p.info().command().map(c -> c.contains("soffice")).orElse(false))
              .toList();
      offices.forEach(ProcessHandle::destroyForcibly);
      offices.forEach(p -> p.onExit().join());
      double afterKill = run(jobs, approved.get(n), PlanVersionProcess.GENERATE_DOCUMENT);
      List<Double> inForce = new ArrayList<>();
      for (ProcessInstance instance : approved) {
        inForce.add(run(jobs, instance, PlanVersionProcess.EFFECTIVE_DATE_REACHED));
      }

      System.out.printf(
          "%nJob durations on PostgreSQL with LibreOffice (large plan, 100 action items);"
              + " load average before %s, after %s%n",
          loadBefore, Latencies.loadAverage());
      System.out.printf("%-52s %10s%n", "job", "ms");
      System.out.printf(
          "%-52s %10.0f%n", "document, first after the start (LibreOffice starting)", first);
      System.out.printf(
          "%-52s %10s%n", "document, the " + warm.size() + " next (p50 / max)", summary(warm));
      System.out.printf(
          "%-52s %10.0f%n", "document, right after LibreOffice was killed", afterKill);
      System.out.printf(
          "%-52s %10s%n", "entry into force, " + inForce.size() + " (p50 / max)", summary(inForce));
    } finally {
      app.close();
    }
  }

  /** Executes the one job of this activity in this instance; its wall time in milliseconds. */
  private static double run(ManagementService jobs, ProcessInstance instance, String activity) {
    Job job =
        jobs.createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activity)
            .singleResult();
    if (job == null) {
      throw new IllegalStateException("No job " + activity + " in " + instance.getId());
    }
    long start = System.nanoTime();
    jobs.executeJob(job.getId());
    return (System.nanoTime() - start) / 1e6;
  }

  private static String summary(List<Double> millis) {
    if (millis.isEmpty()) {
      return "none";
    }
    List<Double> sorted = millis.stream().sorted().toList();
    return String.format(
        "%.0f / %.0f", sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
  }

  /**
   * Approves versions of large plans when the application is ready, ahead of PlanDesk's own ready
   * listeners (LibreOffice's start, docx4j's warm-up), so their document jobs wait unstarted.
   */
  private static final class Approvals
      implements ApplicationListener<ApplicationReadyEvent>, Ordered {

    private final int count;
    private final List<ProcessInstance> instances = new ArrayList<>();

    Approvals(int count) {
      this.count = count;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
      ProcessEngine engine = event.getApplicationContext().getBean(ProcessEngine.class);
      PlanService plans = event.getApplicationContext().getBean(PlanService.class);
      LifecycleDriver driver = new LifecycleDriver(engine, plans);
      LocalDate today = LocalDate.now();
      for (int i = 0; i < count; i++) {
        ProcessInstance instance =
            driver.startNewPlan(
                "coordinator", "JOB-" + i, SeedPlans.KULSO_KOMM_TITLE, "COMMUNICATION_PLAN", "hu");
        driver.writeContent(instance, DocumentBenchmark.largeContent());
        driver.draft(instance, List.of(), today.plusDays(3));
        driver.consolidate(instance);
        driver.decide(instance, DirectorDecision.APPROVE, null, today);
        instances.add(instance);
      }
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  private JobDurationBenchmark() {}
}
