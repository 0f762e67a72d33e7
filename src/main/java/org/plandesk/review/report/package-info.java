/**
 * The yearly implementation report of a plan in force: its record (who asked, the rounds, the
 * director's sign-off) and its documents. Other modules (the audit trail) read its history here.
 */
@org.springframework.modulith.NamedInterface("report")
package org.plandesk.review.report;
