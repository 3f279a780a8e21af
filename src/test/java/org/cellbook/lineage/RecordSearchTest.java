package org.cellbook.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cellbook.Fixtures;
import org.cellbook.base.RecordFinder;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.cellbook.cells.Cell;
import org.cellbook.electrodes.Disc;
import org.cellbook.materials.AmountUnit;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotService;
import org.cellbook.materials.Material;
import org.cellbook.materials.MaterialKind;
import org.cellbook.materials.MaterialService;
import org.cellbook.materials.NewPurchasedLot;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.NewFile;
import org.cellbook.measurements.Technique;
import org.cellbook.synthesis.BatchSeries;
import org.cellbook.synthesis.BatchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The global search finds every kind of record by code, by name and by the start of either. */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class RecordSearchTest {

  @Autowired RecordFinder finder;
  @Autowired Fixtures fixtures;
  @Autowired BatchService batches;
  @Autowired MeasurementService measurements;

  @Autowired MaterialService materials;
  @Autowired LotService lots;

  private List<String> found(String text) {
    return finder.find(text, 20).stream().map(RecordRef::code).toList();
  }

  @Test
  void measurementsAndSeriesAreFoundLikeTheOtherRecords() throws Exception {
    String file = Fixtures.unique("channel") + ".csv";
    Measurement m =
        measurements.attachToCell(
            fixtures.halfCell().getCode(),
            null,
            List.of(
                new NewFile(
                    file,
                    () ->
                        new ByteArrayInputStream(
                            "time_s,voltage_v,current_ma\n0,1,0.1\n"
                                .getBytes(StandardCharsets.UTF_8)))),
            null);
    assertThat(found(m.getCode())).contains(m.getCode());
    assertThat(found(m.getCode().substring(0, m.getCode().length() - 1))).contains(m.getCode());
    assertThat(found(file.substring(0, 10).toLowerCase())).contains(m.getCode());
    assertThat(finder.find(m.getCode(), 5).getFirst().type()).isEqualTo(RecordType.MEASUREMENT);
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();

    String name = Fixtures.unique("NWGC");
    BatchSeries series = fixtures.series(name);
    assertThat(found(name)).contains(series.getCode());
    assertThat(found(name.substring(0, 6))).contains(series.getCode());
    assertThat(found(series.getCode())).contains(series.getCode());
    // The series' batch, named after it, is found by its name too.
    String batch = batches.batchesOf(series.getCode()).getFirst().getCode();
    assertThat(found(batches.get(batch).getName())).contains(batch);
  }

  /**
   * Found by its code and its name, each whole or by its start, typed in any case; the found entry
   * names the right kind of record.
   */
  private void findable(RecordType type, String code, String name) {
    List<String> texts =
        new ArrayList<>(
            List.of(
                code,
                code.toLowerCase(),
                code.substring(0, code.length() - 1).toLowerCase(),
                name,
                name.toLowerCase(),
                name.toUpperCase()));
    // A record named by its code (a cell, a disc) shares its name's first characters ("C-2026-")
    // with every record of its kind: its start is checked through the code above.
    if (!name.equals(code)) {
      texts.add(name.substring(0, Math.min(name.length(), 7)).toLowerCase());
    }
    for (String text : texts) {
      assertThat(finder.find(text, 20))
          .as("%s %s searched as '%s'", type, code, text)
          .contains(new RecordRef(type, code, name));
    }
  }

  @Test
  void everyKindOfRecordIsFoundByCodeOrNameWholeOrByItsStartInAnyCase() throws Exception {
    String material = Fixtures.unique("Kuranode ");
    materials.save(new Material(Fixtures.unique("Hc-"), material, MaterialKind.HOST_CARBON));
    Material m =
        materials.list(material, false).stream()
            .filter(x -> x.getName().equals(material))
            .findFirst()
            .orElseThrow();
    findable(RecordType.MATERIAL, m.getCode(), material);
    // The materials list filters as the others do: any part of the code or name, any case.
    assertThat(materials.list(m.getCode().substring(1).toLowerCase(), false)).contains(m);
    assertThat(materials.list(material.substring(3).toUpperCase(), false)).contains(m);
    Lot lot =
        lots.registerPurchase(
            new NewPurchasedLot(
                m.getCode(), AmountUnit.GRAM, 5.0, null, null, LocalDate.now(), null, null, null));
    findable(RecordType.LOT, lot.getCode(), material);

    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    findable(RecordType.BATCH, made.batch().getCode(), made.batch().getName());

    Cell cell = fixtures.halfCell();
    Disc disc = cell.getWorkingDisc();
    findable(RecordType.CELL, cell.getCode(), cell.getCode());
    findable(RecordType.DISC, disc.getCode(), disc.getCode());
    findable(RecordType.SHEET, disc.getSheet().getCode(), disc.getSheet().getName());

    String file = Fixtures.unique("Channel") + ".csv";
    Measurement measurement =
        measurements.attachToCell(
            cell.getCode(),
            Technique.OTHER,
            List.of(new NewFile(file, () -> new ByteArrayInputStream(new byte[] {1, 2}))),
            null);
    findable(RecordType.MEASUREMENT, measurement.getCode(), file);

    BatchSeries series = fixtures.series(Fixtures.unique("Series "));
    findable(RecordType.SERIES, series.getCode(), series.getName());
  }

  @Test
  void aNameIsFoundEvenWhenAnotherRecordHasItAsItsCode() {
    // A batch's product is catalogued as a material whose code is the batch's name (NWGC950).
    Fixtures.MadeBatch made = fixtures.pyrolysisBatch();
    String name = made.batch().getName();

    assertThat(finder.find(name, 20))
        .extracting(RecordRef::type, RecordRef::code)
        .contains(
            org.assertj.core.groups.Tuple.tuple(RecordType.MATERIAL, name),
            org.assertj.core.groups.Tuple.tuple(RecordType.BATCH, made.batch().getCode()));
  }
}
