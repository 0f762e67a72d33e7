package org.plandesk.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleActions;
import org.plandesk.plan.process.LifecycleDriver;

/**
 * The real lifecycles the scale data set is cloned from: one plan per shape a library's register
 * holds (in force; superseded by a second version after changes were requested; a department silent
 * at its deadline and a delegated consolidation; rejected then redone; a withdrawn second version;
 * three versions; rejected only), each driven as users through the engine, with its documents
 * generated and timers run. The engine clock moves forward only.
 */
final class TemplatePlans {

  private static final List<String> THREE = List.of("lending", "events", "children");

  private final LifecycleDriver driver;
  private final LifecycleActions actions;
  private final PlanService plans;
  private LocalDate day;

  TemplatePlans(
      ProcessEngine engine, PlanService plans, LifecycleActions actions, LocalDate start) {
    this.driver = new LifecycleDriver(engine, plans);
    this.actions = actions;
    this.plans = plans;
    this.day = start;
    driver.reachDay(day);
  }

  /** Drives every template; returns their plan codes. */
  List<String> driveAll() {
    List<String> codes = new ArrayList<>();
    codes.add(inForce("SCALE-A", "Külső kommunikációs terv", "COMMUNICATION_PLAN", "hu"));
    codes.add(
        supersededAfterChanges(
            "SCALE-B", "Annual action plan of the branch libraries", "ANNUAL_ACTION_PLAN", "en"));
    codes.add(
        silentDepartmentAndDelegation(
            "SCALE-C", "Програма розвитку бібліотеки", "DEVELOPMENT_PROGRAMME", "uk"));
    codes.add(
        rejectedThenRedone(
            "SCALE-D", "Bibliotekos komunikacijos planas", "COMMUNICATION_PLAN", "lt"));
    codes.add(
        withdrawnSecondVersion(
            "SCALE-E", "Årlig handlingsplan för biblioteket", "ANNUAL_ACTION_PLAN", "sv"));
    codes.add(
        threeVersions("SCALE-F", "Программа развития библиотеки", "DEVELOPMENT_PROGRAMME", "ru"));
    codes.add(
        rejectedOnly("SCALE-G", "Gyermekkönyvtári cselekvési terv", "ANNUAL_ACTION_PLAN", "hu"));
    return codes;
  }

  private String inForce(String code, String title, String type, String language) {
    ProcessInstance pi = driver.startNewPlan("coordinator", code, title, type, language);
    throughApproval(pi, content(language), THREE);
    return code;
  }

  private String supersededAfterChanges(String code, String title, String type, String language) {
    inForce(code, title, type, language);
    ProcessInstance second = driver.startNewVersion("coordinator", code);
    driver.writeContent(
        second, content(language).withChangeSummary("New action items for the second half-year"));
    driver.draft(second, THREE, next(5));
    giveAllInput(second, THREE);
    driver.consolidate(second);
    driver.decide(second, "REQUEST_CHANGES", "Please add the social media channels.", null);
    driver.consolidate(second);
    approveAndEnterForce(second);
    return code;
  }

  private String silentDepartmentAndDelegation(
      String code, String title, String type, String language) {
    ProcessInstance pi = driver.startNewPlan("coordinator", code, title, type, language);
    driver.writeContent(pi, content(language));
    LocalDate deadline = next(4);
    driver.draft(pi, List.of("lending", "children"), deadline);
    driver.giveInput("anna", pi, "lending", "Monthly newsletter for registered readers", List.of());
    day = deadline.plusDays(1);
    driver.reachDay(day);
    driver.delegateConsolidation(pi, "anna");
    driver.consolidate(pi);
    approveAndEnterForce(pi);
    return code;
  }

  private String rejectedThenRedone(String code, String title, String type, String language) {
    rejectedOnly(code, title, type, language);
    ProcessInstance second = driver.startNewVersion("coordinator", code);
    throughApproval(second, content(language), List.of("digital"));
    return code;
  }

  private String withdrawnSecondVersion(String code, String title, String type, String language) {
    inForce(code, title, type, language);
    ProcessInstance second = driver.startNewVersion("coordinator", code);
    driver.draft(second, List.of("network"), next(6));
    actions.withdraw(
        driver.versionId(second), "The annual budget was cut; the plan stays as it is.");
    return code;
  }

  private String threeVersions(String code, String title, String type, String language) {
    inForce(code, title, type, language);
    for (int i = 2; i <= 3; i++) {
      ProcessInstance next = driver.startNewVersion("coordinator", code);
      throughApproval(
          next, content(language).withChangeSummary("Revision " + i), List.of("events", "digital"));
    }
    return code;
  }

  private String rejectedOnly(String code, String title, String type, String language) {
    ProcessInstance pi = driver.startNewPlan("coordinator", code, title, type, language);
    driver.writeContent(pi, content(language));
    driver.draft(pi, List.of("children"), next(3));
    giveAllInput(pi, List.of("children"));
    driver.consolidate(pi);
    driver.decide(pi, "REJECT", "The plan duplicates the county programme.", null);
    return code;
  }

  private void throughApproval(ProcessInstance pi, PlanContent content, List<String> departments) {
    driver.writeContent(pi, content);
    driver.draft(pi, departments, next(5));
    giveAllInput(pi, departments);
    driver.consolidate(pi);
    approveAndEnterForce(pi);
  }

  private void approveAndEnterForce(ProcessInstance pi) {
    driver.decide(pi, "APPROVE", null, day.plusDays(1));
    day = day.plusDays(1);
    driver.reachDay(day);
    if (!plans.version(driver.versionId(pi)).status().name().equals("IN_FORCE")) {
      throw new IllegalStateException("Template version did not enter into force: " + pi.getId());
    }
  }

  private void giveAllInput(ProcessInstance pi, List<String> departments) {
    for (String department : departments) {
      driver.giveInput(
          LoadUsers.id(department, 1), pi, department, "Agreed; two events proposed", List.of());
    }
  }

  private LocalDate next(int days) {
    return day.plusDays(days);
  }

  private static PlanContent content(String language) {
    return "uk".equals(language) || "ru".equals(language)
        ? SeedPlans.lutskProgramme()
        : SeedPlans.kulsoKommunikacio();
  }
}
