package org.cellbook.measurements;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cellbook.storage.DurableFiles;

/**
 * Files under {@code <root>/sha256/ab/cd/<sha256>}: written to a temporary file while hashing,
 * forced to disk, then moved into place atomically, so a crash never leaves a half-written file
 * under a hash name, an acknowledged upload survives a crash, and two uploads of the same bytes end
 * with one copy. Only the notebook's user can read them (0400 files in 0700 folders).
 */
public class LocalFileStore implements FileStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;

  public LocalFileStore(Path root) {
    this.root = root;
  }

  @Override
  public Stored put(InputStream in, long maxBytes) throws IOException {
    Path tmp = DurableFiles.createTempFile(root.resolve("incoming"), "upload", ".part");
    try {
      MessageDigest digest = sha256();
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          size += n;
          if (size > maxBytes) {
            throw new IOException(
                "the file is larger than the upload limit of %d MB"
                    .formatted(maxBytes / (1024 * 1024)));
          }
          out.write(buffer, 0, n);
        }
      }
      String sha = HexFormat.of().formatHex(digest.digest());
      Path target = path(sha);
      boolean present = Files.exists(target);
      // The new bytes are published even when a copy is present: they hash to its name, so they
      // replace it with identical content, or repair a stored copy changed on disk since. Durable
      // before the upload is acknowledged.
      DurableFiles.createPrivateDirectories(target.getParent());
      DurableFiles.publish(tmp, target);
      DurableFiles.forceDirectory(target.getParent().getParent());
      DurableFiles.forceDirectory(target.getParent().getParent().getParent());
      target.toFile().setReadOnly();
      return new Stored(sha, size, present);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(localPath(sha256));
  }

  @Override
  public Path localPath(String sha256) throws IOException {
    Path p = path(sha256);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(p.toString(), null, "no stored file with this SHA-256");
    }
    return p;
  }

  @Override
  public String rehash(String sha256) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(open(sha256), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public boolean contains(String sha256) {
    return Files.exists(path(sha256));
  }

  @Override
  public List<Entry> entries() throws IOException {
    Path shas = root.resolve("sha256");
    if (!Files.isDirectory(shas)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.find(shas, 3, (p, a) -> a.isRegularFile())) {
      List<Entry> out = new ArrayList<>();
      for (Path p : (Iterable<Path>) walk::iterator) {
        String name = p.getFileName().toString();
        if (SHA256.matcher(name).matches()) {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
          out.add(new Entry(name, a.size(), a.lastModifiedTime().toInstant()));
        }
      }
      return out;
    }
  }

  @Override
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  @Override
  public Swept removeUnfinished(Instant before) throws IOException {
    return Swept.olderThan(root.resolve("incoming"), "*.part", before);
  }

  private Path path(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    return root.resolve("sha256")
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
