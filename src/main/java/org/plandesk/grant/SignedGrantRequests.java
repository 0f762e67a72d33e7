package org.plandesk.grant;

import java.util.LinkedHashMap;
import java.util.Map;
import org.plandesk.signing.CanonicalJson;
import org.plandesk.signing.SignedContents;
import org.plandesk.signing.SignedSubject;
import org.springframework.stereotype.Component;

/**
 * What the director signs when deciding on a grant request: the request as prepared (the fields of
 * its approval form's summary). Canonically ({@link CanonicalJson}): {@code {"actionItem",
 * "amountRequested", "currency", "expectedResults", "funder", "funderDeadline", "grantId", "kind":
 * "GRANT_REQUEST", "ownContribution", "planCode", "preparedBy", "programme", "purpose",
 * "responsible", "title"}}; what later steps record (status, the director's and the funder's
 * decisions, the award) is not in it.
 */
@Component
class SignedGrantRequests implements SignedContents {

  private final GrantService grants;

  SignedGrantRequests(GrantService grants) {
    this.grants = grants;
  }

  @Override
  public Signs signs() {
    return new Signs(SignedSubject.GRANT_REQUEST, "grant-request", "grantId");
  }

  @Override
  public String canonical(long grantId) {
    GrantRequest r = grants.request(grantId);
    Map<String, Object> signed = new LinkedHashMap<>();
    signed.put("kind", SignedSubject.GRANT_REQUEST);
    signed.put("grantId", r.id());
    signed.put("title", r.title());
    signed.put("funder", r.funder());
    signed.put("programme", r.programme());
    signed.put("amountRequested", r.amountRequested());
    signed.put("currency", r.currency());
    signed.put("ownContribution", r.ownContribution());
    signed.put("purpose", r.purpose());
    signed.put("expectedResults", r.expectedResults());
    signed.put("planCode", r.planCode());
    signed.put("actionItem", r.actionItem());
    signed.put("funderDeadline", r.funderDeadline());
    signed.put("responsible", r.responsible());
    signed.put("preparedBy", r.preparedBy());
    return CanonicalJson.of(signed);
  }
}
