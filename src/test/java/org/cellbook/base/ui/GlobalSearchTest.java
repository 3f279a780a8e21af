package org.cellbook.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.cellbook.Fixtures;
import org.cellbook.base.RecordFinder;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.cellbook.synthesis.BatchSeries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** Picking a search hit opens that record's page; a series opens on the series page, chosen. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class GlobalSearchTest extends SpringBrowserlessTest {

  @Autowired Fixtures fixtures;
  @Autowired RecordFinder finder;

  @Test
  void aSeriesFoundOpensTheSeriesPageOnIt() {
    String name = Fixtures.unique("NWGC");
    BatchSeries series = fixtures.series(name);
    UI.getCurrent().navigate("cells");
    MainLayout layout = find(MainLayout.class).single();
    RecordRef hit =
        finder.find(name, 5).stream()
            .filter(r -> r.type() == RecordType.SERIES)
            .findFirst()
            .orElseThrow();
    assertThat(hit.code()).isEqualTo(series.getCode());

    layout.search.setValue(hit);

    assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
        .isEqualTo("series?code=" + series.getCode());
  }
}
