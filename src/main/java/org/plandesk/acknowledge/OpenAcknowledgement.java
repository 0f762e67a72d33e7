package org.plandesk.acknowledge;

import java.time.Instant;

/** A version a person still has to read and confirm, since the moment it entered into force. */
public record OpenAcknowledgement(long versionId, Instant openedAt) {}
