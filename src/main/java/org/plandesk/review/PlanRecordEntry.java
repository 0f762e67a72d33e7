package org.plandesk.review;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a plan's living record for its audit trail, kept structured (a kind and its
 * arguments) so that the trail can say it in the reader's language when it is read.
 *
 * @param versionId the version in force when it was recorded, or null when the record does not say
 *     (an activity: the trail places it under the version in force that day)
 * @param userId who recorded it
 * @param arguments the kind's arguments, in the order {@link Kind} names them
 */
public record PlanRecordEntry(
    Instant at, Long versionId, String userId, Kind kind, List<String> arguments) {

  public PlanRecordEntry {
    arguments = List.copyOf(arguments);
  }

  /** What was recorded, and the arguments it carries. */
  public enum Kind {
    /** An action item's status set: the item, the status (PLANNED, IN_PROGRESS, DONE). */
    ACTION_STATUS_SET,
    /** An activity held under an action item: the item, the day held, the place, participants. */
    ACTIVITY_RECORDED,
    /**
     * A monitoring result saved: the instrument, the day of the result, its summary, and the
     * indicators' actual values ("name = value" joined by "; ", empty when none).
     */
    MONITORING_RESULT_RECORDED
  }
}
