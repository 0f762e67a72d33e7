package org.plandesk.grant;

import java.util.List;

/** A grant request with its reporting obligations and its history, as the API shows it. */
public record GrantOverview(
    GrantRequest request, List<ReportingObligation> obligations, List<GrantEvent> history) {}
