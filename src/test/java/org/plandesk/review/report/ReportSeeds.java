package org.plandesk.review.report;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.plandesk.SeedPlans;
import org.plandesk.living.LivingSeeds;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.ReviewService;
import org.plandesk.review.progress.ActionLogSeeds;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 004's Lutsk programme (Ukrainian) in force since January of last year with a year to report:
 * two action items done, one in progress, the rest planned; activities held under the first with 36
 * and 24 participants (seed 003's methodological lesson had 36); and monitoring results of both
 * indicators (the second reaches its target of 5 %).
 */
public final class ReportSeeds {

  public static final String DONE_ITEM = "Фандрайзингова діяльність";
  public static final String SECOND_DONE = "Грантова діяльність бібліотек";
  public static final String ACTIVITY_GOAL = "Методичне заняття для бібліотекарів";

  private final PlanService plans;
  private final ReviewService reviews;
  private final ActionLogSeeds log;

  public ReportSeeds(PlanService plans, ReviewService reviews, JdbcClient jdbc) {
    this.plans = plans;
    this.reviews = reviews;
    this.log = new ActionLogSeeds(jdbc);
  }

  /** The year reported: the last one, so that everything in it has happened. */
  public static int year() {
    return LocalDate.now().getYear() - 1;
  }

  /** Runs the report's jobs (its drafts, its signed-off edition), as the job executor would. */
  public static void runJobs(ProcessEngine engine, ImplementationReport report) {
    List<Job> jobs;
    while (!(jobs =
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(report.processInstanceId())
                .list())
        .isEmpty()) {
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  /** The plan's code. */
  public String lutskWithAYear() {
    String code = LivingSeeds.code("ЛМЦБС-ЗВІТ");
    LocalDate effective = LocalDate.of(year(), 1, 2);
    PlanVersion version =
        new LivingSeeds(plans)
            .inForce(
                code,
                "Програма розвитку ЛМЦБС на 1 рік",
                PlanType.DEVELOPMENT_PROGRAMME,
                PlanLanguage.uk,
                SeedPlans.lutskProgramme(),
                effective);
    long planId = version.planId();
    log.status(planId, DONE_ITEM, "DONE");
    log.status(planId, SECOND_DONE, "DONE");
    String first = version.content().actionItems().get(0).content();
    log.status(planId, first, "IN_PROGRESS");
    log.activity(
        planId, DONE_ITEM, LocalDate.of(year(), 3, 14), "Центральна бібліотека", 36, ACTIVITY_GOAL);
    log.activity(
        planId,
        DONE_ITEM,
        LocalDate.of(year(), 5, 20),
        "Бібліотека-філія № 3",
        24,
        "Тренінг з фандрайзингу");
    log.activity(planId, DONE_ITEM, LocalDate.of(year() - 1, 11, 2), "Архів", 99, "Минулий рік");
    reviews.recordMonitoringResult(
        version.id(),
        "Тематичне експрес – опитування",
        LocalDate.of(year(), 4, 1),
        "Опитано 120 читачів",
        null,
        "1 = 3\n2 = 2,5",
        "coordinator");
    reviews.recordMonitoringResult(
        version.id(),
        "SWOT аналіз",
        LocalDate.of(year(), 10, 1),
        "SWOT аналіз за рік",
        null,
        "1 = 7\n2 = 5.5",
        "coordinator");
    return code;
  }
}
