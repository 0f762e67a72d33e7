package org.plandesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.plandesk.identity.Person;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo plans of the embedded default set-up, from the seeds: seed 000's external communication plan
 * as version 1.0 in force (Hungarian, its real people and dates) and seed 004's one-year
 * development programme of the Lutsk library system (Ukrainian), each with its approved document.
 * Created once, in the background, so start-up does not wait for LibreOffice.
 */
@Component
@ConditionalOnProperty(name = "plandesk.demo-plans", havingValue = "true")
class DemoPlans {

  private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

  private final PlanService plans;
  private final PlanDocuments documents;
  private final ObjectMapper json;

  DemoPlans(PlanService plans, PlanDocuments documents, ObjectMapper json) {
    this.plans = plans;
    this.documents = documents;
    this.json = json;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createInBackground() {
    Thread thread = new Thread(this::create, "demo-plans");
    thread.setDaemon(true);
    thread.start();
  }

  void create() {
    createOne(
        () ->
            inForce(
                "KÜLSŐ KOMM",
                "A József Attila Megyei és Városi Könyvtár külső kommunikációs terve",
                PlanType.COMMUNICATION_PLAN,
                PlanLanguage.hu,
                "Külső kommunikáció_2022",
                "/demo/kulso-kommunikacio.json",
                new Person("coordinator", "Márku Mónika"),
                new Person("director", "Mikolasek Zsófia"),
                LocalDate.of(2022, 10, 12),
                LocalDate.of(2022, 11, 1)));
    createOne(
        () ->
            inForce(
                "ЛМЦБС-ПР",
                "Програма розвитку КЗ «Луцька міська централізована бібліотечна система» на 1 рік",
                PlanType.DEVELOPMENT_PROGRAMME,
                PlanLanguage.uk,
                "Програма розвитку ЛМЦБС",
                "/demo/lutsk-programme.json",
                new Person("coordinator", "Márku Mónika"),
                new Person("director", "Mikolasek Zsófia"),
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 1)));
  }

  private interface DemoStep {
    void run() throws IOException;
  }

  /** One demo plan: a failure is logged and leaves the others alone. */
  private static void createOne(DemoStep step) {
    try {
      step.run();
    } catch (RuntimeException | IOException e) {
      log.error(
          "A demo plan could not be created completely; it is completed at the next start", e);
    }
  }

  private void inForce(
      String code,
      String title,
      PlanType type,
      PlanLanguage language,
      String fileName,
      String contentResource,
      Person preparedBy,
      Person approvedBy,
      LocalDate approved,
      LocalDate effective)
      throws IOException {
    if (plans.plans().stream().anyMatch(p -> p.code().equals(code))) {
      // Created before; its document may have failed then (e.g. LibreOffice still starting).
      plans.overview(code).inForce().ifPresent(v -> documents.generateApproved(v.id(), "demo"));
      return;
    }
    PlanContent content;
    try (InputStream in = getClass().getResourceAsStream(contentResource)) {
      content = json.readValue(in, PlanContent.class);
    }
    PlanVersion draft =
        plans.openVersion(
            new VersionRequest(VersionRequest.Kind.NEW_PLAN, code, title, type, language),
            preparedBy);
    plans.saveDraft(draft.id(), null, fileName, content);
    plans.submitForApproval(draft.id());
    plans.approve(draft.id(), approvedBy, approved, effective, null);
    plans.putInForce(draft.id());
    documents.generateApproved(draft.id(), "demo");
    log.info("Demo plan {} is in force as version 1.0", code);
  }
}
