package org.plandesk.due;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing due: a task waiting in the Tasklist, a plan's review, an instrument's monitoring, a
 * grant request's submission to its funder, the funder's decision, a report to the funder or a
 * version in force to read and confirm.
 *
 * @param date the day it is due; null for a task without a due date (listed last)
 * @param subject the task (by its name in the reader's language), the plan (code and title) or the
 *     grant request (title) it concerns
 * @param detail what a task is about (its process's business key), the instrument, the funder or
 *     the report; else null
 * @param link the task in the Tasklist, the plan's progress or the grant request's page
 * @param holders who holds a task, by name (a person, or the groups it waits for); empty otherwise
 */
record DueItem(
    LocalDate date,
    Kind kind,
    String subject,
    String detail,
    String link,
    boolean overdue,
    List<String> holders) {

  DueItem {
    holders = List.copyOf(holders);
  }

  /** What is due; named on the page in the reader's language. */
  enum Kind {
    TASK,
    REVIEW,
    MONITORING,
    GRANT_SUBMISSION,
    GRANT_DECISION,
    GRANT_REPORT,
    ACKNOWLEDGEMENT
  }
}
