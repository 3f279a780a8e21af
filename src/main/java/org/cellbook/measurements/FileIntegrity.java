package org.cellbook.measurements;

/** What the last check of a measurement's stored files against their SHA-256 found. */
public enum FileIntegrity {
  /** Not checked since upload (files kept without analysis). */
  UNCHECKED,
  /** The bytes hashed to the recorded SHA-256 when last analysed. */
  VERIFIED,
  /** A stored file's bytes changed on disk: it is not analysed or handed out. */
  MISMATCH
}
