package org.plandesk.document;

import java.util.Objects;

/**
 * What a stored document is about: a kind of subject, named by the feature that owns it (e.g.
 * {@code PLAN_VERSION}, {@code GRANT_REQUEST}), and the subject's id. The archive keeps at most one
 * document per subject and edition.
 */
public record DocumentSubject(String kind, long id) {

  public DocumentSubject {
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return kind + " " + id;
  }
}
