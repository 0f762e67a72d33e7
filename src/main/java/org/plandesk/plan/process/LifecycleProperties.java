package org.plandesk.plan.process;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the plan-version lifecycle.
 *
 * @param inputReminderBefore how long before the departments' deadline the reminder point lies
 */
@ConfigurationProperties("plandesk.lifecycle")
public record LifecycleProperties(@DefaultValue("P2D") Period inputReminderBefore) {}
