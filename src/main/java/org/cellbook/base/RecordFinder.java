package org.cellbook.base;

import java.util.List;

/** Finds records of any kind by code or name; backs the global search box. */
public interface RecordFinder {

  /** Exact code matches first, then codes and names containing the text; at most {@code limit}. */
  List<RecordRef> find(String text, int limit);
}
