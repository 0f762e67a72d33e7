package org.plandesk.grant;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of grant and fundraising requests.
 *
 * @param submissionReminderBefore how long before the funder's deadline the responsible person is
 *     reminded to submit
 * @param decisionReminderAfter how long after the submission a reminder goes out when no funder's
 *     decision has been recorded
 * @param reportReminderBefore how long before a reporting obligation is due the responsible person
 *     is reminded
 */
@ConfigurationProperties("plandesk.grant")
public record GrantProperties(
    @DefaultValue("P7D") Period submissionReminderBefore,
    @DefaultValue("P60D") Period decisionReminderAfter,
    @DefaultValue("P14D") Period reportReminderBefore) {}
