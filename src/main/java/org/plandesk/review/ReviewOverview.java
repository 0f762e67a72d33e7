package org.plandesk.review;

import java.util.List;

/**
 * A plan's reviews and monitoring for the API: its status (IN_FORCE, RETIRED or NOT_IN_FORCE), its
 * own review interval if any, every recorded review, the instruments' results and the indicators.
 */
public record ReviewOverview(
    String planCode,
    String planStatus,
    Long versionInForceId,
    String intervalOverride,
    List<PlanReview> reviews,
    List<MonitoringResult> monitoringResults,
    List<IndicatorStatus> indicators) {}
