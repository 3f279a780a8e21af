package org.cellbook.analysis.importers;

import java.io.Closeable;
import java.io.IOException;

/**
 * Row-by-row access to a table of records, from delimited text or a spreadsheet sheet. Numbers are
 * read without creating strings where the source allows it.
 */
interface RecordTable extends Closeable {

  /** Advances to the next non-blank row. */
  boolean next() throws IOException;

  /** Number of fields in the current row. */
  int fieldCount();

  /** True when the field is absent or empty. */
  boolean isBlank(int column);

  /** The field as a number, NaN when blank or not a number. */
  double number(int column);

  /** The field as text ("" when absent). */
  String text(int column);

  /** 1-based line (text) or row (sheet) number of the current row. */
  long rowNumber();

  @Override
  void close() throws IOException;
}
