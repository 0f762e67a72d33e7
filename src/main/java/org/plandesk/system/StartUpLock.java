package org.plandesk.system;

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

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  StartUpLock(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Runs the work with the start-up lock held; it commits, or rolls back whole, with the lock. */
  public void holding(Runnable work) {
    transactions.executeWithoutResult(tx -> {
      jdbc.sql("SELECT id FROM start_up_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
      work.run();
    });
  }
}
