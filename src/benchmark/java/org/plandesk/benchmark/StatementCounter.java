package org.plandesk.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements a benchmark thread sends: every {@code execute*} call of a statement,
 * and every statement of a JDBC batch (Camunda flushes its inserts and updates as batches on
 * PostgreSQL); and the round trips, where a batch counts once. Installed as a bean post-processor
 * around the application's {@link DataSource}, so both PlanDesk's repositories and the engine go
 * through it; benchmark code only, never production. Only the thread that created the counter is
 * counted: background schedulers stay out of the figures.
 */
final class StatementCounter implements BeanPostProcessor {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong roundTrips = new AtomicLong();
  private final Thread counted = Thread.currentThread();
  private final List<String> trace = new ArrayList<>();
  private boolean tracing;

  long count() {
    return statements.get();
  }

  /** Calls that wait for the database: each execute, and each batch once however many it holds. */
  long roundTrips() {
    return roundTrips.get();
  }

  /** Starts keeping the text of each counted statement, or stops and hands back those kept. */
  List<String> trace(boolean on) {
    List<String> kept = List.copyOf(trace);
    trace.clear();
    tracing = on;
    return kept;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource ? new Counting(dataSource) : bean;
  }

  private void counted(String sql) {
    if (Thread.currentThread() == counted) {
      statements.incrementAndGet();
      if (tracing) {
        trace.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").strip());
      }
    }
  }

  private final class Counting extends DelegatingDataSource {

    Counting(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return connection(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return connection(super.getConnection(username, password));
    }

    private Connection connection(Connection target) {
      return proxy(
          Connection.class,
          target,
          (method, args, result) -> {
            if (result instanceof Statement statement
                && method.getName().matches("createStatement|prepareStatement|prepareCall")) {
              return statement(
                  statement, method.getName().equals("createStatement") ? null : (String) args[0]);
            }
            return result;
          });
    }

    private Statement statement(Statement target, String prepared) {
      Class<? extends Statement> type =
          target instanceof java.sql.CallableStatement
              ? java.sql.CallableStatement.class
              : target instanceof java.sql.PreparedStatement
                  ? java.sql.PreparedStatement.class
                  : Statement.class;
      return proxy(
          type,
          target,
          (method, args, result) -> {
            String name = method.getName();
            if (name.equals("addBatch")
                || (name.startsWith("execute")
                    && !name.equals("executeBatch")
                    && !name.equals("executeLargeBatch"))) {
              counted(
                  prepared != null
                      ? prepared
                      : args != null && args.length > 0 ? String.valueOf(args[0]) : null);
            }
            if (name.startsWith("execute") && Thread.currentThread() == counted) {
              roundTrips.incrementAndGet();
            }
            return result;
          });
    }
  }

  private interface After {
    Object apply(Method method, Object[] args, Object result);
  }

  private static <T> T proxy(Class<T> type, Object target, After after) {
    InvocationHandler handler =
        (p, method, args) -> {
          try {
            return after.apply(method, args, method.invoke(target, args));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
