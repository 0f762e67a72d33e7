package org.plandesk.benchmark;

import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.plandesk.PlanDeskApplication;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of PlanDesk's cost over the bare engine (a command, not a test), on PostgreSQL. Drives
 * N complete plan lifecycles through the engine's form and task services as users (start, draft,
 * three departments' input, consolidation, approval, document generation, entry into force) and N
 * lifecycles of a baseline process of the same shape (the same BPMN with no-op delegates and no
 * listeners, driven by the same users with the same claims, forms and authorization checks: bare
 * Camunda on the same database). The two sides alternate lifecycle by lifecycle. Prints per-step
 * p50/p95 and SQL statements ({@link StatementCounter}) of both sides, and the ratio per lifecycle
 * with and without the document step.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.LifecycleBenchmark -Dexec.args=200}
 */
public final class LifecycleBenchmark {

  private static final Logger log = LoggerFactory.getLogger(LifecycleBenchmark.class);
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /**
   * A database of this benchmark's own, recreated per run (others may use plandesk_bench
   * meanwhile).
   */
  private static final String DATABASE =
      System.getProperty("plandesk.bench.db", "plandesk_ratio_bench");

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    try (var c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
        var s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    StatementCounter sql = new StatementCounter();
    // Command-line arguments: they outrank the postgres profile's own settings.
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(PlanDeskApplication.class)
            .profiles("postgres")
            .initializers(context -> context.getBeanFactory().addBeanPostProcessor(sql))
            .run(
                "--spring.datasource.url=" + SERVER + DATABASE,
                "--camunda.bpm.admin-user.password=bench",
                "--camunda.bpm.job-execution.enabled=false",
                "--plandesk.demo-data=true",
                "--plandesk.demo-plans=false",
                "--plandesk.documents.office-enabled=false",
                "--plandesk.notification.sender-enabled=false",
                "--server.port=0",
                "--logging.level.root=warn",
                "--logging.level.org.plandesk.benchmark=info");
    try {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      PlanService plans = app.getBean(PlanService.class);
      deployBaseline(engine);
      LifecycleDriver driver = new LifecycleDriver(engine, plans);
      ClockUtil.setCurrentTime(java.sql.Date.valueOf(TODAY));

      Steps warmPlan = new Steps(sql);
      Steps warmBase = new Steps(sql);
      for (int i = 0; i < Math.max(5, n / 10); i++) {
        planDesk(driver, engine, plans, "WARM-" + i, warmPlan);
        baseline(engine, driver, warmBase);
      }
      // Alternated, so a change of the machine's load (it is shared) hits both sides alike.
      Steps plan = new Steps(sql);
      Steps base = new Steps(sql);
      String loadBefore = Latencies.loadAverage();
      // -Dplandesk.bench.jfr=file.jfr: a flight recording of the measured lifecycles, to see where
      // CPU goes.
      String jfr = System.getProperty("plandesk.bench.jfr");
      jdk.jfr.Recording recording = null;
      if (jfr != null) {
        recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
      }
      for (int i = 0; i < n; i++) {
        planDesk(driver, engine, plans, "BENCH-" + i, plan);
        baseline(engine, driver, base);
      }

      if (recording != null) {
        recording.dump(java.nio.file.Path.of(jfr));
        recording.close();
      }
      StringBuilder table =
          new StringBuilder(
              String.format(
                  "%n%d lifecycles each on PostgreSQL, alternated (document generation: DOCX, no LibreOffice);"
                      + " load average before %s, after %s%n",
                  n, loadBefore, Latencies.loadAverage()));
      table.append(
          String.format(
              "%-24s %12s %10s %12s %10s %9s %9s%n",
              "step", "PlanDesk p50", "p95", "baseline p50", "p95", "SQL plan", "SQL base"));
      for (String step : plan.millis.keySet()) {
        table.append(
            String.format(
                "%-24s %9.1f ms %7.1f ms %9.1f ms %7.1f ms %9.1f %9.1f%n",
                step,
                plan.p(step, 50),
                plan.p(step, 95),
                base.p(step, 50),
                base.p(step, 95),
                plan.statements(step),
                base.statements(step)));
      }
      double planMs = plan.perLifecycle(null);
      double baseMs = base.perLifecycle(null);
      double planNoDoc = plan.perLifecycle(GENERATE);
      double baseNoDoc = base.perLifecycle(GENERATE);
      table.append(
          String.format(
              "per lifecycle (mean): PlanDesk %.1f ms, baseline %.1f ms: ratio %.2fx with the DOCX%n",
              planMs, baseMs, planMs / baseMs));
      table.append(
          String.format(
              "without the document step on either side: PlanDesk %.1f ms, baseline %.1f ms:"
                  + " ratio %.2fx (aim <= 1.5x)%n",
              planNoDoc, baseNoDoc, planNoDoc / baseNoDoc));
      table.append(
          String.format(
              "median lifecycle (the load of a shared machine moves the mean): PlanDesk %.1f ms,"
                  + " baseline %.1f ms: ratio %.2fx with the DOCX, %.2fx without%n",
              plan.medianLifecycle(null),
              base.medianLifecycle(null),
              plan.medianLifecycle(null) / base.medianLifecycle(null),
              plan.medianLifecycle(GENERATE) / base.medianLifecycle(GENERATE)));
      table.append(
          String.format(
              "SQL per lifecycle: PlanDesk %.1f statements in %.1f round trips, baseline %.1f in %.1f%n",
              plan.statementsPerLifecycle(),
              plan.roundTripsPerLifecycle(),
              base.statementsPerLifecycle(),
              base.roundTripsPerLifecycle()));
      log.info(table.toString());
      String tracePath = System.getProperty("plandesk.bench.trace");
      if (tracePath != null) {
        // One more lifecycle of each side with the text of every statement, by step: where to look.
        Steps traced = new Steps(sql);
        traced.tracing = true;
        planDesk(driver, engine, plans, "TRACE", traced);
        baseline(engine, driver, traced);
        java.nio.file.Files.write(java.nio.file.Path.of(tracePath), traced.traced);
      }
    } finally {
      ClockUtil.reset();
      app.close();
    }
  }

  private static final String GENERATE = "generate document";

  private static void planDesk(
      LifecycleDriver d, ProcessEngine engine, PlanService plans, String code, Steps steps) {
    steps.lifecycle();
    ProcessInstance pi =
        steps.time(
            "start", () -> d.startNewPlan("coordinator", code, "Terv", "COMMUNICATION_PLAN", "hu"));
    steps.time("save content (editor)", () -> d.writeContent(pi, SeedPlans.kulsoKommunikacio()));
    steps.run(
        "draft", () -> d.draft(pi, List.of("lending", "events", "children"), TODAY.plusDays(10)));
    steps.run(
        "department input",
        () -> d.giveInput("anna", pi, "lending", "Rendben", List.of("Regisztrált használók")));
    steps.run("department input", () -> d.giveInput("peter", pi, "events", "Rendben", List.of()));
    steps.run("department input", () -> d.giveInput("olena", pi, "children", "Rendben", List.of()));
    steps.run("consolidate", () -> d.consolidate(pi));
    steps.run("approve", () -> d.decide(pi, "APPROVE", null, TODAY));
    steps.run(GENERATE, () -> runJob(engine, pi));
    steps.run("enter into force", () -> runJob(engine, pi));
  }

  /**
   * The same users, claims, form submissions and authorization checks; only PlanDesk's logic is
   * gone.
   */
  private static void baseline(ProcessEngine engine, LifecycleDriver d, Steps steps) {
    steps.lifecycle();
    Map<String, Object> vars = new HashMap<>();
    vars.put(
        "departmentsToAsk",
        Variables.objectValue(new ArrayList<>(List.of("lending", "events", "children")))
            .serializationDataFormat(Variables.SerializationDataFormats.JSON)
            .create());
    vars.put("reminderAt", TODAY.plusDays(9).atStartOfDay().toString());
    vars.put("deadlineAt", TODAY.plusDays(11).atStartOfDay().toString());
    vars.put("effectiveAt", TODAY.atStartOfDay().toString());
    ProcessInstance pi =
        steps.time(
            "start",
            () -> {
              String definition =
                  engine
                      .getRepositoryService()
                      .createProcessDefinitionQuery()
                      .processDefinitionKey(BASELINE)
                      .latestVersion()
                      .singleResult()
                      .getId();
              return d.as(
                  "coordinator", () -> engine.getFormService().submitStartForm(definition, vars));
            });
    steps.run(
        "draft",
        () ->
            d.complete(
                "coordinator",
                d.task(pi, PlanVersionProcess.DRAFT_VERSION),
                Map.of("inputDeadline", TODAY.plusDays(10).toString())));
    steps.run(
        "department input",
        () ->
            d.complete(
                "anna", d.departmentTask(pi, "lending"), Map.of("inputComments", "Rendben")));
    steps.run(
        "department input",
        () ->
            d.complete(
                "peter", d.departmentTask(pi, "events"), Map.of("inputComments", "Rendben")));
    steps.run(
        "department input",
        () ->
            d.complete(
                "olena", d.departmentTask(pi, "children"), Map.of("inputComments", "Rendben")));
    steps.run(
        "consolidate",
        () ->
            d.complete("coordinator", d.task(pi, PlanVersionProcess.CONSOLIDATE_DRAFT), Map.of()));
    steps.run(
        "approve",
        () ->
            d.complete(
                "director",
                d.task(pi, PlanVersionProcess.APPROVE_VERSION),
                Map.of("decision", "APPROVE", "effectiveDate", TODAY.toString())));
    steps.run(GENERATE, () -> runJob(engine, pi));
    steps.run("enter into force", () -> runJob(engine, pi));
  }

  private static String task(ProcessEngine engine, ProcessInstance pi) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .listPage(0, 1)
        .get(0)
        .getId();
  }

  private static void runJob(ProcessEngine engine, ProcessInstance pi) {
    Job job =
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(pi.getId())
            .executable()
            .listPage(0, 1)
            .get(0);
    engine.getManagementService().executeJob(job.getId());
  }

  static final String BASELINE = "plan-version-baseline";

  /** The plan-version BPMN with the same tasks, gateways and timers but no PlanDesk logic. */
  private static void deployBaseline(ProcessEngine engine) throws Exception {
    String xml;
    try (var in = LifecycleBenchmark.class.getResourceAsStream("/processes/plan-version.bpmn")) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    xml =
        xml.replaceAll(
                "camunda:delegateExpression=\"\\$\\{[a-zA-Z]+\\}\"",
                "camunda:expression=\"\\${true}\"")
            .replaceAll("(?s)<camunda:taskListener[^>]*/>", "")
            .replaceAll("(?s)<camunda:executionListener[^>]*/>", "")
            .replace("id=\"" + PlanVersionProcess.KEY + "\"", "id=\"" + BASELINE + "\"")
            .replace(
                "processRef=\"" + PlanVersionProcess.KEY + "\"", "processRef=\"" + BASELINE + "\"")
            .replace("historyTimeToLive=\"3650\"", "historyTimeToLive=\"1\"");
    engine.getRepositoryService().createDeployment().addString("baseline.bpmn", xml).deploy();
    var auth =
        engine
            .getAuthorizationService()
            .createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId("coordinator");
    auth.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
    auth.setResourceId(BASELINE);
    auth.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
    auth.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(auth);
  }

  /** Step timings in milliseconds and SQL statements, per step and per lifecycle. */
  private static final class Steps {
    final Map<String, List<Double>> millis = new LinkedHashMap<>();
    final Map<String, Long> sql = new LinkedHashMap<>();
    private long roundTrips;

    /** Per lifecycle: its total milliseconds, and those of the document step. */
    private final List<double[]> totals = new ArrayList<>();

    private final StatementCounter counter;
    private int lifecycles;
    boolean tracing;
    final List<String> traced = new ArrayList<>();

    Steps(StatementCounter counter) {
      this.counter = counter;
    }

    void lifecycle() {
      lifecycles++;
      totals.add(new double[2]);
      if (tracing) {
        traced.add("==== lifecycle " + lifecycles);
      }
    }

    <T> T time(String step, Supplier<T> work) {
      long statements = counter.count();
      long trips = counter.roundTrips();
      counter.trace(tracing);
      long start = System.nanoTime();
      T result = work.get();
      double ms = (System.nanoTime() - start) / 1e6;
      millis.computeIfAbsent(step, k -> new ArrayList<>()).add(ms);
      sql.merge(step, counter.count() - statements, Long::sum);
      roundTrips += counter.roundTrips() - trips;
      double[] total = totals.get(totals.size() - 1);
      total[0] += ms;
      if (step.equals(GENERATE)) {
        total[1] += ms;
      }
      if (tracing) {
        traced.add("--- " + step);
        traced.addAll(counter.trace(false));
      }
      return result;
    }

    void run(String step, Runnable work) {
      time(
          step,
          () -> {
            work.run();
            return null;
          });
    }

    double p(String step, int percentile) {
      List<Double> values = millis.get(step);
      if (values == null || values.isEmpty()) {
        return Double.NaN;
      }
      double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      return sorted[
          Math.min(sorted.length - 1, (int) Math.floor(sorted.length * percentile / 100.0))];
    }

    /** Mean statements of one run of the step (department input runs three times a lifecycle). */
    double statements(String step) {
      List<Double> values = millis.get(step);
      return values == null ? Double.NaN : (double) sql.get(step) / values.size();
    }

    double roundTripsPerLifecycle() {
      return roundTrips / (double) lifecycles;
    }

    /** The median lifecycle's milliseconds, leaving out the document step (or nothing). */
    double medianLifecycle(String without) {
      double[] sorted =
          totals.stream()
              .mapToDouble(t -> GENERATE.equals(without) ? t[0] - t[1] : t[0])
              .sorted()
              .toArray();
      return sorted.length % 2 == 1
          ? sorted[sorted.length / 2]
          : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    double statementsPerLifecycle() {
      return sql.values().stream().mapToLong(Long::longValue).sum() / (double) lifecycles;
    }

    /** Mean milliseconds of one lifecycle, leaving out one step (or none). */
    double perLifecycle(String without) {
      return millis.entrySet().stream()
              .filter(e -> !e.getKey().equals(without))
              .flatMap(e -> e.getValue().stream())
              .mapToDouble(Double::doubleValue)
              .sum()
          / lifecycles;
    }
  }
}
