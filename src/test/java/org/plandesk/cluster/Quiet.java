package org.plandesk.cluster;

import java.time.Duration;
import java.util.List;

/**
 * Waiting until a cluster has nothing left to do: lifecycles ended, no job due, no mail to send.
 */
final class Quiet {

  private Quiet() {}

  static void await(FreshDatabase database, List<HttpLifecycle> lifecycles, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String busy = busy(database, lifecycles);
    while (busy != null) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Still busy after " + timeout + ": " + busy);
      }
      NodeProcess.sleep(1000);
      busy = busy(database, lifecycles);
    }
  }

  private static String busy(FreshDatabase database, List<HttpLifecycle> lifecycles) {
    var db = database.jdbc();
    for (HttpLifecycle l : lifecycles) {
      boolean ended =
          l.processInstanceId() != null
              && db.sql("SELECT end_time_ IS NOT NULL FROM act_hi_procinst WHERE id_ = ?")
                  .param(l.processInstanceId())
                  .query(Boolean.class)
                  .optional()
                  .orElse(false);
      if (!ended) {
        return l.code() + " has not ended";
      }
    }
    long jobs =
        db.sql(
                "SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now())")
            .query(Long.class)
            .single();
    if (jobs > 0) {
      return jobs + " jobs due";
    }
    long mails =
        db.sql("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')")
            .query(Long.class)
            .single();
    return mails > 0 ? mails + " mails to send" : null;
  }
}
