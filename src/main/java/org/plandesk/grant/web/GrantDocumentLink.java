package org.plandesk.grant.web;

import java.util.Optional;
import org.plandesk.grant.GrantEvent;

/**
 * A stored document of a grant request, as its history records it ({@code DOCUMENT_GENERATED} with
 * the detail "EDITION file name, sha256 hex"): the request's page lists and links it without
 * reading the document archive.
 *
 * @param edition REQUEST or AWARD (the download's {@code ?edition=})
 */
record GrantDocumentLink(String edition, String fileName, String sha256) {

  static Optional<GrantDocumentLink> of(GrantEvent event) {
    if (event.kind() != GrantEvent.Kind.DOCUMENT_GENERATED || event.detail() == null) {
      return Optional.empty();
    }
    String detail = event.detail();
    int space = detail.indexOf(' ');
    int sha = detail.lastIndexOf(", sha256 ");
    if (space < 0 || sha < space) {
      return Optional.empty();
    }
    String edition = detail.substring(0, space);
    if (!edition.equals("REQUEST") && !edition.equals("AWARD")) {
      return Optional.empty();
    }
    return Optional.of(
        new GrantDocumentLink(
            edition,
            detail.substring(space + 1, sha),
            detail.substring(sha + ", sha256 ".length())));
  }
}
