package org.cellbook.reports;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.Shape;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.cellbook.measurements.plots.Plot;
import org.jfree.chart.JFreeChart;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Lays out a filled-in report template as a PDF/A-2b document: HTML parsed leniently (jsoup), laid
 * out by openhtmltopdf on PDFBox with the DejaVu fonts embedded and an sRGB output intent. Each
 * {@code <object type="cellbook/plot" data-plot="KEY">} is drawn from the plot definition under KEY
 * by JFreeChart through PDFBox's Graphics2D bridge: vector paths and real text, never a bitmap.
 */
final class HtmlToPdf {

  static final String PLOT_TYPE = "cellbook/plot";

  /** The sRGB profile the JDK carries; PDF/A needs one as the output intent. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  static {
    // openhtmltopdf logs to java.util.logging with its own console handler; send it through SLF4J
    // so the application's log levels apply.
    XRLog.setLoggerImpl(new Slf4jLogger());
  }

  private HtmlToPdf() {}

  static void write(String html, String baseUri, Map<String, Plot> plots, OutputStream out)
      throws IOException {
    org.jsoup.nodes.Document parsed = Jsoup.parse(html, baseUri);
    // openhtmltopdf logs and skips a drawer's failure; a wrong plot name must stop the report.
    for (org.jsoup.nodes.Element object : parsed.select("object[type=" + PLOT_TYPE + "]")) {
      String key = object.attr("data-plot");
      if (!plots.containsKey(key)) {
        throw new ReportTemplateException(
            "Report template names plot \"%s\", which this record does not have (it has: %s)"
                .formatted(key, plots.isEmpty() ? "none" : String.join(", ", plots.keySet())),
            null);
      }
    }
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer(PLOT_TYPE, new PlotDrawer(plots));
    PdfRendererBuilder builder = new PdfRendererBuilder();
    for (ReportFonts.Face face : ReportFonts.FACES) {
      builder.useFont(
          face::open,
          face.family(),
          face.weight(),
          face.italic()
              ? BaseRendererBuilder.FontStyle.ITALIC
              : BaseRendererBuilder.FontStyle.NORMAL,
          true);
    }
    builder
        .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
        .useColorProfile(SRGB)
        .withProducer("Cellbook (openhtmltopdf, Apache PDFBox)")
        .useObjectDrawerFactory(drawers)
        .withW3cDocument(new W3CDom().fromJsoup(parsed), baseUri)
        .toStream(out)
        .run();
  }

  /** Draws the plot an object element names, filling the box the layout gave it. */
  private record PlotDrawer(Map<String, Plot> plots) implements FSObjectDrawer {

    @Override
    public @Nullable Map<Shape, String> drawObject(
        Element e,
        double x,
        double y,
        double width,
        double height,
        OutputDevice device,
        RenderingContext ctx,
        int dotsPerPixel) {
      Plot plot = plots.get(e.getAttribute("data-plot"));
      JFreeChart chart = PlotCharts.chart(plot);
      float w = (float) (width / dotsPerPixel);
      float h = (float) (height / dotsPerPixel);
      device.drawWithGraphics(
          (float) x, (float) y, w, h, g -> chart.draw(g, new Rectangle2D.Float(0, 0, w, h)));
      return null;
    }
  }
}
