package org.plandesk.acknowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code plandesk.acknowledge}: when those who have not confirmed are reminded (counted from the
 * entry into force) and when the coordinator is told who is still missing (counted from the
 * reminder). ISO-8601 durations ({@code P7D}, {@code PT12H}); the process's timers read them.
 */
@ConfigurationProperties("plandesk.acknowledge")
public record AcknowledgementProperties(
    @DefaultValue("P7D") Duration remindAfter, @DefaultValue("P7D") Duration escalateAfter) {}
