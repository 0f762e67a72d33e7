package org.plandesk.review.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An activity held under an action item, with the fields of seed 003's record of a methodological
 * lesson: date, place, participants (36), goal, result, responsible; and who recorded it when.
 */
record ActionActivity(
    long id,
    String itemKey,
    LocalDate heldOn,
    String place,
    int participants,
    String goal,
    String result,
    String responsible,
    String recordedBy,
    Instant recordedAt) {}
