package org.plandesk.acknowledge.web;

import java.util.List;
import java.util.Map;
import org.plandesk.acknowledge.AcknowledgementStatus;
import org.plandesk.acknowledge.Acknowledgements;
import org.plandesk.acknowledge.Confirmation;
import org.plandesk.identity.Groups;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanVersion;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Read-and-acknowledge as a plan's page shows it (read by its template as {@code
 * ${@planAcknowledgements.of(overview)}}): for the version in force (else the latest version that
 * asked anyone), how many of those asked confirmed, and for those who answer for the record who is
 * missing and the export; for a reader asked who has not confirmed, the link to confirm.
 */
@Component("planAcknowledgements")
class AcknowledgementsOnPlanPage {

  private static final List<String> ANSWER_FOR_THE_RECORD =
      List.of(Groups.AUDITOR, Groups.DIRECTOR, Groups.COORDINATOR, Groups.ADMIN);

  private final Acknowledgements acknowledgements;

  AcknowledgementsOnPlanPage(Acknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  /**
   * What the section shows; null when no version of the plan asked anyone.
   *
   * @param mayReadWho whether the reader sees who is missing and the export
   * @param readerOpen whether the reader is asked and has not confirmed yet
   */
  record View(
      PlanVersion version,
      AcknowledgementStatus status,
      List<Confirmation> missing,
      boolean mayReadWho,
      boolean readerOpen) {}

  public View of(PlanOverview overview) {
    Map<Long, AcknowledgementStatus> statuses =
        acknowledgements.statuses(overview.versions().stream().map(PlanVersion::id).toList());
    PlanVersion version =
        overview
            .inForce()
            .filter(v -> statuses.containsKey(v.id()))
            .orElseGet(
                () ->
                    overview.versions().stream()
                        .filter(v -> statuses.containsKey(v.id()))
                        .reduce((a, b) -> b)
                        .orElse(null));
    if (version == null) {
      return null;
    }
    AcknowledgementStatus status = statuses.get(version.id());
    Authentication reader = SecurityContextHolder.getContext().getAuthentication();
    boolean mayReadWho =
        reader != null
            && reader.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(a -> ANSWER_FOR_THE_RECORD.stream().anyMatch(g -> a.equals("ROLE_" + g)));
    boolean readerOpen =
        reader != null
            && !status.closed()
            && status.people().stream()
                .anyMatch(p -> p.userId().equals(reader.getName()) && !p.confirmed());
    return new View(version, status, status.missing(), mayReadWho, readerOpen);
  }
}
