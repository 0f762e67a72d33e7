package org.plandesk.due;

import java.time.LocalDate;

/**
 * One thing due on a day: a plan's review, an instrument's monitoring, a grant request's submission
 * to its funder, the funder's decision or a report to the funder.
 *
 * @param subject the plan (code and title) or the grant request (title) it concerns
 * @param detail the instrument or the report, else null
 * @param link the page of the plan's progress or of the grant request
 */
record DueItem(
    LocalDate date, Kind kind, String subject, String detail, String link, boolean overdue) {

  /** What is due; named on the page in the reader's language. */
  enum Kind {
    REVIEW,
    MONITORING,
    GRANT_SUBMISSION,
    GRANT_DECISION,
    GRANT_REPORT
  }
}
