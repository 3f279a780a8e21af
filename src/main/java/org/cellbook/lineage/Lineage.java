package org.cellbook.lineage;

import java.util.List;
import org.cellbook.base.RecordRef;
import org.jspecify.annotations.Nullable;

/**
 * The records reachable from {@code root} in one direction, and the flows between them. Edges
 * always point downstream (from what was used to what was made), whatever the direction walked.
 *
 * @param nodes the root first, then by distance from it
 * @param truncated true when the walk stopped at {@link LineageService#MAX_NODES}
 */
public record Lineage(
    RecordRef root,
    TraceDirection direction,
    List<Node> nodes,
    List<Edge> edges,
    boolean truncated) {

  /**
   * A record and its distance (number of flows) from the root; a withdrawn record keeps its place
   * in the lineage, marked.
   */
  public record Node(RecordRef record, int depth, boolean withdrawn) {}

  /**
   * A flow from one record into another, with the quantity that flowed when it is known (e.g. 1.0 g
   * of a lot into a batch, 10.2 mg of active material into a disc, 60 µL of electrolyte into a
   * cell).
   */
  public record Edge(String from, String to, @Nullable Double quantity, String unit) {}
}
