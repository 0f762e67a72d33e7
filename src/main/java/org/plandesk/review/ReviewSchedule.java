package org.plandesk.review;

import java.time.LocalDate;
import java.time.Period;

/** When the next review of a version is due, when its reminder goes out, and by which interval. */
public record ReviewSchedule(
    LocalDate dueDate, LocalDate reminderDate, Period interval, boolean overridden) {}
