package org.plandesk.signing;

/**
 * A feature's signed content: the exact text a signature's SHA-256 is taken of. Each feature whose
 * decisions are signed contributes one bean; the text must depend only on what the signer saw and
 * decided on (never on a status, a date of a later step or a generated id), so that it can be
 * computed again later and compared (the integrity check).
 */
public interface SignedContents {

  /**
   * What this bean serializes: the subject kind ({@link SignedSubject#kind()}), the key of the
   * process whose task signs it (e.g. {@code plan-version}) and the process variable holding the
   * subject's id (e.g. {@code versionId}).
   */
  Signs signs();

  /**
   * The content of the subject as signed now, in canonical form ({@link CanonicalJson}); throws the
   * feature's not-found refusal for an unknown id.
   */
  String canonical(long subjectId);

  /** What a feature's signed task signs. */
  record Signs(String kind, String processKey, String subjectVariable) {}
}
