package org.cellbook;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A feature's settings record bound as the app binds it, so a test built without Spring names only
 * the keys it changes and gets the real defaults for the rest.
 */
public final class TestSettings {

  private TestSettings() {}

  /**
   * @param properties full keys and their values: {@code "cellbook.reports.workers", "1", …}
   */
  public static <T> T bind(Class<T> type, Object... properties) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < properties.length; i += 2) {
      values.put(properties[i].toString(), properties[i + 1].toString());
    }
    String prefix = type.getAnnotation(ConfigurationProperties.class).value();
    return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(prefix, type);
  }
}
