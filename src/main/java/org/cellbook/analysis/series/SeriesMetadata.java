package org.cellbook.analysis.series;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an instrument file says about itself besides the records.
 *
 * @param format detected file format, e.g. "BioLogic .mpt", "LAND .xlsx (Record/Step/Cycle)"
 * @param instrument maker and model when the file names them, else the maker
 * @param channel channel or cell id as written in the file, may be null
 * @param startTime start of the test when the file gives it, may be null
 * @param activeMassMilligrams active mass written in the file, may be null
 * @param comments free-text comments from the file header
 * @param extra any other header fields, kept verbatim
 * @param warnings things the importer had to assume or repair (e.g. "3 empty rows skipped")
 */
public record SeriesMetadata(
    String format,
    String instrument,
    @Nullable String channel,
    @Nullable Instant startTime,
    @Nullable Double activeMassMilligrams,
    List<String> comments,
    Map<String, String> extra,
    List<String> warnings) {

  public SeriesMetadata {
    comments = List.copyOf(comments);
    extra = Map.copyOf(extra);
    warnings = List.copyOf(warnings);
  }
}
