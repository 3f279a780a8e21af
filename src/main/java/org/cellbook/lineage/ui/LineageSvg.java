package org.cellbook.lineage.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordType;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.TraceDirection;
import org.jspecify.annotations.Nullable;

/**
 * Draws a lineage as an SVG: one column per distance from the root, upstream on the left, each node
 * a labelled box linked to its page, each flow an arrow with its quantity. Drawn on the server so
 * it needs no chart library, and shows the same in the app and in a screenshot.
 *
 * <p>Quantities sit in the gaps between columns, on a white halo, never under a box: a flow between
 * neighbouring columns is labelled at its middle, a longer one in the gap before its target; labels
 * that would overlap in a gap are pushed apart downwards.
 */
final class LineageSvg {

  static final int MAX_DRAWN = 300;
  private static final int BOX_W = 190;
  private static final int BOX_H = 40;

  /** Room between two columns for the quantities ("2.025 mg", "12.50 mL"). */
  static final int GAP = 120;

  private static final int COLUMN = BOX_W + GAP;
  private static final int ROW = 60;
  private static final int MARGIN = 20;

  /** Height a quantity's line takes; labels in one gap stay this far apart. */
  static final int LABEL_H = 13;

  /** Characters of a quantity that fit in a gap at 10 px. */
  private static final int LABEL_CHARS = 18;

  private LineageSvg() {}

  private record Box(double x, double y) {}

  /** A flow's quantity at its place; y is the text's baseline. */
  private record Label(double x, double y, String text, String title) {}

  static String render(Lineage lineage) {
    Map<Integer, List<Lineage.Node>> columns = new TreeMap<>();
    int maxDepth = 0;
    for (Lineage.Node node :
        lineage.nodes().subList(0, Math.min(MAX_DRAWN, lineage.nodes().size()))) {
      columns.computeIfAbsent(node.depth(), d -> new ArrayList<>()).add(node);
      maxDepth = Math.max(maxDepth, node.depth());
    }
    Map<String, Box> boxes = new HashMap<>();
    int rows = 0;
    for (var column : columns.entrySet()) {
      int depth = column.getKey();
      // Material flows left to right: in a back trace the root is the rightmost column.
      int col = lineage.direction() == TraceDirection.BACK ? maxDepth - depth : depth;
      List<Lineage.Node> nodes = column.getValue();
      for (int i = 0; i < nodes.size(); i++) {
        boxes.put(nodes.get(i).record().code(), new Box(MARGIN + col * COLUMN, MARGIN + i * ROW));
      }
      rows = Math.max(rows, nodes.size());
    }
    StringBuilder edges = new StringBuilder();
    List<Label> labels = new ArrayList<>();
    for (Lineage.Edge edge : lineage.edges()) {
      Box from = boxes.get(edge.from());
      Box to = boxes.get(edge.to());
      if (from == null || to == null) {
        continue;
      }
      double x1 = from.x() + BOX_W;
      double y1 = from.y() + BOX_H / 2.0;
      double x2 = to.x();
      double y2 = to.y() + BOX_H / 2.0;
      double mid = (x1 + x2) / 2;
      edges.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"#aaa\" stroke-width=\"1.3\" marker-end=\"url(#arrow)\"/>",
              x1,
              y1,
              mid,
              y1,
              mid,
              y2,
              x2,
              y2));
      if (edge.quantity() != null) {
        boolean neighbours = x2 > x1 && x2 - x1 <= GAP;
        labels.add(
            new Label(
                neighbours ? mid : x2 - GAP / 2.0,
                (neighbours ? (y1 + y2) / 2 : y2) - 3,
                clip(quantity(edge), LABEL_CHARS),
                edge.from() + " → " + edge.to() + ": " + quantity(edge)));
      }
    }
    labels = apart(labels);
    int width = MARGIN * 2 + maxDepth * COLUMN + BOX_W;
    double lowest = labels.stream().mapToDouble(Label::y).max().orElse(0);
    int height = (int) Math.ceil(Math.max(MARGIN * 2 + Math.max(rows, 1) * ROW, lowest + MARGIN));
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">"
            .formatted(width, height, width, height));
    svg.append(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#888\"/></marker></defs>");
    svg.append(edges);
    for (Label label : labels) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"flow\" x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#444\" text-anchor=\"middle\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\"><title>%s</title>%s</text>",
              label.x(),
              label.y(),
              escape(label.title()),
              escape(label.text())));
    }
    for (Lineage.Node node : lineage.nodes()) {
      Box box = boxes.get(node.record().code());
      if (box == null) {
        continue;
      }
      boolean root = node.depth() == 0;
      svg.append("<a href=\"")
          .append(escape(node.record().route()))
          .append(root ? "\" class=\"lineage-root\">" : "\">");
      svg.append("<title>")
          .append(escape(node.record().code() + " · " + node.record().name()))
          .append("</title>");
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
              box.x(),
              box.y(),
              BOX_W,
              BOX_H,
              fill(node.record().type()),
              root ? "#1a3a6b" : "#7a8a9a",
              root ? "2.5" : "1"));
      // A withdrawn record keeps its place, struck through and labelled.
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"600\"%s>%s</text>",
              box.x() + 8,
              box.y() + 16,
              node.withdrawn() ? " text-decoration=\"line-through\"" : "",
              escape(clip(node.record().code(), 26))));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%s · %s</text>",
              box.x() + 8,
              box.y() + 32,
              node.withdrawn() ? "#a11" : "#444",
              node.withdrawn() ? "withdrawn" : node.record().type().jsonName(),
              escape(clip(node.record().name(), 22))));
      svg.append("</a>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  /**
   * The labels with those sharing a gap moved down until none overlaps the one above it, in their
   * order from the top.
   */
  private static List<Label> apart(List<Label> labels) {
    List<Label> sorted =
        labels.stream()
            .sorted(Comparator.comparingDouble(Label::x).thenComparingDouble(Label::y))
            .toList();
    List<Label> placed = new ArrayList<>();
    for (Label label : sorted) {
      double y = label.y();
      boolean moved = true;
      while (moved) {
        moved = false;
        for (Label above : placed) {
          if (Math.abs(above.x() - label.x()) < GAP && Math.abs(y - above.y()) < LABEL_H) {
            y = above.y() + LABEL_H;
            moved = true;
          }
        }
      }
      placed.add(new Label(label.x(), y, label.text(), label.title()));
    }
    return placed;
  }

  static String quantity(Lineage.Edge edge) {
    return Numbers.plain(edge.quantity()) + " " + edge.unit();
  }

  private static String fill(RecordType type) {
    return switch (type) {
      case MATERIAL -> "#eef1f5";
      case LOT -> "#fff6dd";
      case BATCH -> "#ffe3d6";
      case SHEET -> "#e2f0e4";
      case DISC -> "#e6f4f1";
      case CELL -> "#dde8fb";
      case MEASUREMENT -> "#f1e6fb";
      case SERIES -> "#ffffff";
    };
  }

  private static String clip(@Nullable String text, int max) {
    return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
