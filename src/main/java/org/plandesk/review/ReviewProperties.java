package org.plandesk.review;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the periodic review.
 *
 * @param reminderBefore how long before a review is due the coordinator is reminded
 */
@ConfigurationProperties("plandesk.review")
public record ReviewProperties(@DefaultValue("P14D") Period reminderBefore) {}
