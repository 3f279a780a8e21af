package org.cellbook.storage;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded notebook database: H2 in file mode, {@code <data-dir>/cellbook.mv.db}.
 *
 * <ul>
 *   <li><b>Shared with the tools, closed to others.</b> {@code AUTO_SERVER} lets a command-line
 *       tool open a notebook the app has open: the first process serves the others through a TCP
 *       port that {@link StorageEnvironment} binds to the loopback interface, and the port's key is
 *       in the lock file, which like everything in the folder is readable by the owner only ({@link
 *       DataFolder}).
 *   <li><b>A password of its own.</b> The database user has a random password kept in {@code
 *       database.secret} (mode 0600); a notebook created before it existed, with the empty
 *       password, gets one when it is first opened.
 *   <li><b>A copy never attaches to its original.</b> A folder copied while the app ran holds a
 *       copy of the lock file, which names the original's server; connecting through it would write
 *       into the original. Every open asks the database which file it serves and, if it is another
 *       folder's, removes the stale lock and opens the copy's own file.
 * </ul>
 */
public final class EmbeddedDatabase {

  static final String NAME = "cellbook";
  static final String SECRET_FILE = "database.secret";
  static final String USER = "sa";

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String WRONG_USER_OR_PASSWORD = "28000";

  private final Path folder;
  private final String url;
  private final String password;

  private EmbeddedDatabase(Path folder, String password) {
    this.folder = folder;
    // H2's own trace goes to the application log (level 4: SLF4J), not to a file in the folder.
    this.url = "jdbc:h2:file:" + folder.resolve(NAME) + ";AUTO_SERVER=TRUE;TRACE_LEVEL_FILE=4";
    this.password = password;
  }

  /** True when {@code folder} holds an embedded notebook database. */
  public static boolean existsIn(Path folder) {
    return Files.isRegularFile(folder.resolve(NAME + ".mv.db"));
  }

  public String url() {
    return url;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return password;
  }

  public Path folder() {
    return folder;
  }

  /**
   * Prepares the notebook in {@code folder} (absolute): creates it privately, sets the password up,
   * makes sure a connection reaches this folder's own database, and tightens the permissions of
   * what is there. The returned connection keeps the database open until the caller's pool has one
   * of its own; close it then.
   */
  public static Prepared prepare(Path folder) throws IOException, SQLException {
    DurableFiles.createPrivateDirectories(folder);
    EmbeddedDatabase db = new EmbeddedDatabase(folder, secret(folder));
    Path lock = folder.resolve(NAME + ".lock.db");
    if (removeIfOwnerGone(lock)) {
      log.info("The notebook in {} was not closed by its last process (a crash or kill)", folder);
    }
    Connection c = db.connect();
    if (!db.serves(c)) {
      c.close();
      log.warn(
          "The lock file in {} names the database server of another folder (the folder was"
              + " copied while Cellbook ran); removing it so this folder opens its own database",
          folder);
      Files.deleteIfExists(lock);
      c = db.connect();
      if (!db.serves(c)) {
        c.close();
        throw new IllegalStateException(
            "Cannot open the notebook in " + folder + ": its lock file names another notebook");
      }
    }
    DataFolder.makePrivate(folder);
    return new Prepared(db, c);
  }

  /**
   * Removes the lock file of a process that died without closing the database, so opening it takes
   * no time; left to itself, H2 waits some four seconds to be sure a lock file nobody refreshes is
   * stale. The owner is gone when the server its lock file names refuses connections (a live owner
   * serves from the moment it writes the file). A wrong guess costs nothing: the database file
   * itself is locked by the operating system while a process has it open.
   */
  static boolean removeIfOwnerGone(Path lock) throws IOException {
    Properties owner = new Properties();
    try (Reader in = Files.newBufferedReader(lock, StandardCharsets.ISO_8859_1)) {
      owner.load(in);
    } catch (NoSuchFileException e) {
      return false;
    }
    String server = owner.getProperty("server", "");
    int colon = server.lastIndexOf(':');
    if (colon < 0) {
      return false;
    }
    try (Socket s = new Socket()) {
      s.connect(
          new InetSocketAddress(
              InetAddress.getLoopbackAddress(), Integer.parseInt(server.substring(colon + 1))),
          1000);
      return false;
    } catch (ConnectException refused) {
      return Files.deleteIfExists(lock);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  /** A prepared database and the connection that holds it open. */
  public record Prepared(EmbeddedDatabase database, Connection anchor) {}

  private static String secret(Path folder) throws IOException {
    Path file = folder.resolve(SECRET_FILE);
    if (Files.exists(file)) {
      String s = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (s.isEmpty()) {
        throw new IllegalStateException(file + " is empty: restore it from a backup of the folder");
      }
      return s;
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    String s = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    // Written before the database gets the password, so a crash in between cannot lock it out.
    DurableFiles.writePrivately(file, s.getBytes(StandardCharsets.US_ASCII));
    return s;
  }

  private Connection connect() throws SQLException {
    try {
      return DriverManager.getConnection(url, USER, password);
    } catch (SQLException e) {
      if (!WRONG_USER_OR_PASSWORD.equals(e.getSQLState())) {
        throw e;
      }
      return adoptLegacyNotebook(e);
    }
  }

  /** A notebook made before the database had a password: the user still has the empty one. */
  private Connection adoptLegacyNotebook(SQLException refused) throws SQLException {
    Connection c;
    try {
      c = DriverManager.getConnection(url, USER, "");
    } catch (SQLException e) {
      refused.addSuppressed(e);
      throw new SQLException(
          "Cannot open the notebook database in "
              + folder
              + ": the password in "
              + SECRET_FILE
              + " does not match it (was the file replaced?)",
          refused.getSQLState(),
          refused);
    }
    try (Statement s = c.createStatement()) {
      // The secret is base64url, so it cannot break out of the quoted literal.
      s.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
      s.execute("CHECKPOINT SYNC");
    }
    log.info("The notebook database in {} now has a password ({})", folder, SECRET_FILE);
    return c;
  }

  /** True when the connection reaches the database file in this folder, not another's. */
  private boolean serves(Connection c) throws SQLException, IOException {
    String served;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("CALL DATABASE_PATH()")) {
      rs.next();
      served = rs.getString(1);
    }
    Path servedFolder = Path.of(served).toAbsolutePath().getParent();
    return servedFolder != null
        && Files.isDirectory(servedFolder)
        && Files.isSameFile(servedFolder, folder);
  }
}
