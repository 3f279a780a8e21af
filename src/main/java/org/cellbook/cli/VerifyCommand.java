package org.cellbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cellbook.audit.IntegrityCheck;
import org.cellbook.audit.Verification;
import org.cellbook.storage.EmbeddedDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Recomputes the audit trail's hash chain and the SHA-256 of every stored file (and of"
            + " every signature's content) and names what no longer matches. Exit 0: everything"
            + " checks; 3: something is broken; 2: no notebook in the data directory.")
final class VerifyCommand implements Callable<Integer> {

  static final int BROKEN = 3;
  static final int NO_NOTEBOOK = 2;

  @Mixin DataDirOption dataDir;

  @Option(
      names = "--json",
      description =
          "Print {ok, revisions, files, signatures, head: {position, sha256}, problems: [{code,"
              + " revision, what}]} as JSON.")
  boolean json;

  @Option(
      names = "--anchor",
      paramLabel = "SHA256",
      description =
          "A chain head noted from an earlier verify (repeatable): broken if the audit chain no"
              + " longer holds it, as when the trail was rewritten from end to end.")
  List<String> anchors = List.of();

  @Override
  public Integer call() {
    Path folder = Path.of(dataDir.folder());
    boolean ownDatabase =
        dataDir.properties.stream().anyMatch(p -> p.startsWith("--spring.datasource.url="));
    if (!Files.isDirectory(folder) || (!ownDatabase && !EmbeddedDatabase.existsIn(folder))) {
      System.err.println("cellbook verify: there is no notebook in " + folder);
      return NO_NOTEBOOK;
    }
    Verification.Report report;
    try (Notebook notebook = Notebook.open(dataDir)) {
      report = notebook.call(() -> notebook.bean(Verification.class).run(anchors));
    }
    System.out.println(json ? toJson(report) : toText(report));
    return report.ok() ? 0 : BROKEN;
  }

  static String toJson(Verification.Report report) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("ok", report.ok());
    for (String subject : List.of("revisions", "files", "signatures")) {
      doc.put(subject, report.checked(subject));
    }
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("position", report.head().position());
    head.put("sha256", report.head().sha256());
    doc.put("head", head);
    doc.put(
        "problems",
        report.problems().stream()
            .map(
                p -> {
                  Map<String, Object> problem = new LinkedHashMap<>();
                  problem.put("code", p.code());
                  problem.put("revision", p.revision());
                  problem.put("what", p.what());
                  return problem;
                })
            .toList());
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  /** A summary line, then a line per problem that starts with the record's code. */
  static String toText(Verification.Report report) {
    StringBuilder out = new StringBuilder();
    out.append(
        "%s: %d revisions, %d files, %d signatures checked%s"
            .formatted(
                report.ok() ? "OK" : "BROKEN",
                report.checked("revisions"),
                report.checked("files"),
                report.checked("signatures"),
                report.ok()
                    ? ""
                    : "; "
                        + report.problems().size()
                        + (report.problems().size() == 1 ? " problem:" : " problems:")));
    for (IntegrityCheck.Problem p : report.problems()) {
      out.append("%n%s: %s".formatted(p.code() == null ? "(audit chain)" : p.code(), p.what()));
    }
    if (report.head().sha256() != null) {
      out.append(
          "%nChain head: position %d, SHA-256 %s (note it outside Cellbook; verify --anchor %s later shows the trail up to here was not rewritten)"
              .formatted(report.head().position(), report.head().sha256(), report.head().sha256()));
    }
    return out.toString();
  }
}
