package org.plandesk.review.report.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanConflict;
import org.plandesk.plan.PlanService;
import org.plandesk.review.report.ImplementationReport;
import org.plandesk.review.report.ImplementationReports;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The implementation-report process seen from PlanDesk's pages: the coordinator's request for a
 * plan's yearly report starts it. The process carries the version in force as {@code versionId}, as
 * the plan's other processes do, so its tasks are named and mailed in the plan's language and
 * listed with the plan. Nobody outside {@code review.report.process} knows its variable names or
 * element IDs.
 */
@NamedInterface("report-port")
@Component
public class ImplementationReportPort {

  private final RuntimeService runtime;
  private final ImplementationReports reports;
  private final PlanService plans;

  ImplementationReportPort(
      RuntimeService runtime, ImplementationReports reports, PlanService plans) {
    this.runtime = runtime;
    this.reports = reports;
    this.plans = plans;
  }

  /**
   * Records the coordinator's request and starts the report's way to the director, in one
   * transaction: a refused request starts nothing.
   *
   * @throws PlanConflict when the year's report of the plan is on its way already
   */
  @Transactional
  public ImplementationReport start(String code, int year, String userId) {
    String businessKey = code + " / " + year;
    if (runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(ImplementationReportProcess.KEY)
            .processInstanceBusinessKey(businessKey)
            .count()
        > 0) {
      throw new PlanConflict(null, "report.onItsWay", code, String.valueOf(year));
    }
    ImplementationReport report = reports.request(code, year, userId);
    Plan plan = plans.planOf(plans.version(report.versionId()));
    Map<String, Object> variables = new HashMap<>();
    put(variables, ImplementationReportVariables.REPORT_ID, report.id());
    put(variables, ImplementationReportVariables.VERSION_ID, report.versionId());
    put(variables, ImplementationReportVariables.COORDINATOR, userId);
    put(variables, ImplementationReportVariables.PLAN_TITLE, plan.title());
    put(variables, ImplementationReportVariables.REPORT_YEAR, String.valueOf(year));
    put(
        variables,
        ImplementationReportVariables.PROGRESS_URL,
        UriComponentsBuilder.fromPath("/plans/{code}/progress")
            .buildAndExpand(code)
            .encode()
            .toUriString());
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(ImplementationReportProcess.KEY, businessKey, variables);
    reports.setProcessInstance(report.id(), instance.getId());
    return reports.report(report.id());
  }

  private static <T> void put(
      Map<String, Object> variables, org.plandesk.process.ProcessVariable<T> variable, T value) {
    variables.put(variable.name(), variable.stored(value));
  }
}
