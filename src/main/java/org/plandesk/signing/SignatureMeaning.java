package org.plandesk.signing;

import java.util.Optional;

/**
 * What a signature means, as the signer states it by their decision. Said in the reader's language
 * as {@code signing.meaning.<name>} (pages, audit trail) and in the document's language as the
 * document label {@code signature.<name>}.
 */
public enum SignatureMeaning {
  APPROVED,
  CHANGES_REQUESTED,
  REJECTED;

  /** The meaning of a director's decision as the approval forms send it (APPROVE, ...). */
  public static Optional<SignatureMeaning> ofDecision(String decision) {
    if (decision == null) {
      return Optional.empty();
    }
    return switch (decision) {
      case "APPROVE" -> Optional.of(APPROVED);
      case "REQUEST_CHANGES" -> Optional.of(CHANGES_REQUESTED);
      case "REJECT" -> Optional.of(REJECTED);
      default -> Optional.empty();
    };
  }
}
