package org.plandesk.living;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.plandesk.SeedPlans;
import org.plandesk.plan.Person;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;

/**
 * Plans of the seeds in force for the tests of a plan's living record, each under a code of its own
 * (the tests of one server share its database), through the plan domain as the demo plans are made.
 */
public final class LivingSeeds {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Person COORDINATOR = new Person("coordinator", "Márku Mónika");
  private static final Person DIRECTOR = new Person("director", "Mikolasek Zsófia");

  private final PlanService plans;

  public LivingSeeds(PlanService plans) {
    this.plans = plans;
  }

  /** A code no other test uses: the seed's code with a number. */
  public static String code(String seedCode) {
    return seedCode + " " + (System.nanoTime() % 100_000) + "-" + NEXT.incrementAndGet();
  }

  /** Seed 004's Lutsk development programme (Ukrainian) in force from a month ago; its code. */
  public String lutskProgrammeInForce() {
    String code = code("ЛМЦБС-ПР");
    inForce(
        code,
        "Програма розвитку КЗ «Луцька міська централізована бібліотечна система» на 1 рік",
        PlanType.DEVELOPMENT_PROGRAMME,
        PlanLanguage.uk,
        SeedPlans.lutskProgramme(),
        LocalDate.now().minusMonths(1));
    return code;
  }

  /** A plan with this content in force from the given day (approved the same day); its version. */
  public PlanVersion inForce(
      String code,
      String title,
      PlanType type,
      PlanLanguage language,
      PlanContent content,
      LocalDate effective) {
    PlanVersion draft = draft(code, title, type, language, content);
    return putInForce(draft, effective);
  }

  /** A draft of a new plan with this content. */
  public PlanVersion draft(
      String code, String title, PlanType type, PlanLanguage language, PlanContent content) {
    PlanVersion draft =
        plans.openVersion(
            new VersionRequest(VersionRequest.Kind.NEW_PLAN, code, title, type, language),
            COORDINATOR);
    plans.saveDraft(draft.id(), null, title, content);
    return plans.version(draft.id());
  }

  /** Approves a draft and puts it in force. */
  public PlanVersion putInForce(PlanVersion draft, LocalDate effective) {
    plans.submitForApproval(draft.id());
    plans.approve(draft.id(), DIRECTOR, effective, effective, null);
    plans.putInForce(draft.id());
    return plans.version(draft.id());
  }
}
