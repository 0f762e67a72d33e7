package org.plandesk.signing;

/**
 * A signature manifest checked again.
 *
 * @param manifestIntact the manifest's fields still give the hash recorded with them
 * @param contentIntact the stored signed content still gives the content hash of the manifest
 * @param currentIntact for an approval (the content is final from then on): the subject's content
 *     as stored now is still the content signed; null for a decision that sent it back or rejected
 *     it (its content may change afterwards), or a subject no longer there
 */
public record ManifestCheck(
    SignatureManifest manifest,
    boolean manifestIntact,
    boolean contentIntact,
    Boolean currentIntact) {

  public boolean intact() {
    return manifestIntact && contentIntact && (currentIntact == null || currentIntact);
  }
}
