package org.plandesk.review;

import java.time.LocalDate;

/** The result of one use of a monitoring instrument (seed 004: survey, express poll, SWOT, ...). */
public record MonitoringResult(
    long id,
    long versionId,
    String instrument,
    LocalDate resultDate,
    String summary,
    String figures,
    String recordedBy) {}
