package org.cellbook.measurements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.FileRemovedEvent;
import com.vaadin.flow.component.upload.UploadTester;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.cellbook.Fixtures;
import org.cellbook.analysis.testdata.SharedData;
import org.cellbook.cells.Cell;
import org.cellbook.measurements.ImageFormat;
import org.cellbook.measurements.Measurement;
import org.cellbook.measurements.MeasurementService;
import org.cellbook.measurements.MeasurementStatus;
import org.cellbook.measurements.Technique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Files through the upload component as the browser sends them: a file that broke off never joins
 * the files to attach, and pictures are told by their bytes and shown as pictures.
 */
@SpringBootTest
@WithMockUser(username = "ana", roles = "RESEARCHER")
class UploadsAndImagesTest extends SpringBrowserlessTest {

  @Autowired MeasurementService measurements;
  @Autowired Fixtures fixtures;

  private MeasurementsPanel panelOf(Cell cell) {
    UI.getCurrent().navigate("cells/" + cell.getCode());
    return find(MeasurementsPanel.class).single();
  }

  private static byte[] picture(String format) throws IOException {
    BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 2, 0xff8800);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, format, out)).isTrue();
    return out.toByteArray();
  }

  @Test
  void aFileThatBrokeOffIsNamedAndNotAttachedWithTheNextOne() throws Exception {
    Cell cell = fixtures.halfCell();
    MeasurementsPanel panel = panelOf(cell);
    UploadTester<?> upload = test(panel.upload);

    upload.uploadFailed("channel1.txt", "text/plain");
    assertThat(panel.pending).isEmpty();
    assertThat(test(find(Notification.class).single()).getText())
        .startsWith("channel1.txt was not received")
        .endsWith("drop it again");

    upload.upload(
        "NaHC_formation.txt",
        "text/plain",
        Files.readAllBytes(SharedData.file("land/synthetic_LAND_NaHC_formation_rate.txt")));
    assertThat(panel.pending)
        .extracting(MeasurementsPanel.Pending::name)
        .containsExactly("NaHC_formation.txt");
    test(panel.attach).click();

    Measurement m = measurements.ofCell(cell.getCode()).getFirst();
    assertThat(m.getFiles())
        .extracting(f -> f.getOriginalName())
        .containsExactly("NaHC_formation.txt");
    assertThat(panel.pending).isEmpty();
    assertThat(measurements.awaitAnalyses(Duration.ofSeconds(60))).isTrue();
  }

  @Test
  void aFileRemovedFromTheListIsNotAttached() throws Exception {
    Cell cell = fixtures.halfCell();
    MeasurementsPanel panel = panelOf(cell);
    test(panel.upload).upload("first.png", "image/png", picture("png"));
    test(panel.upload).upload("second.png", "image/png", picture("png"));
    ComponentUtil.fireEvent(panel.upload, new FileRemovedEvent(panel.upload, "first.png"));

    assertThat(panel.pending)
        .extracting(MeasurementsPanel.Pending::name)
        .containsExactly("second.png");
    assertThat(panel.recognised.getChildren().map(c -> ((ListItem) c).getText()))
        .containsExactly("second.png: PNG image");
    test(panel.attach).click();
    assertThat(measurements.ofCell(cell.getCode()).getFirst().getFiles())
        .extracting(f -> f.getOriginalName())
        .containsExactly("second.png");
  }

  @Test
  void picturesAreToldByTheirBytesAndShownWithoutAnalysisSettings() throws Exception {
    Cell cell = fixtures.halfCell();
    MeasurementsPanel panel = panelOf(cell);
    // Named as a microscope or phone names them: the name says nothing about the format.
    test(panel.upload).upload("IMG_0042", "application/octet-stream", picture("jpg"));
    assertThat(panel.recognised.getChildren().map(c -> ((ListItem) c).getText()))
        .containsExactly("IMG_0042: JPEG image");
    test(panel.attach).click();

    Measurement m = measurements.ofCell(cell.getCode()).getFirst();
    assertThat(m.getTechnique()).isEqualTo(Technique.IMAGE);
    assertThat(m.getStatus()).isEqualTo(MeasurementStatus.STORED);
    assertThat(measurements.imageFormat(m.getCode(), 1)).contains(ImageFormat.JPEG);

    MeasurementView view = navigate("measurements/" + m.getCode(), MeasurementView.class);
    assertThat(find(Image.class).all()).hasSize(1);
    assertThat(find(Image.class).single().getAlt()).contains("IMG_0042");
    assertThat(view.reanalyse.isAttached()).isFalse();
    assertThat(view.activeMass.isAttached()).isFalse();
  }

  @Test
  void imageFormatsAreToldByTheirFirstBytes() throws Exception {
    assertThat(ImageFormat.of(picture("png"))).contains(ImageFormat.PNG);
    assertThat(ImageFormat.of(picture("jpg"))).contains(ImageFormat.JPEG);
    assertThat(ImageFormat.of(picture("tiff")).map(ImageFormat::mediaType)).contains("image/tiff");
    assertThat(ImageFormat.of("time_s,voltage_v\n".getBytes())).isEmpty();
    assertThat(ImageFormat.of(new byte[] {(byte) 0x89})).isEmpty();
  }
}
