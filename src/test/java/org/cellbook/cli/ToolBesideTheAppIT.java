package org.cellbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cellbook.Fixtures;
import org.cellbook.RealServerTest;
import org.cellbook.security.SystemUser;
import org.cellbook.storage.StorageSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged command-line tool, in a process of its own, opens the notebook the running app has
 * open: through the app's database server on the loopback interface, with the folder's password,
 * and reads what the app wrote a moment before.
 */
class ToolBesideTheAppIT extends RealServerTest {

  @Autowired Fixtures fixtures;

  @Autowired StorageSettings storage;

  @Test
  void theToolListsWhatTheRunningAppJustWrote() throws Exception {
    String cell = SystemUser.call(() -> fixtures.halfCell().getCode());
    Path jar = Path.of(System.getProperty("cellbook.jar", "target/cellbook-0.1.0-SNAPSHOT.jar"));
    assertThat(jar).as("the packaged application").exists();

    Process tool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "list",
                "cells",
                "--json",
                "--data-dir",
                storage.dataDir().toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tool.exitValue()).as("list cells: %s", out).isZero();

    List<String> codes = new ArrayList<>();
    JsonMapper.builder().build().readTree(out).forEach(c -> codes.add(c.path("code").asString()));
    assertThat(codes).contains(cell);
  }
}
