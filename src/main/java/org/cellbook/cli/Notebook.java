package org.cellbook.cli;

import java.util.List;
import org.cellbook.Application;
import org.cellbook.security.Role;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opens the notebook in a data directory without the web server, acting as the "system" user with
 * administrator rights (whoever can run the jar on the data directory owns it anyway).
 */
final class Notebook implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  private Notebook(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static Notebook open(String dataDir) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Application.class)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .run(
                // Command-line arguments outrank ./config/application.yml, default properties
                // don't.
                "--cellbook.data-dir=" + dataDir,
                "--cellbook.demo=false",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
    return new Notebook(context);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    SecurityContextHolder.clearContext();
    context.close();
  }
}
