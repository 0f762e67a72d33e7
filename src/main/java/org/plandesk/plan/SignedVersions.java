package org.plandesk.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plandesk.signing.CanonicalJson;
import org.plandesk.signing.SignedContents;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Component;

/**
 * What the director signs when deciding on a plan version: the version as the approval form and its
 * preview showed it. Canonically ({@link CanonicalJson}): {@code {"content": <the version's
 * content: starting point, goals, target groups, action items, instruments, indicators, change
 * summary>, "fileName", "kind": "PLAN_VERSION", "planCode", "sequence", "versionId"}}. The version
 * number, dates and status are not in it: they are what the decision itself sets.
 */
@Component
class SignedVersions implements SignedContents {

  private final PlanService plans;

  SignedVersions(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public Signs signs() {
    return new Signs(SignedSubject.PLAN_VERSION, "plan-version", "versionId");
  }

  @Override
  public String canonical(long versionId) {
    PlanVersion version = plans.version(versionId);
    Map<String, Object> signed = new LinkedHashMap<>();
    signed.put("kind", SignedSubject.PLAN_VERSION);
    signed.put("versionId", version.id());
    signed.put("planCode", plans.planOf(version).code());
    signed.put("sequence", version.sequence());
    signed.put("fileName", version.fileName());
    signed.put("content", version.content());
    return CanonicalJson.of(signed);
  }
}
