package org.cellbook.storage;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs before any bean, so before H2 reads its system properties: the database server that lets
 * command-line tools share an open notebook listens on the loopback interface only (H2's {@code
 * AUTO_SERVER} otherwise listens on every interface).
 */
class StorageEnvironment implements EnvironmentPostProcessor {

  static final String BIND_ADDRESS = "h2.bindAddress";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (System.getProperty(BIND_ADDRESS) == null) {
      System.setProperty(BIND_ADDRESS, "127.0.0.1");
    }
  }
}
