package org.cellbook.measurements;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where raw files and parsed series live: beside the database in the data directory. */
@Configuration
class MeasurementConfiguration {

  @Bean
  FileStore fileStore(@Value("${cellbook.data-dir}") Path dataDir) {
    return new LocalFileStore(dataDir.resolve("files"));
  }

  @Bean
  SeriesStore seriesStore(@Value("${cellbook.data-dir}") Path dataDir) {
    return new SeriesStore(dataDir.resolve("series"));
  }
}
