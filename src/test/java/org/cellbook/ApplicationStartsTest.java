package org.cellbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.cellbook.base.RecordFinder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ApplicationStartsTest {

  @Autowired RecordFinder finder;

  @Test
  void startsOnAnEmptyNotebookMigratedByFlyway() {
    assertThat(finder.find("nothing-like-this", 5)).isEmpty();
  }
}
