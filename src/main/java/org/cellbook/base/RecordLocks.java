package org.cellbook.base;

/**
 * Whether a record may still be changed. Every service method that edits or withdraws a record asks
 * first; a signed record is locked until it is amended with a reason.
 */
public interface RecordLocks {

  /** Throws {@link RecordLockedException} (naming who signed and when) if the record is locked. */
  void requireEditable(RecordType type, String code);

  /** Whether the record is locked now: pages hide their edit actions. */
  boolean isLocked(RecordType type, String code);
}
