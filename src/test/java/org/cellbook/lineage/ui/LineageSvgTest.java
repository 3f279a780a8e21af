package org.cellbook.lineage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cellbook.base.RecordRef;
import org.cellbook.base.RecordType;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.TraceDirection;
import org.junit.jupiter.api.Test;

/** The trace graph keeps every quantity readable: in the gaps, apart, the traced record marked. */
class LineageSvgTest {

  private static final Pattern FLOW =
      Pattern.compile("<text class=\"flow\" x=\"([\\d.]+)\" y=\"([\\d.]+)\"[^>]*><title>");
  private static final Pattern BOX =
      Pattern.compile("<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"(\\d+)\" height=\"(\\d+)\"");

  private static Lineage.Node node(RecordType type, String code, int depth) {
    return new Lineage.Node(new RecordRef(type, code, code.toLowerCase()), depth, false);
  }

  /** A cell traced back: its disc, the disc's sheet, and the four lots in the cell itself. */
  private static Lineage cellBack() {
    List<Lineage.Node> nodes =
        List.of(
            node(RecordType.CELL, "C-1", 0),
            node(RecordType.DISC, "E-1-D1", 1),
            node(RecordType.LOT, "NA-1", 1),
            node(RecordType.LOT, "SEP-1", 1),
            node(RecordType.LOT, "EL-1", 1),
            node(RecordType.SHEET, "E-1", 2),
            node(RecordType.LOT, "HC-1", 3),
            node(RecordType.LOT, "CMC-1", 3));
    List<Lineage.Edge> edges =
        List.of(
            new Lineage.Edge("E-1-D1", "C-1", 2.025, "mg"),
            new Lineage.Edge("NA-1", "C-1", 50.0, "mL"),
            new Lineage.Edge("SEP-1", "C-1", 1.0, "pc"),
            new Lineage.Edge("EL-1", "C-1", 0.08, "mL"),
            new Lineage.Edge("E-1", "E-1-D1", null, null),
            new Lineage.Edge("HC-1", "E-1", 900.0, "mg"),
            new Lineage.Edge("CMC-1", "E-1", 100.0, "mg"));
    return new Lineage(nodes.getFirst().record(), TraceDirection.BACK, nodes, edges, false);
  }

  @Test
  void quantitiesSitInTheGapsBetweenBoxesWithoutOverlapping() {
    String svg = LineageSvg.render(cellBack());
    List<double[]> labels = new ArrayList<>();
    Matcher m = FLOW.matcher(svg);
    while (m.find()) {
      labels.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }
    assertThat(labels).hasSize(6);
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        boolean sameGap = Math.abs(labels.get(i)[0] - labels.get(j)[0]) < LineageSvg.GAP;
        if (sameGap) {
          assertThat(Math.abs(labels.get(i)[1] - labels.get(j)[1]))
              .as("labels %d and %d", i, j)
              .isGreaterThanOrEqualTo(LineageSvg.LABEL_H);
        }
      }
    }
    // A label's middle is at least half a label's width (the longest, "2.025 mg" at 10 px, is
    // under 50 px) away from every box's side, so no box covers it.
    Matcher b = BOX.matcher(svg);
    while (b.find()) {
      double left = Double.parseDouble(b.group(1));
      double right = left + Double.parseDouble(b.group(3));
      for (double[] label : labels) {
        assertThat(label[0] < left - 25 || label[0] > right + 25)
            .as("label at x %.0f beside the box %.0f–%.0f", label[0], left, right)
            .isTrue();
      }
    }
    assertThat(svg).contains("2.025 mg").contains("50 mL").contains("E-1-D1 → C-1: 2.025 mg");
  }

  @Test
  void theTracedRecordIsMarkedForTheViewToCentreOn() {
    String svg = LineageSvg.render(cellBack());
    assertThat(svg).containsOnlyOnce("class=\"lineage-root\"");
    assertThat(svg).contains("<a href=\"cells/C-1\" class=\"lineage-root\">");
  }
}
