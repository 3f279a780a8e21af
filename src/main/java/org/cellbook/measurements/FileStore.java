package org.cellbook.measurements;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Raw measurement files kept byte for byte under their SHA-256, so the same file uploaded twice is
 * stored once and a file's hash proves it unchanged. The local folder is the embedded default; an
 * object store can implement the same interface for a multi-user lab.
 */
public interface FileStore {

  /** What was stored. */
  record Stored(String sha256, long sizeBytes, boolean alreadyPresent) {}

  /**
   * Reads the stream to its end and stores it, at most {@code maxBytes}.
   *
   * @throws IOException also when the stream is longer than {@code maxBytes}; nothing is kept then
   */
  Stored put(InputStream in, long maxBytes) throws IOException;

  InputStream open(String sha256) throws IOException;

  /**
   * A local path of the file for readers that need random access (zip-based spreadsheets,
   * databases); the path stays valid while the file is stored.
   */
  Path localPath(String sha256) throws IOException;

  boolean contains(String sha256);

  /**
   * The SHA-256 of the bytes stored under {@code sha256} now (one streamed read): equal to it
   * unless the file changed on disk.
   */
  String rehash(String sha256) throws IOException;

  /** A stored file and when it was stored. */
  record Entry(String sha256, long sizeBytes, Instant storedAt) {}

  /** Every stored file. */
  List<Entry> entries() throws IOException;

  /** Removes a stored file; the caller has made sure nothing refers to it. */
  void delete(String sha256) throws IOException;

  /**
   * Removes what uploads cut short by a crash left behind, if untouched since {@code before} (an
   * upload of another process may be under way).
   */
  Swept removeUnfinished(Instant before) throws IOException;
}
