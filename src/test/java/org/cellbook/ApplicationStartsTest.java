package org.cellbook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import org.cellbook.base.RecordFinder;
import org.cellbook.measurements.MeasurementSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ApplicationStartsTest {

  @Autowired RecordFinder finder;
  @Autowired MultipartConfigElement multipart;
  @Autowired MeasurementSettings measurements;

  @Test
  void startsOnAnEmptyNotebookMigratedByFlyway() {
    assertThat(finder.find("nothing-like-this", 5)).isEmpty();
  }

  @Test
  void theServletContainerAcceptsUploadsAsLargeAsTheMeasurementsDo() {
    long maxUploadBytes = measurements.maxUploadMb() * 1024 * 1024;
    assertThat(multipart.getMaxFileSize()).isEqualTo(maxUploadBytes);
    assertThat(multipart.getMaxRequestSize()).isEqualTo(maxUploadBytes);
  }
}
