package org.plandesk.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.plandesk.plan.ApprovedDocument;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.ModificationListRow;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanConflict;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleActions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PlanDesk's JSON API: plans, their versions and modification lists (authenticated; who may change
 * what: see PlanAccess).
 */
@RestController
@RequestMapping("/api")
class PlanApiController {

  private final PlanService plans;
  private final LifecycleActions lifecycle;
  private final PlanDocuments documents;

  PlanApiController(PlanService plans, LifecycleActions lifecycle, PlanDocuments documents) {
    this.plans = plans;
    this.lifecycle = lifecycle;
    this.documents = documents;
  }

  /** A plan in the list: its identity and the version in force, if any. */
  record PlanSummary(
      String code,
      String title,
      String type,
      String language,
      String versionInForce,
      LocalDate effectiveDate,
      String openVersionStatus) {}

  /** A version without its content, as listed with its plan. */
  record VersionSummary(
      long id,
      int sequence,
      VersionStatus status,
      String versionNumber,
      String fileName,
      String preparedBy,
      String approvedBy,
      LocalDate approvalDate,
      LocalDate effectiveDate,
      Integer pageCount,
      String decisionComment,
      String withdrawalReason) {

    /** A version; the page count is that of its approved document (null without one). */
    static VersionSummary of(PlanVersion v, ApprovedDocument document) {
      return new VersionSummary(
          v.id(),
          v.sequence(),
          v.status(),
          v.versionNumber(),
          v.fileName(),
          v.preparedByName(),
          v.approvedByName(),
          v.approvalDate(),
          v.effectiveDate(),
          document == null ? null : document.pageCount(),
          v.decisionComment(),
          v.withdrawalReason());
    }
  }

  record PlanDetails(
      Plan plan, List<VersionSummary> versions, List<ModificationListRow> modificationList) {}

  record VersionDetails(
      String planCode,
      VersionSummary version,
      PlanContent content,
      List<DepartmentInput> inputs,
      ApprovedDocument document) {}

  record Withdrawal(String reason) {}

  @GetMapping("/plans")
  List<PlanSummary> plans() {
    return plans.register().stream()
        .map(
            r ->
                new PlanSummary(
                    r.code(),
                    r.title(),
                    r.type().name(),
                    r.language().name(),
                    r.versionInForce(),
                    r.effectiveDate(),
                    r.openStatus() == null ? null : r.openStatus().name()))
        .toList();
  }

  @GetMapping("/plans/{code}")
  PlanDetails plan(@PathVariable String code) {
    PlanOverview overview = plans.overview(code);
    Map<Long, ApprovedDocument> documentsOf =
        documents.info(overview.versions().stream().map(PlanVersion::id).toList());
    return new PlanDetails(
        overview.plan(),
        overview.versions().stream()
            .map(v -> VersionSummary.of(v, documentsOf.get(v.id())))
            .toList(),
        overview.modificationList());
  }

  @GetMapping("/plans/{code}/in-force")
  VersionDetails inForce(@PathVariable String code) {
    PlanVersion version =
        plans
            .overview(code)
            .inForce()
            .orElseThrow(() -> new PlanNotFound("plan.noVersionInForce", code));
    return details(version);
  }

  @GetMapping("/versions/{id}")
  VersionDetails version(@PathVariable long id) {
    return details(plans.version(id));
  }

  /**
   * Withdraws a version. The engine's refusals are conflicts of the version (409): its process has
   * moved past the withdrawal, or another request changed it at the same moment.
   */
  @PostMapping("/versions/{id}/withdraw")
  ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody Withdrawal withdrawal) {
    try {
      lifecycle.withdraw(id, withdrawal == null ? null : withdrawal.reason());
    } catch (MismatchingMessageCorrelationException e) {
      throw new PlanConflict(e, "plan.withdrawalNotAccepted");
    } catch (OptimisticLockingException e) {
      throw new PlanConflict(e, "plan.changedAtSameMoment");
    }
    return ResponseEntity.noContent().build();
  }

  private VersionDetails details(PlanVersion version) {
    ApprovedDocument document = documents.info(version.id()).orElse(null);
    return new VersionDetails(
        plans.planOf(version).code(),
        VersionSummary.of(version, document),
        version.content(),
        plans.inputs(version.id()),
        document);
  }
}
