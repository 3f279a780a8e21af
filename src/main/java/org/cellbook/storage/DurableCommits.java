package org.cellbook.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes every commit on an H2 file database durable before it returns. H2's store writes committed
 * transactions in the background, up to {@code WRITE_DELAY} (0.5 s) later and then only into the
 * operating system's cache, so an acknowledged save could be lost to {@code kill -9} or a power
 * cut, and its code handed out again. After each commit of a read-write connection this runs {@code
 * CHECKPOINT SYNC}, which writes the store and forces it to the device (about 0.5 ms on an SSD;
 * concurrent commits share a write). Other databases (PostgreSQL) are durable at commit already and
 * are left alone.
 *
 * <p>All of Cellbook's writes run in transactions that end with {@code commit()}. Two other ways of
 * committing would reach the disk with H2's background writer only: a statement run with
 * auto-commit on, and a statement kept from before a commit, run again and then committed by
 * switching auto-commit on.
 */
@Component
class DurableCommits implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource ds && !(bean instanceof SyncingDataSource)
        ? new SyncingDataSource(ds)
        : bean;
  }

  static final class SyncingDataSource extends DelegatingDataSource {

    private volatile Boolean h2File;

    SyncingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection c) throws SQLException {
      if (h2File == null) {
        String url = c.getMetaData().getURL();
        h2File = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
      }
      return h2File
          ? (Connection)
              Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  new SyncOnCommit(c))
          : c;
    }
  }

  /** Forwards every call; after a commit, forces the store to disk. */
  private static final class SyncOnCommit implements InvocationHandler {

    private final Connection target;

    /** Nothing can have been written since the last sync. */
    private boolean synced = true;

    SyncOnCommit(Connection target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "equals" -> {
          return proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        default -> {}
      }
      String name = method.getName();
      boolean ending =
          switch (name) {
            case "commit" -> true;
            // Switching auto-commit on commits an open transaction: Hibernate does so right after
            // each commit, with nothing written in between, which needs no second sync.
            case "setAutoCommit" -> (Boolean) args[0] && !target.getAutoCommit() && !synced;
            default -> false;
          };
      if (name.startsWith("create") || name.startsWith("prepare")) {
        synced = false; // statements are how anything gets written
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (ending && !target.isReadOnly()) {
        try (Statement s = target.createStatement()) {
          s.execute("CHECKPOINT SYNC");
        }
        synced = true;
      }
      return result;
    }
  }
}
