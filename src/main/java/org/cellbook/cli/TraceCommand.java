package org.cellbook.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cellbook.base.NotFoundException;
import org.cellbook.lineage.Lineage;
import org.cellbook.lineage.LineageService;
import org.cellbook.lineage.TraceDirection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = "Prints the lineage of a record: back to its precursors or forward to its cells.")
final class TraceCommand implements Callable<Integer> {

  @Mixin DataDirOption dataDir;

  @Parameters(index = "0", paramLabel = "CODE", description = "Code of any record.")
  String code;

  @Option(
      names = "--direction",
      defaultValue = "back",
      description = "back or forward (default: ${DEFAULT-VALUE}).")
  String direction;

  @Option(names = "--json", description = "Print {root, direction, nodes, edges} as JSON.")
  boolean json;

  @Override
  public Integer call() {
    TraceDirection walk;
    try {
      walk = TraceDirection.valueOf(direction.toUpperCase());
    } catch (IllegalArgumentException e) {
      System.err.println("--direction must be back or forward, not " + direction);
      return 2;
    }
    try (Notebook notebook = Notebook.open(dataDir)) {
      Lineage lineage = notebook.bean(LineageService.class).trace(code, walk);
      System.out.println(json ? toJson(lineage) : toText(lineage));
      return 0;
    } catch (NotFoundException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }

  static String toJson(Lineage lineage) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("root", lineage.root().code());
    doc.put("direction", lineage.direction().jsonName());
    doc.put(
        "nodes",
        lineage.nodes().stream()
            .map(
                n ->
                    Map.of(
                        "code",
                        n.record().code(),
                        "type",
                        n.record().type().jsonName(),
                        "name",
                        n.record().name(),
                        "withdrawn",
                        n.withdrawn()))
            .toList());
    doc.put(
        "edges",
        lineage.edges().stream()
            .map(
                e -> {
                  Map<String, Object> edge = new LinkedHashMap<>();
                  edge.put("from", e.from());
                  edge.put("to", e.to());
                  edge.put("quantity", e.quantity());
                  edge.put("unit", e.unit());
                  return edge;
                })
            .toList());
    doc.put("truncated", lineage.truncated());
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  static String toText(Lineage lineage) {
    StringBuilder out = new StringBuilder();
    out.append(
        "%s %s (%s), %s:%n"
            .formatted(
                lineage.root().type().jsonName(),
                lineage.root().code(),
                lineage.root().name(),
                lineage.direction().jsonName()));
    for (Lineage.Node node : lineage.nodes()) {
      out.append("  ".repeat(node.depth() + 1))
          .append(
              "%s %s · %s%s%n"
                  .formatted(
                      node.record().type().jsonName(),
                      node.record().code(),
                      node.record().name(),
                      node.withdrawn() ? " (withdrawn)" : ""));
    }
    out.append("flows:%n".formatted());
    for (Lineage.Edge e : lineage.edges()) {
      out.append(
          "  %s → %s%s%n"
              .formatted(
                  e.from(),
                  e.to(),
                  e.quantity() == null ? "" : " (%.4g %s)".formatted(e.quantity(), e.unit())));
    }
    return out.toString().stripTrailing();
  }
}
