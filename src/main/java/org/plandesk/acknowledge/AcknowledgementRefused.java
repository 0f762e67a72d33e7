package org.plandesk.acknowledge;

import org.plandesk.system.DomainException;
import org.plandesk.system.Text;

/**
 * A confirmation refused: nothing to confirm (404), the reader is not asked to confirm this version
 * (403), already confirmed or the version no longer in force (409). Nothing was recorded.
 */
public class AcknowledgementRefused extends DomainException {

  private AcknowledgementRefused(Kind kind, String key, Object... args) {
    super(kind, Text.of(key, args));
  }

  static AcknowledgementRefused notFound(long versionId) {
    return new AcknowledgementRefused(Kind.NOT_FOUND, "acknowledge.notFound", versionId);
  }

  static AcknowledgementRefused notAsked() {
    return new AcknowledgementRefused(Kind.FORBIDDEN, "acknowledge.notAsked");
  }

  static AcknowledgementRefused alreadyConfirmed(java.time.Instant at) {
    return new AcknowledgementRefused(Kind.CONFLICT, "acknowledge.alreadyConfirmed", at);
  }

  static AcknowledgementRefused closed() {
    return new AcknowledgementRefused(Kind.CONFLICT, "acknowledge.closed");
  }
}
