package org.plandesk.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plandesk.notification.ReceivedMail;

/**
 * The administrator's part after crashes: a mail its sender was handing to SMTP when the node was
 * killed is UNCONFIRMED. Like an admin reading the mail server's log, this looks for its Message-ID
 * among the mails the SMTP server received, confirms the mail delivered if it is there and resends
 * it if it is not, through the admin API of the node.
 */
final class UnconfirmedMails {

  /** What the admin found: mails confirmed delivered and mails resent. */
  record Settled(int confirmed, int resent) {
    int total() {
      return confirmed + resent;
    }
  }

  private UnconfirmedMails() {}

  static Settled settle(NodeClient admin, List<ReceivedMail> received) {
    Set<String> arrived =
        received.stream().map(ReceivedMail::messageId).collect(Collectors.toSet());
    JsonNode list = admin.get("/api/admin/mails?status=UNCONFIRMED&limit=500", NodeSettings.ADMIN);
    int confirmed = 0;
    int resent = 0;
    for (JsonNode mail : list.path("mails")) {
      String path = "/api/admin/mails/" + mail.path("id").asLong();
      if (arrived.contains(mail.path("messageId").asText())) {
        admin.post(path + "/confirm-delivered", NodeSettings.ADMIN, null);
        confirmed++;
      } else {
        admin.post(path + "/resend", NodeSettings.ADMIN, null);
        resent++;
      }
    }
    return new Settled(confirmed, resent);
  }
}
