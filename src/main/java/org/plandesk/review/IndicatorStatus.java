package org.plandesk.review;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A strategic indicator of the version in force: baseline and target against the latest actual
 * value.
 */
public record IndicatorStatus(
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal actual,
    LocalDate actualDate) {}
