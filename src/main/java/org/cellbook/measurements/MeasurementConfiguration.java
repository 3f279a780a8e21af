package org.cellbook.measurements;

import org.cellbook.storage.StorageSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where raw files and parsed series live: beside the database in the data directory. */
@Configuration
class MeasurementConfiguration {

  @Bean
  FileStore fileStore(StorageSettings storage) {
    return new LocalFileStore(storage.dataDir().resolve("files"));
  }

  @Bean
  SeriesStore seriesStore(StorageSettings storage) {
    return new SeriesStore(storage.dataDir().resolve("series"));
  }
}
