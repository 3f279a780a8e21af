package org.cellbook.electrodes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The disc quick-entry box reads a line as typed by hand or pasted from a spreadsheet. */
class QuickEntryFieldsTest {

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "12, 14.2, 8.1    | 12 14.2 8.1",
        "12,14.2,8.1      | 12 14.2 8.1",
        "12 14.2 8.1      | 12 14.2 8.1",
        "12\t14.2\t8.1    | 12 14.2 8.1",
        "12;14,2;8,1      | 12 14.2 8.1",
        "12\t14,2\t8,1    | 12 14.2 8.1",
        "12 14,2          | 12 14.2",
        "12, 14, 8        | 12 14 8",
      })
  void commasSeparateOrAreDecimalAsTheLineShows(String line, String expected) {
    assertThat(String.join(" ", SheetView.fields(line))).isEqualTo(expected);
  }
}
