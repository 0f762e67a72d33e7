package org.plandesk.review.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plandesk.document.DocumentInfo;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanVersion;
import org.plandesk.review.report.ImplementationReport;
import org.plandesk.review.report.ImplementationReports;
import org.plandesk.review.report.ReportDocuments;
import org.plandesk.review.report.ReportStatus;
import org.springframework.stereotype.Component;

/**
 * The yearly implementation reports as a plan's progress page shows them (read by its template as
 * {@code ${@planReports.of(plan, version)}}): each report with its status and the document the
 * reader may open, and, for the coordinator, the years a report may be asked for.
 */
@Component("planReports")
class ReportsOnProgressPage {

  private final ImplementationReports reports;
  private final ReportDocuments documents;
  private final Clock clock;

  ReportsOnProgressPage(ImplementationReports reports, ReportDocuments documents, Clock clock) {
    this.reports = reports;
    this.documents = documents;
    this.clock = clock;
  }

  /** What the page's report section shows. */
  record View(List<Row> rows, List<Integer> years, boolean mayRequest) {}

  /**
   * A report and the document the reader may open: the signed-off one, or for readers of drafts the
   * current draft; null when there is none yet (generation under way).
   */
  record Row(
      long id,
      int year,
      ReportStatus status,
      int round,
      String signedOffBy,
      LocalDate signedOffOn,
      String edition,
      boolean pdfAvailable) {}

  public View of(Plan plan, PlanVersion inForce) {
    boolean drafts = ReportReaders.mayReadDrafts();
    List<Row> rows = new ArrayList<>();
    for (ImplementationReport r : reports.ofPlan(plan.id())) {
      String edition =
          r.status() == ReportStatus.SIGNED_OFF
              ? ReportDocuments.SIGNED_OFF
              : drafts ? r.draftEdition() : null;
      Optional<DocumentInfo> stored =
          edition == null ? Optional.empty() : documents.stored(r.id(), edition);
      rows.add(
          new Row(
              r.id(),
              r.year(),
              r.status(),
              r.round(),
              r.signedOffBy(),
              r.signedOffOn(),
              stored.isPresent() ? edition : null,
              stored.map(DocumentInfo::pdfAvailable).orElse(false)));
    }
    List<Integer> years = new ArrayList<>();
    if (inForce != null && inForce.effectiveDate() != null) {
      int thisYear = LocalDate.now(clock).getYear();
      for (int y = thisYear; y >= inForce.effectiveDate().getYear() && y > thisYear - 10; y--) {
        years.add(y);
      }
    }
    return new View(rows, years, inForce != null && ReportReaders.mayRequest());
  }
}
