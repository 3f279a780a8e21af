package org.cellbook.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the notebook lives ({@code cellbook.data-dir}).
 *
 * @param dataDir the notebook folder: the database, the raw-file store ({@code files/}) and the
 *     parsed series ({@code series/}); a relative path is taken from the folder the app starts in
 */
@ConfigurationProperties("cellbook")
public record StorageSettings(@DefaultValue("./data") Path dataDir) {

  /** The folder as an absolute path, as the embedded database needs it. */
  public Path folder() {
    return DataFolder.resolve(dataDir.toString());
  }
}
