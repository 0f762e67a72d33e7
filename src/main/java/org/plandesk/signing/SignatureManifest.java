package org.plandesk.signing;

import java.time.Instant;

/**
 * The record of one signature: who signed (user id, name and role as they were then), what the
 * signature means, when, and the SHA-256 of the exact content signed, with that content in its
 * canonical form.
 *
 * @param signerRole the group the task was offered to (e.g. {@code director}), said by its name
 *     ({@code group.<id>})
 * @param signedContent the canonical serialization of what was signed ({@link CanonicalJson})
 * @param contentSha256 SHA-256 of {@code signedContent}'s UTF-8 bytes
 * @param manifestSha256 SHA-256 of the manifest's own fields ({@link #fields()}), recorded with it
 */
public record SignatureManifest(
    long id,
    SignedSubject subject,
    String taskId,
    String signerId,
    String signerName,
    String signerRole,
    SignatureMeaning meaning,
    Instant signedAt,
    String signedContent,
    String contentSha256,
    String manifestSha256) {

  /**
   * The manifest's fields as its own hash covers them, one per line: subject, task, signer, name,
   * role, meaning, time (ISO-8601, UTC, milliseconds), content hash.
   */
  public String fields() {
    return String.join(
        "\n",
        subject.kind(),
        String.valueOf(subject.id()),
        taskId,
        signerId,
        signerName,
        signerRole,
        meaning.name(),
        signedAt.toString(),
        contentSha256);
  }
}
