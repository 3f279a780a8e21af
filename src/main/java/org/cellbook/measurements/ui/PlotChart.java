package org.cellbook.measurements.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.measurements.plots.Plot;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link Plot} drawn in the browser by Apache ECharts, loaded at run time from its webjar: a
 * read-out of the nearest points with their units, zoom (Ctrl + wheel, ⌘ + wheel on a Mac, the box
 * tool) with a reset button, legend toggles, PNG and SVG export, and a logarithmic x axis where the
 * plot offers one. The plain wheel scrolls the page, as everywhere else. The server sends only the
 * already-reduced curves.
 */
public class PlotChart extends Div {

  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** "Capacity (mAh g⁻¹)": the quantity, then its unit in the last parentheses. */
  private static final Pattern WITH_UNIT = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");

  /**
   * Waits for the library, draws, follows the element's size and offers an SVG download. $0 the
   * option, $1 the file name, $2 the read-out of each axis ({name, unit}).
   */
  private static final String DRAW =
      """
      const el = this;
      const option = JSON.parse($0);
      const readout = JSON.parse($2);
      const sup = {'-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵',
        '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹'};
      // Four significant figures; powers of ten outside 0.001–100,000.
      const num = v => {
        if (!Number.isFinite(v)) return '–';
        const a = Math.abs(v);
        if (a === 0 || (a >= 1e-3 && a < 1e5)) return String(Number(v.toPrecision(4)));
        const [m, e] = v.toExponential(2).split('e');
        return Number(m) + ' × 10' + e.replace('+', '').replace(/./g, c => sup[c]);
      };
      const part = (v, axis) => axis.unit
        ? num(v) + (axis.unit === '°' ? '' : ' ') + axis.unit
        : axis.name + ' ' + num(v);
      // Each shown curve's point nearest the pointer, measured in fractions of the axes (log
      // axes in decades); the closest curves first, the far ones left out. The axis trigger
      // hands over only the curves nearest in x, so every curve the legend shows is searched.
      option.tooltip.formatter = () => {
        const chart = echarts.getInstanceByDom(el);
        if (!el.$pointer || !chart) return '';
        const at = chart.convertFromPixel({gridIndex: 0}, el.$pointer);
        const model = chart.getModel();
        const scale = (axis, v) => option[axis].type === 'log' ? Math.log10(v) : v;
        const span = axis => {
          const e = model.getComponent(axis).axis.scale.getExtent();
          return Math.abs(scale(axis, e[1]) - scale(axis, e[0])) || 1;
        };
        const sx = span('xAxis');
        const sy = span('yAxis');
        const hits = [];
        model.eachSeries(s => {
          let best = null;
          for (const d of option.series[s.seriesIndex].data) {
            const dx = (scale('xAxis', d[0]) - scale('xAxis', at[0])) / sx;
            const dy = (scale('yAxis', d[1]) - scale('yAxis', at[1])) / sy;
            const far = dx * dx + dy * dy;
            if (!best || far < best.far) best = {far, d};
          }
          if (best) {
            const style = s.getData().getVisual('style') || {};
            best.color = style.stroke && style.stroke !== 'none' ? style.stroke : style.fill;
            best.name = s.name;
            hits.push(best);
          }
        });
        hits.sort((a, b) => a.far - b.far);
        const near = hits.filter((h, k) => k === 0 || h.far < 0.0025).slice(0, 4);
        return near.map(h => '<span style="display:inline-block;width:10px;height:10px;'
            + 'border-radius:5px;margin-right:5px;background:' + h.color + '"></span>'
            + [h.name, part(h.d[1], readout.y), part(h.d[0], readout.x)].join(' · '))
          .join('<br>');
      };
      option.tooltip.axisPointer.label = {formatter: p => num(Number(p.value))};
      if (option.yAxis.type === 'log') {
        option.yAxis.axisLabel = {formatter: v => Number(v).toExponential(0)};
      }
      if (option.xAxis.type === 'log') {
        option.xAxis.axisLabel = {formatter: v => num(Number(v))};
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
      // The zoom key: ⌘ on a Mac, Ctrl elsewhere.
      const zoomKey = /Mac|iPhone|iPad/.test(navigator.platform) ? 'metaKey' : 'ctrlKey';
      option.dataZoom.forEach(z => { z.zoomOnMouseWheel = zoomKey === 'metaKey' ? 'meta' : 'ctrl'; });
      const draw = () => {
        if (!window.echarts) { setTimeout(draw, 50); return; }
        const chart = echarts.getInstanceByDom(el) || echarts.init(el);
        chart.setOption(option, true);
        if (!el.$resize) {
          el.$resize = new ResizeObserver(() => chart.resize());
          el.$resize.observe(el);
          // Captured before the chart sees the move, so the read-out uses this position.
          el.addEventListener('mousemove', e => {
            const box = el.getBoundingClientRect();
            el.$pointer = [e.clientX - box.left, e.clientY - box.top];
          }, {capture: true});
          // ECharts cancels every wheel over a zoomable chart, zooming or not: the plain wheel is
          // kept from it, so it scrolls the page.
          for (const type of ['wheel', 'mousewheel']) {
            el.addEventListener(type, e => {
              if (!e[zoomKey]) e.stopPropagation();
            }, {capture: true});
          }
        }
      };
      draw();
      """;

  private static final String RESET_ZOOM =
      """
      const chart = window.echarts && echarts.getInstanceByDom(this);
      if (chart) chart.dispatchAction({type: 'dataZoom', start: 0, end: 100});
      """;

  final Button resetZoom = new Button("Reset zoom");

  /** A logarithmic x axis, offered only where the plot says it makes sense. */
  final Checkbox logX = new Checkbox();

  private final Plot plot;
  private final Div canvas = new Div();

  public PlotChart(Plot plot) {
    this.plot = plot;
    addClassName("plot-chart");
    getElement().setAttribute("data-plot", plot.id());
    canvas.addClassName("plot-canvas");
    Span hint = new Span("Zoom: Ctrl/⌘ + wheel or the box tool");
    hint.addClassName("plot-hint");
    resetZoom.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
    resetZoom.addClickListener(e -> canvas.getElement().executeJs(RESET_ZOOM));
    Div tools = new Div(hint, resetZoom);
    tools.addClassName("plot-tools");
    if (plot.logXOffered()) {
      logX.setLabel("Logarithmic scale: " + plot.xLabel());
      logX.addValueChangeListener(e -> draw());
      tools.add(logX);
    }
    add(canvas, tools);
  }

  public Plot plot() {
    return plot;
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().getPage().addJavaScript(ECHARTS);
    draw();
  }

  private void draw() {
    ObjectNode readout = JSON.createObjectNode();
    readout.set("x", readoutJson(plot.xLabel()));
    readout.set("y", readoutJson(plot.yLabel()));
    canvas
        .getElement()
        .executeJs(
            DRAW,
            option(plot, plot.logXOffered() && logX.getValue()),
            plot.id(),
            JSON.writeValueAsString(readout));
  }

  /** What a read-out calls an axis's values: "212 mAh g⁻¹" with a unit, "Cycle 3" without. */
  record Readout(String name, String unit) {}

  /**
   * The quantity and unit of an axis title. A logarithm's parentheses name the unit of its argument
   * (log₁₀ v (mV s⁻¹)), not of the value, so a logarithm reads as a bare number.
   */
  static Readout readout(String label) {
    Matcher m = WITH_UNIT.matcher(label.strip());
    if (!m.matches()) {
      return new Readout(label.strip(), "");
    }
    return m.group(1).startsWith("log")
        ? new Readout(m.group(1), "")
        : new Readout(m.group(1), m.group(2));
  }

  private static ObjectNode readoutJson(String label) {
    Readout r = readout(label);
    return JSON.createObjectNode().put("name", r.name()).put("unit", r.unit());
  }

  /** The ECharts option of a plot with linear x, as JSON. */
  static String option(Plot plot) {
    return option(plot, false);
  }

  /**
   * The ECharts option of a plot, as JSON. A logarithmic x axis drops the points at x ≤ 0, which it
   * cannot place.
   */
  static String option(Plot plot, boolean logX) {
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
    // Axis trigger: a line's points are hidden, so an item tooltip would never show on a curve.
    ObjectNode tooltip = o.putObject("tooltip").put("trigger", "axis").put("confine", true);
    tooltip.putObject("axisPointer").put("type", "cross");
    o.putObject("legend").put("type", "scroll").put("bottom", 0);
    o.putObject("grid").put("left", 80).put("right", 30).put("top", 90).put("bottom", 75);
    ObjectNode feature = o.putObject("toolbox").put("right", 10).putObject("feature");
    feature.putObject("dataZoom");
    feature.putObject("restore");
    feature.putObject("saveAsImage").put("type", "png").put("name", plot.id());
    ArrayNode zoom = o.putArray("dataZoom");
    for (String axis : new String[] {"xAxisIndex", "yAxisIndex"}) {
      // The plain wheel scrolls the page; zooming takes Ctrl (⌘ on a Mac, set in the browser).
      zoom.addObject()
          .put("type", "inside")
          .put(axis, 0)
          .put("filterMode", "none")
          .put("zoomOnMouseWheel", "ctrl")
          .put("moveOnMouseWheel", false);
    }
    axis(o.putObject("xAxis"), plot.xLabel(), logX, 32);
    axis(o.putObject("yAxis"), plot.yLabel(), plot.logY(), 60);
    // The read-out is redrawn only when an axis's nearest point changes: let y count too.
    o.withObject("/yAxis").putObject("axisPointer").put("triggerTooltip", true);
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
        if (Double.isFinite(c.x()[k])
            && Double.isFinite(c.y()[k])
            && (!logX || c.x()[k] > 0)
            && (!plot.logY() || c.y()[k] > 0)) {
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
