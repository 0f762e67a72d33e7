package org.plandesk.grant;

import static org.plandesk.grant.process.GrantRequestVariables.ACTION_ITEM;
import static org.plandesk.grant.process.GrantRequestVariables.AMOUNT_AWARDED;
import static org.plandesk.grant.process.GrantRequestVariables.AMOUNT_REQUESTED;
import static org.plandesk.grant.process.GrantRequestVariables.AWARD_CONDITIONS;
import static org.plandesk.grant.process.GrantRequestVariables.CURRENCY;
import static org.plandesk.grant.process.GrantRequestVariables.DECISION;
import static org.plandesk.grant.process.GrantRequestVariables.DECISION_COMMENT;
import static org.plandesk.grant.process.GrantRequestVariables.DIRECTOR_COMMENT;
import static org.plandesk.grant.process.GrantRequestVariables.EXPECTED_RESULTS;
import static org.plandesk.grant.process.GrantRequestVariables.FUNDER;
import static org.plandesk.grant.process.GrantRequestVariables.FUNDER_DEADLINE;
import static org.plandesk.grant.process.GrantRequestVariables.FUNDER_DECISION;
import static org.plandesk.grant.process.GrantRequestVariables.OBLIGATION_LINES;
import static org.plandesk.grant.process.GrantRequestVariables.OWN_CONTRIBUTION;
import static org.plandesk.grant.process.GrantRequestVariables.PLAN_CODE;
import static org.plandesk.grant.process.GrantRequestVariables.PROGRAMME;
import static org.plandesk.grant.process.GrantRequestVariables.PURPOSE;
import static org.plandesk.grant.process.GrantRequestVariables.RESPONSIBLE;
import static org.plandesk.grant.process.GrantRequestVariables.SUBMISSION_NOTE;
import static org.plandesk.grant.process.GrantRequestVariables.SUBMITTED_ON;
import static org.plandesk.grant.process.GrantRequestVariables.TITLE;

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
    form.put(TITLE.name(), title);
    form.put(FUNDER.name(), "House of Europe");
    form.put(PROGRAMME.name(), "Libraries as community hubs 2027");
    form.put(AMOUNT_REQUESTED.name(), 12500.5);
    form.put(CURRENCY.name(), "EUR");
    form.put(OWN_CONTRIBUTION.name(), 0L);
    form.put(PURPOSE.name(), "Обладнати простір для громадських ініціатив у бібліотеці");
    form.put(EXPECTED_RESULTS.name(), "20 заходів, 600 відвідувачів");
    form.put(PLAN_CODE.name(), null);
    form.put(ACTION_ITEM.name(), null);
    form.put(FUNDER_DEADLINE.name(), deadline.toString());
    form.put(RESPONSIBLE.name(), "peter");
    return form;
  }

  /** The funder's decision form of an award. */
  public static Map<String, Object> award(Object amount, String obligationLines) {
    Map<String, Object> form = new HashMap<>();
    form.put(FUNDER_DECISION.name(), "AWARDED");
    form.put(AMOUNT_AWARDED.name(), amount);
    form.put(AWARD_CONDITIONS.name(), "Publicity of the funder on every event");
    form.put(OBLIGATION_LINES.name(), obligationLines);
    form.put(DECISION_COMMENT.name(), null);
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
    form.put(DECISION.name(), decision);
    form.put(DIRECTOR_COMMENT.name(), comment);
    driver.complete("director", driver.task(pi, GrantRequestProcess.APPROVE_REQUEST), form);
  }

  public void submit(ProcessInstance pi, LocalDate on) {
    driver.complete(
        "peter",
        driver.task(pi, GrantRequestProcess.SUBMIT_TO_FUNDER),
        Map.of(SUBMITTED_ON.name(), on.toString(), SUBMISSION_NOTE.name(), "HoE-2027-0042"));
  }
}
