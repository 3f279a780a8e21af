package org.cellbook;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.cellbook.cli.CellbookCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Cellbook: with a command name as the first argument it runs that command-line tool (an unknown
 * one is refused with the list); with none, {@code serve} or only options it starts the web app.
 * {@code --data-dir DIR} works in both cases.
 */
@SpringBootApplication
// Each feature's settings are one @ConfigurationProperties record beside the code that uses them.
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/cellbook.css")
public class Application implements AppShellConfigurator {

  /** The build's version from the jar's manifest; "dev" when run from compiled classes. */
  public static String version() {
    String v = Application.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  public static void main(String[] args) {
    if (CellbookCli.isCommand(args)) {
      System.exit(CellbookCli.run(args));
    }
    SpringApplication.run(Application.class, CellbookCli.serverArguments(args));
  }
}
