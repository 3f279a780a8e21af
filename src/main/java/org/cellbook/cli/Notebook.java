package org.cellbook.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cellbook.Application;
import org.cellbook.security.SystemUser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Opens the notebook in a data directory without the web server, acting as the "system" user with
 * administrator rights (whoever can run the jar on the data directory owns it anyway).
 */
final class Notebook implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private Notebook(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static Notebook open(DataDirOption where) {
    // Command-line arguments outrank ./config/application.yml, default properties don't; the
    // caller's own property arguments come last and win (a datasource, a log level).
    List<String> args = new ArrayList<>();
    args.add("--cellbook.data-dir=" + where.folder());
    args.add("--cellbook.demo=false");
    args.add("--logging.level.root=ERROR");
    args.add("--spring.main.banner-mode=off");
    // Vaadin's auto-configuration assumes a servlet container, which a tool has none of.
    args.add(
        "--spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    args.addAll(where.properties);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(args.toArray(String[]::new));
    return new Notebook(context);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Runs work against the notebook as the system user. */
  <T> T call(Supplier<T> work) {
    return SystemUser.call(work);
  }

  @Override
  public void close() {
    context.close();
  }
}
