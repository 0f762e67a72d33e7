package org.plandesk.plan;

import java.time.Instant;
import java.util.List;

/** What one department contributed to a version, or that it gave no input by the deadline. */
public record DepartmentInput(
    long id,
    long versionId,
    String department,
    Status status,
    String comments,
    String proposedActions,
    List<String> priorityVotes,
    String recordedBy,
    Instant recordedAt) {

  public enum Status {
    GIVEN,
    NO_INPUT
  }
}
