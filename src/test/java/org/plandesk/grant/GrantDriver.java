package org.plandesk.grant;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.process.LifecycleDriver;

/**
 * Drives grant requests the way people do, through the engine's form and task services as signed-in
 * users: anna of the lending department prepares (seed 004's grant activity), the director decides,
 * peter is responsible.
 */
public final class GrantDriver {

  private final ProcessEngine engine;
  private final LifecycleDriver driver;

  public GrantDriver(ProcessEngine engine, LifecycleDriver driver) {
    this.engine = engine;
    this.driver = driver;
  }

  /** The start form of a request to House of Europe, serving no plan, peter responsible. */
  public static Map<String, Object> requestForm(String title, LocalDate deadline) {
    Map<String, Object> form = new HashMap<>();
    form.put("grantTitle", title);
    form.put("funder", "House of Europe");
    form.put("programme", "Libraries as community hubs 2027");
    form.put("amountRequested", 12500.5);
    form.put("currency", "EUR");
    form.put("ownContribution", 0L);
    form.put("purpose", "Обладнати простір для громадських ініціатив у бібліотеці");
    form.put("expectedResults", "20 заходів, 600 відвідувачів");
    form.put("planCode", null);
    form.put("actionItem", null);
    form.put("funderDeadline", deadline.toString());
    form.put("responsible", "peter");
    return form;
  }

  /** The funder's decision form of an award. */
  public static Map<String, Object> award(Object amount, String obligationLines) {
    Map<String, Object> form = new HashMap<>();
    form.put("funderDecision", "AWARDED");
    form.put("amountAwarded", amount);
    form.put("awardConditions", "Publicity of the funder on every event");
    form.put("obligationLines", obligationLines);
    form.put("decisionComment", null);
    return form;
  }

  public ProcessInstance prepare(String user, Map<String, Object> form) {
    String definitionId =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(GrantRequestProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  public void decide(ProcessInstance pi, String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    form.put("directorComment", comment);
    driver.complete("director", driver.task(pi, GrantRequestProcess.APPROVE_REQUEST), form);
  }

  public void submit(ProcessInstance pi, LocalDate on) {
    driver.complete(
        "peter",
        driver.task(pi, GrantRequestProcess.SUBMIT_TO_FUNDER),
        Map.of("submittedOn", on.toString(), "submissionNote", "HoE-2027-0042"));
  }
}
