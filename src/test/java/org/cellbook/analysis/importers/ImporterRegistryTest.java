package org.cellbook.analysis.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.cellbook.analysis.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterRegistryTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "land/synthetic_LAND_NaHC_formation_rate.txt, LandImporter",
    "land/synthetic_LAND_NaHC_formation_rate.xlsx, LandImporter",
    "gitt/synthetic_GITT_NaHC.mpt, BiologicMptImporter",
    "cv/synthetic_CV_NaHC_1mVs_nova.txt, PotentiostatAsciiImporter",
    "cellpy__neware_uio.csv, NewareExportImporter",
    "beep__2017-05-09_test-TC-contact_CH33.csv, ArbinExportImporter",
    "navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx, ArbinExportImporter",
    "cellpy__maccor_001.txt, MaccorTextImporter",
    "beep__PredictionDiagnostics_000151_test.052, MaccorTextImporter",
    "cellpy__pec.csv, PecCsvImporter",
    "synthetic/synthetic_Na_hardcarbon_halfcell.csv, GenericDelimitedImporter",
    "navani__test.nda, NewareNdaImporter",
    "newarenda__2-1-6_61_07005012.nda, NewareNdaImporter",
    "navani__test.ndax, NewareNdaxImporter",
    "newarenda__123456789012_Unit27_Example_Data_File.ndax, NewareNdaxImporter"
  })
  void picksTheImporterByContentEvenUnderAMeaninglessName(String file, String importer)
      throws Exception {
    String ext = file.endsWith(".xlsx") ? ".xlsx" : ".dat";
    Path renamed = SharedData.copyAs(file, dir, "upload" + ext);

    ImporterRegistry.Detection<CyclerImporter> d =
        CyclerImporters.standard().detect(renamed).orElseThrow();

    assertThat(d.importer().getClass().getSimpleName()).isEqualTo(importer);
    assertThat(d.confidence()).isGreaterThanOrEqualTo(ImporterRegistry.MIN_CONFIDENCE);
  }

  @Test
  void formatNamesResolveByPrefixOrUniquePart() {
    ImporterRegistry<CyclerImporter> r = CyclerImporters.standard();
    assertThat(r.byName("land")).containsInstanceOf(LandImporter.class);
    assertThat(r.byName("NOVA")).containsInstanceOf(PotentiostatAsciiImporter.class);
    assertThat(r.byName("mpt")).containsInstanceOf(BiologicMptImporter.class);
    assertThat(r.byName("export")).isEmpty(); // Neware and Arbin: ambiguous
  }
}
