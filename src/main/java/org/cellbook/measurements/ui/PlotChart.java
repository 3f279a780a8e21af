package org.cellbook.measurements.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import org.cellbook.measurements.plots.Plot;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Plot} drawn in the browser by Apache ECharts, loaded at run time from its webjar: zoom
 * (wheel and box), hover read-out, legend toggles, PNG and SVG export. The server sends only the
 * already-reduced curves.
 */
public class PlotChart extends Div {

  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Waits for the library, draws, follows the element's size and offers an SVG download. */
  private static final String DRAW =
      """
      const el = this;
      const option = JSON.parse($0);
      if (option.yAxis.type === 'log') {
        option.yAxis.axisLabel = {formatter: v => Number(v).toExponential(0)};
      }
      option.toolbox.feature.mySvg = {
        show: true, title: 'Save as SVG', icon: 'path://M2 2h20v20H2z M6 12h12 M12 6v12',
        onclick: () => {
          const box = document.createElement('div');
          box.style.width = el.clientWidth + 'px';
          box.style.height = el.clientHeight + 'px';
          const svg = echarts.init(box, null, {renderer: 'svg'});
          const copy = JSON.parse($0);
          copy.animation = false;
          delete copy.toolbox;
          svg.setOption(copy);
          const a = document.createElement('a');
          a.href = svg.getDataURL({type: 'svg'});
          a.download = $1 + '.svg';
          a.click();
          svg.dispose();
        }
      };
      const draw = () => {
        if (!window.echarts) { setTimeout(draw, 50); return; }
        const chart = echarts.getInstanceByDom(el) || echarts.init(el);
        chart.setOption(option, true);
        if (!el.$resize) {
          el.$resize = new ResizeObserver(() => chart.resize());
          el.$resize.observe(el);
        }
      };
      draw();
      """;

  private final Plot plot;

  public PlotChart(Plot plot) {
    this.plot = plot;
    addClassName("plot-chart");
    getElement().setAttribute("data-plot", plot.id());
  }

  public Plot plot() {
    return plot;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().getPage().addJavaScript(ECHARTS);
    getElement().executeJs(DRAW, option(plot), plot.id());
  }

  /** The ECharts option of a plot, as JSON. */
  static String option(Plot plot) {
    ObjectNode o = JSON.createObjectNode();
    o.put("animation", false);
    ObjectNode title =
        o.putObject("title")
            .put("text", plot.title())
            .put("subtext", plot.note() == null ? "" : plot.note())
            .put("left", 10);
    title.putObject("textStyle").put("fontSize", 14);
    // long notes wrap instead of running under the toolbox, their lines apart
    title
        .putObject("subtextStyle")
        .put("width", 380)
        .put("overflow", "break")
        .put("lineHeight", 15);
    o.putObject("tooltip").put("trigger", "item");
    o.putObject("legend").put("type", "scroll").put("bottom", 0);
    o.putObject("grid").put("left", 80).put("right", 30).put("top", 90).put("bottom", 75);
    ObjectNode feature = o.putObject("toolbox").put("right", 10).putObject("feature");
    feature.putObject("dataZoom");
    feature.putObject("restore");
    feature.putObject("saveAsImage").put("type", "png").put("name", plot.id());
    ArrayNode zoom = o.putArray("dataZoom");
    zoom.addObject().put("type", "inside").put("xAxisIndex", 0).put("filterMode", "none");
    zoom.addObject().put("type", "inside").put("yAxisIndex", 0).put("filterMode", "none");
    axis(o.putObject("xAxis"), plot.xLabel(), false, 32);
    axis(o.putObject("yAxis"), plot.yLabel(), plot.logY(), 60);
    ArrayNode series = o.putArray("series");
    for (Plot.Curve c : plot.curves()) {
      ObjectNode s = series.addObject();
      s.put("name", c.name());
      boolean points = c.style() == Plot.Style.POINTS;
      s.put("type", points ? "scatter" : "line");
      s.put("symbolSize", points ? 6 : 0);
      s.put("showSymbol", points);
      if (c.style() == Plot.Style.FIT) {
        s.putObject("lineStyle").put("type", "dashed");
      }
      ArrayNode data = s.putArray("data");
      for (int k = 0; k < c.x().length; k++) {
        if (Double.isFinite(c.x()[k]) && Double.isFinite(c.y()[k])) {
          data.addArray().add(c.x()[k]).add(c.y()[k]);
        }
      }
    }
    return JSON.writeValueAsString(o);
  }

  private static void axis(ObjectNode a, String name, boolean log, int gap) {
    a.put("type", log ? "log" : "value")
        .put("name", name)
        .put("nameLocation", "middle")
        .put("nameGap", gap)
        .put("scale", true);
  }
}
