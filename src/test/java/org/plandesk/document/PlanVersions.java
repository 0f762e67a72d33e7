package org.plandesk.document;

import java.time.LocalDate;
import org.plandesk.identity.Person;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;

/** Approved versions made directly through the domain, for document tests. */
final class PlanVersions {

  static final Person MARKU = new Person("coordinator", "Márku Mónika");
  static final Person MIKOLASEK = new Person("director", "Mikolasek Zsófia");

  private final PlanService plans;

  PlanVersions(PlanService plans) {
    this.plans = plans;
  }

  PlanVersion approved(
      String code,
      String title,
      PlanLanguage language,
      String fileName,
      PlanContent content,
      LocalDate approval,
      LocalDate effective) {
    boolean exists = plans.plans().stream().anyMatch(p -> p.code().equals(code));
    PlanVersion draft =
        plans.openVersion(
            exists
                ? new VersionRequest(VersionRequest.Kind.NEW_VERSION, code, null, null, null)
                : new VersionRequest(
                    VersionRequest.Kind.NEW_PLAN,
                    code,
                    title,
                    PlanType.COMMUNICATION_PLAN,
                    language),
            MARKU);
    plans.saveDraft(draft.id(), null, fileName, content);
    plans.submitForApproval(draft.id());
    plans.approve(draft.id(), MIKOLASEK, approval, effective, null);
    plans.putInForce(draft.id());
    return plans.version(draft.id());
  }
}
