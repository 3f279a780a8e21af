package org.cellbook.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.cellbook.demo.DemoNotebook;
import org.cellbook.measurements.MeasurementService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Loads the reference study's demo notebook and the demo users (admin/admin,"
            + " researcher/researcher, viewer/viewer) into the data directory. Safe to repeat.")
final class DemoCommand implements Callable<Integer> {

  @Mixin DataDirOption dataDir;

  @Override
  public Integer call() throws InterruptedException {
    try (Notebook notebook = Notebook.open(dataDir)) {
      boolean loaded = notebook.call(notebook.bean(DemoNotebook.class)::load);
      if (loaded
          && !notebook.bean(MeasurementService.class).awaitAnalyses(Duration.ofMinutes(10))) {
        System.out.println(
            "Some demo measurements are still queued; they finish at the next start");
      }
      System.out.println(
          loaded
              ? "Demo notebook loaded into " + dataDir.folder()
              : "Demo notebook already present in " + dataDir.folder() + "; nothing changed");
    }
    return 0;
  }
}
