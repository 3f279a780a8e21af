package org.cellbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit through {@link DurableCommits} is on disk when it returns. A child JVM commits rows and
 * then halts at once ({@link Runtime#halt}: no shutdown hook, no database close, as with {@code
 * kill -9}); every committed row must be there when the database is opened again. Without the
 * forced checkpoint H2 keeps the last half second of commits in memory, and this test loses them.
 */
class DurableCommitsTest {

  private static final int ROWS = 200;

  @TempDir Path dir;

  @Test
  void everyCommittedRowSurvivesAHaltRightAfterTheCommit() throws Exception {
    Path db = dir.resolve("halt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HaltAfterCommits.class.getName(),
                db.toString())
            .inheritIO()
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the child halts itself with status 3").isEqualTo(3);

    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*), max(id) from t")) {
      rs.next();
      assertThat(rs.getInt(1)).as("committed rows after the halt").isEqualTo(ROWS);
      assertThat(rs.getInt(2)).isEqualTo(ROWS);
    }
  }

  @Test
  void otherDatabasesAreLeftAlone() throws Exception {
    JdbcDataSource memory = new JdbcDataSource();
    memory.setURL("jdbc:h2:mem:durable-commits-test");
    DataSource wrapped =
        (DataSource) new DurableCommits().postProcessAfterInitialization(memory, "dataSource");
    try (Connection c = wrapped.getConnection()) {
      assertThat(c).isInstanceOf(org.h2.jdbc.JdbcConnection.class);
    }
  }

  /** Commits {@link #ROWS} rows one by one, then halts without closing anything. */
  static final class HaltAfterCommits {
    public static void main(String[] args) throws Exception {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:file:" + args[0]);
      h2.setUser("sa");
      DataSource ds =
          (DataSource) new DurableCommits().postProcessAfterInitialization(h2, "dataSource");
      Connection c = ds.getConnection();
      c.createStatement().execute("create table t(id int primary key, v varchar(100))");
      c.setAutoCommit(false);
      PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)");
      for (int i = 1; i <= ROWS; i++) {
        insert.setInt(1, i);
        insert.setString(2, "row " + i);
        insert.executeUpdate();
        c.commit();
      }
      Runtime.getRuntime().halt(3);
    }
  }
}
