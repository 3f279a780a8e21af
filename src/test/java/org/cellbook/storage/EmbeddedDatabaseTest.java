package org.cellbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded notebook database is the owner's alone and never someone else's. */
class EmbeddedDatabaseTest {

  @TempDir Path dir;

  static {
    // As StorageEnvironment does before the application starts.
    new StorageEnvironment().postProcessEnvironment(null, null);
  }

  @Test
  void aNewNotebookHasARandomPasswordThatOnlyTheOwnerCanRead() throws Exception {
    Path folder = dir.resolve("new");
    EmbeddedDatabase.Prepared p = EmbeddedDatabase.prepare(folder);
    p.anchor().close();

    Path secret = folder.resolve(EmbeddedDatabase.SECRET_FILE);
    assertThat(Files.readString(secret).strip()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(p.database().password()).isEqualTo(Files.readString(secret).strip());
    assertThatThrownBy(() -> DriverManager.getConnection(p.database().url(), "sa", "").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("Wrong user name or password");
    DriverManager.getConnection(p.database().url(), "sa", p.database().password()).close();
    assertPrivate(folder);
  }

  @Test
  void aNotebookWithTheOldEmptyPasswordGetsOneWhenOpened() throws Exception {
    Path folder = dir.resolve("legacy");
    String url = "jdbc:h2:file:" + folder.resolve("cellbook");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("create table kept(x int)");
      s.execute("insert into kept values (42)");
    }
    EmbeddedDatabase.Prepared p = EmbeddedDatabase.prepare(folder);
    p.anchor().close();

    assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
        .isInstanceOf(SQLException.class);
    try (Connection c = DriverManager.getConnection(url, "sa", p.database().password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select x from kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void aReplacedPasswordFileIsAClearError() throws Exception {
    Path folder = dir.resolve("replaced");
    EmbeddedDatabase.prepare(folder).anchor().close();
    Files.writeString(folder.resolve(EmbeddedDatabase.SECRET_FILE), "not-the-password");
    assertThatThrownBy(() -> EmbeddedDatabase.prepare(folder))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("database.secret does not match");
  }

  @Test
  void theSharedServerListensOnLoopbackOnly() throws Exception {
    Path folder = dir.resolve("served");
    EmbeddedDatabase.Prepared p = EmbeddedDatabase.prepare(folder);
    try (Connection anchor = p.anchor()) {
      Properties lock = new Properties();
      lock.load(new StringReader(Files.readString(folder.resolve("cellbook.lock.db"))));
      String server = lock.getProperty("server");
      assertThat(server).startsWith("localhost:");
      int port = Integer.parseInt(server.substring(server.indexOf(':') + 1));

      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      }
      InetAddress outside = nonLoopbackAddress();
      assumeThat(outside).as("a network address other than loopback").isNotNull();
      assertThatThrownBy(
              () -> {
                try (Socket s = new Socket()) {
                  s.connect(new InetSocketAddress(outside, port), 2000);
                }
              })
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void aFolderCopiedWhileTheNotebookIsOpenOpensItsOwnDatabase() throws Exception {
    Path original = dir.resolve("original");
    EmbeddedDatabase.Prepared p = EmbeddedDatabase.prepare(original);
    try (Connection anchor = p.anchor();
        Statement s = anchor.createStatement()) {
      s.execute("create table rows(who varchar(20))");
      s.execute("insert into rows values ('original')");
      s.execute("CHECKPOINT SYNC");

      Path copy = Files.createDirectories(dir.resolve("copy"));
      try (Stream<Path> files = Files.list(original)) {
        for (Path f : files.toList()) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
      assertThat(copy.resolve("cellbook.lock.db")).exists();

      EmbeddedDatabase.Prepared copied = EmbeddedDatabase.prepare(copy);
      try (Connection c = copied.anchor();
          Statement cs = c.createStatement()) {
        cs.execute("insert into rows values ('copy')");
        try (ResultSet rs = cs.executeQuery("CALL DATABASE_PATH()")) {
          rs.next();
          assertThat(Path.of(rs.getString(1)).getParent()).isEqualTo(copy);
        }
      }
      try (ResultSet rs = s.executeQuery("select who from rows")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("original");
        assertThat(rs.next()).as("the copy wrote into the original").isFalse();
      }
    }
  }

  @Test
  void theLockFileOfAProcessThatDiedIsRemovedAndALiveOnesKept() throws Exception {
    Path lock = dir.resolve("cellbook.lock.db");
    assertThat(EmbeddedDatabase.removeIfOwnerGone(lock)).as("no lock file").isFalse();

    int deadPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    Files.writeString(lock, "#FileLock\nmethod=file\nserver=localhost\\:" + deadPort + "\n");
    assertThat(EmbeddedDatabase.removeIfOwnerGone(lock)).isTrue();
    assertThat(lock).doesNotExist();

    try (java.net.ServerSocket alive =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Files.writeString(
          lock, "#FileLock\nmethod=file\nserver=localhost\\:" + alive.getLocalPort() + "\n");
      assertThat(EmbeddedDatabase.removeIfOwnerGone(lock)).isFalse();
      assertThat(lock).exists();
    }
  }

  @Test
  void everythingInTheFolderBecomesPrivate() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("loose"));
    Path sub = Files.createDirectories(folder.resolve("files/sha256/ab"));
    Path file = Files.writeString(sub.resolve("x"), "raw bytes");
    Path readOnly = Files.writeString(folder.resolve("ro"), "kept");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxrwxrwx"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));

    assertThat(DataFolder.makePrivate(folder)).as("entries changed").isEqualTo(6);
    assertPrivate(folder);
    assertThat(Files.getPosixFilePermissions(readOnly))
        .containsExactly(PosixFilePermission.OWNER_READ);
    assertThat(DataFolder.makePrivate(folder)).as("nothing left to change").isZero();
  }

  @Test
  void aRelativeFolderIsTheOneInTheWorkingDirectory() {
    assertThat(DataFolder.resolve("notebook"))
        .isEqualTo(Path.of("").toAbsolutePath().resolve("notebook"));
    assertThat(DataFolder.resolve("./a/../notebook"))
        .isEqualTo(Path.of("").toAbsolutePath().resolve("notebook"));
  }

  private static void assertPrivate(Path folder) throws IOException {
    Set<PosixFilePermission> groupOrOthers =
        PosixFilePermissions.fromString("---rwxrwx").stream()
            .collect(java.util.stream.Collectors.toSet());
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.toList()) {
        assertThat(Collections.disjoint(Files.getPosixFilePermissions(p), groupOrOthers))
            .as("%s is %s", p, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
            .isTrue();
      }
    }
  }

  private static InetAddress nonLoopbackAddress() throws IOException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) {
        continue;
      }
      List<InetAddress> addresses = Collections.list(n.getInetAddresses());
      for (InetAddress a : addresses) {
        if (a instanceof java.net.Inet4Address) {
          return a;
        }
      }
    }
    return null;
  }
}
