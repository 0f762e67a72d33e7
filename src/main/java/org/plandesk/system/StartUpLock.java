package org.plandesk.system;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that nodes sharing one database must not do at the same moment (creating groups,
 * authorizations, Tasklist filters, demo users): each runs it in one transaction holding the row
 * lock of {@code start_up_lock} ({@code V10__start_up_lock.sql}), so a second node waits, then
 * finds everything made. The engine's services join that transaction.
 */
@Component
public class StartUpLock {

  private static final Logger log = LoggerFactory.getLogger(StartUpLock.class);
  private static final Duration WAIT = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  StartUpLock(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /**
   * Runs the work with the start-up lock held; it commits, or rolls back whole, with the lock. A
   * database that gives up waiting for the lock (H2 after seconds) is asked again, up to 5 minutes.
   */
  public void holding(Runnable work) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (true) {
      try {
        transactions.executeWithoutResult(
            tx -> {
              lock();
              work.run();
            });
        return;
      } catch (LockNotTaken e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Another node holds the start-up lock for more than " + WAIT, e.getCause());
        }
        log.info("Another node is setting up; waiting for it");
      }
    }
  }

  private void lock() {
    try {
      jdbc.sql("SELECT id FROM start_up_lock WHERE id = 1 FOR UPDATE")
          .query(Integer.class)
          .single();
    } catch (TransientDataAccessException e) {
      throw new LockNotTaken(e);
    }
  }

  private static final class LockNotTaken extends RuntimeException {
    LockNotTaken(Throwable cause) {
      super(cause);
    }
  }
}
