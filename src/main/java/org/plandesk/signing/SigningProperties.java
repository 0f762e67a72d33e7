package org.plandesk.signing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of signing ({@code plandesk.signing}).
 *
 * @param maxFailures wrong passwords that lock signing ({@code PLANDESK_SIGNING_MAX_FAILURES})
 * @param failureWindow the time in which they count ({@code PLANDESK_SIGNING_FAILURE_WINDOW})
 * @param lockFor how long signing stays locked then ({@code PLANDESK_SIGNING_LOCK_FOR})
 */
@ConfigurationProperties("plandesk.signing")
public record SigningProperties(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("PT15M") Duration failureWindow,
    @DefaultValue("PT15M") Duration lockFor) {}
