package org.plandesk.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.spin.plugin.variable.SpinValues;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.tasklist.FormLanguage;

/**
 * Every task form PlanDesk deploys, each as the task of one instance of a small test process whose
 * single user task shows the form named by its variable {@code form} ({@code draft-version-hu}):
 * the same deployed Camunda Form, rendered by the same Tasklist as for PlanDesk's own tasks, with
 * the variables its texts and option lists read. Reaching each form through its own process would
 * take a plan in force, review and monitoring timers and a funder's award for each language; the
 * Tasklist renders a form from its definition and the task's variables alone, so this shows the
 * same thing. The tasks are assigned to one user (claimed: the form is editable, as when a person
 * fills it).
 */
final class FormGallery implements AutoCloseable {

  static final String KEY = "a11y-form-gallery";

  /** The task forms of the three processes (start forms are opened from "Start process"). */
  static final List<String> TASK_FORMS =
      List.of(
          "draft-version",
          "department-input",
          "consolidate-draft",
          "approve-version",
          "review-plan",
          "record-monitoring-result",
          "confirm-still-valid",
          "confirm-retirement",
          "submit-grant-request",
          "approve-grant-request",
          "revise-grant-request",
          "record-funder-decision",
          "submit-grant-report");

  private static final String BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Gallery"
          targetNamespace="http://plandesk.org/test">
        <bpmn:process id="a11y-form-gallery" name="Form gallery (test)" isExecutable="true"
            camunda:historyTimeToLive="1">
          <bpmn:startEvent id="Start" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Form" />
          <bpmn:userTask id="Task_Form" name="${form}" camunda:formRef="${form}"
              camunda:formRefBinding="latest" camunda:assignee="${assignee}" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Form" targetRef="End" />
          <bpmn:endEvent id="End" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private final ProcessEngine engine;
  private final Deployment deployment;
  private final Authorization readDefinition;

  /** Deploys the gallery process and lets the user's group read it, as PlanDesk's own. */
  FormGallery(ProcessEngine engine, String group) {
    this.engine = engine;
    this.deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name(KEY)
            .addString(KEY + ".bpmn", BPMN)
            .deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(KEY);
    grant.addPermission(Permissions.READ);
    this.readDefinition = authorizations.saveAuthorization(grant);
  }

  /** A task showing the form in the language, assigned to the user; its id. */
  String task(String form, PlanLanguage language, String assignee) {
    Map<String, Object> variables = new LinkedHashMap<>(sampleVariables());
    variables.put("form", FormLanguage.variant(form, language));
    variables.put("assignee", assignee);
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, variables).getId();
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .singleResult()
        .getId();
  }

  /**
   * What PlanDesk's processes give their forms to show: headings, summaries, option lists; and the
   * choices that show a form's conditional fields ("Approve" shows the effective date, "Awarded"
   * the amount, conditions and obligations), so that those are checked too.
   */
  private static Map<String, Object> sampleVariables() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("planCode", "A11Y-1");
    v.put("planTitle", "Külső kommunikációs terv");
    v.put("versionNumber", "1.1");
    v.put("editorUrl", "/plans/versions/1");
    v.put("previewUrl", "/plans/versions/1");
    v.put("contentSummary", "So far: 4 strategic goals, 3 communication goals");
    v.put("departmentName", "Lending and reader services");
    v.put("directorComment", "Please put social media first.");
    v.put("effectiveDate", "2026-10-01");
    v.put("reviewDueDate", "2027-10-01");
    v.put("reviewRemark", "Still valid.");
    v.put("indicatorList", "1. Visitors: target 600");
    v.put(
        "monitoringSummary",
        "| Indicator | Target | Actual |\n|---|---|---|\n| Visitors | 600 | 540 |");
    v.put("instrument", "Reader survey");
    v.put("monitoringDueAt", "2026-12-01");
    v.put("grantTitle", "Community hub");
    v.put("grantSummary", "House of Europe, 12 500 EUR");
    v.put("funderDeadline", "2027-01-15");
    v.put("reportDescription", "Interim report");
    v.put("reportDueAt", "2027-06-30");
    v.put("decision", "APPROVE");
    v.put("funderDecision", "AWARDED");
    v.put(
        "departmentOptions",
        options(Map.of("lending", "Lending and reader services", "events", "Events")));
    v.put(
        "acknowledgeGroupOptions",
        options(Map.of("coordinator", "Communication coordinator", "lending", "Lending")));
    v.put(
        "targetGroupOptions",
        options(Map.of("Young adults", "Young adults", "Seniors", "Seniors")));
    return v;
  }

  private static Object options(Map<String, String> labels) {
    StringBuilder json = new StringBuilder("[");
    labels.forEach(
        (value, label) ->
            json.append(json.length() > 1 ? "," : "")
                .append("{\"value\":\"")
                .append(value)
                .append("\",\"label\":\"")
                .append(label)
                .append("\"}"));
    return SpinValues.jsonValue(json.append("]").toString()).create();
  }

  /** Removes the gallery's instances, tasks and history, and the right to read it. */
  @Override
  public void close() {
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
    engine.getAuthorizationService().deleteAuthorization(readDefinition.getId());
  }
}
