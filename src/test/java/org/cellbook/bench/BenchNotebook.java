package org.cellbook.bench;

import java.nio.file.Path;
import org.cellbook.Application;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A benchmark's notebook: the application without web server or Vaadin, on its own data dir. */
final class BenchNotebook {

  private BenchNotebook() {}

  static ConfigurableApplicationContext open(Path dataDir) {
    return new SpringApplicationBuilder(Application.class)
        .web(WebApplicationType.NONE)
        .run(
            "--cellbook.data-dir=" + dataDir,
            "--logging.level.root=WARN",
            "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
  }
}
