package org.plandesk.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleActions;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Seeds a PostgreSQL database with a register of many plans and their whole history (a command, not
 * a test): drives a few real lifecycles through the engine ({@link TemplatePlans}), clones them in
 * bulk SQL ({@link HistoryCloner}), then opens real new versions of some of the copies so that the
 * register also holds versions in drafting and approval with live tasks.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.benchmark.ScaleSeed -Dexec.args="10000 100 plandesk_scale_read"}
 * (plans, versions to open for real, database; the database is dropped and created anew).
 */
public final class ScaleSeed {

  public static void main(String[] args) throws Exception {
    int planCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int openCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    String database = args.length > 2 ? args[2] : ScaleDatabase.DEFAULT_NAME;
    long started = System.nanoTime();
    ScaleDatabase.recreate(database);
    ConfigurableApplicationContext app = ScaleDatabase.start(database, false, 0);
    try {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      PlanService plans = app.getBean(PlanService.class);
      System.out.printf("load users created: %d%n", LoadUsers.create(engine.getIdentityService()));

      long t = System.nanoTime();
      LocalDate today = LocalDate.now();
      List<String> templates =
          new TemplatePlans(engine, plans, app.getBean(LifecycleActions.class), today.minusDays(60))
              .driveAll();
      ClockUtil.reset();
      System.out.printf(
          "template plans driven through the engine: %s in %.1f s%n", templates, seconds(t));

      t = System.nanoTime();
      // At least the plans asked for: each template and its copies.
      int copies = Math.max(0, (planCount - 1) / templates.size());
      Map<String, Long> inserted;
      try (var db = ScaleDatabase.connect(database)) {
        inserted = new HistoryCloner(db, copies).cloneAll(templates);
      }
      System.out.printf("cloned %d copies of each template in %.1f s:%n", copies, seconds(t));
      inserted.forEach((table, rows) -> System.out.printf("  %-20s %,10d rows%n", table, rows));

      t = System.nanoTime();
      openRealVersions(
          new LifecycleDriver(engine, plans), plans, templates, copies, openCount, today);
      System.out.printf("opened %d real versions of copies in %.1f s%n", openCount, seconds(t));
      System.out.printf(
          "plans: %d; versions by status: %s%n", plans.register().size(), statusCounts(database));
      System.out.printf("database %s seeded in %.1f s%n", database, seconds(started));
    } finally {
      ClockUtil.reset();
      app.close();
    }
  }

  /** Half wait for departments' input, half for the director, on copies with a version in force. */
  private static void openRealVersions(
      LifecycleDriver driver,
      PlanService plans,
      List<String> templates,
      int copies,
      int count,
      LocalDate today) {
    List<String> inForce = templates.stream().filter(c -> !c.equals("SCALE-G")).toList();
    for (int i = 0; i < count && copies > 0; i++) {
      String code = inForce.get(i % inForce.size()) + "-" + (1 + (i / inForce.size()) * 7 % copies);
      ProcessInstance pi =
          driver.startNewVersion(LoadUsers.id("coordinator", 1 + i % LoadUsers.PER_GROUP), code);
      var content = plans.version(driver.versionId(pi)).content();
      driver.writeContent(pi, content.withChangeSummary("Yearly revision " + today.getYear()));
      List<String> departments =
          List.of(LoadUsers.DEPARTMENTS.get(i % 5), LoadUsers.DEPARTMENTS.get((i + 2) % 5));
      driver.draft(pi, departments, today.plusDays(14));
      if (i % 2 == 1) {
        departments.forEach(d -> driver.giveInput(LoadUsers.id(d, 2), pi, d, "Agreed", List.of()));
        driver.consolidate(pi);
      }
    }
  }

  private static Map<String, Long> statusCounts(String database) throws Exception {
    var counts = new java.util.TreeMap<String, Long>();
    try (var db = ScaleDatabase.connect(database);
        var s = db.createStatement();
        var rs = s.executeQuery("SELECT status, COUNT(*) FROM plan_version GROUP BY status")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
