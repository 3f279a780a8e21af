package org.cellbook.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cellbook.audit.IntegrityCheck;
import org.cellbook.audit.Verification;
import org.cellbook.base.ui.Columns;

/**
 * The checks {@code verify} runs, for administrators: the audit trail's hash chain, the stored
 * files' SHA-256 and the signatures, with what was counted and every problem by record code. Run on
 * demand: on a large notebook it reads every audit row and every stored file.
 */
@Route("integrity")
@PageTitle("Integrity · Cellbook")
@RolesAllowed("ADMIN")
class IntegrityView extends VerticalLayout {

  final Button run = new Button("Check now");
  final Paragraph summary = new Paragraph("Not checked yet.");
  final Paragraph head = new Paragraph();
  final Grid<IntegrityCheck.Problem> problems = new Grid<>();

  IntegrityView(Verification verification) {
    addClassName("view");
    run.addThemeVariants(ButtonVariant.PRIMARY);
    run.addClickListener(e -> show(verification.run()));
    Columns.whole(problems, p -> p.code() == null ? "(audit chain)" : p.code(), "Record");
    Columns.whole(
        problems, p -> p.revision() == null ? "" : Integer.toString(p.revision()), "Revision");
    Columns.text(problems, IntegrityCheck.Problem::what, "What is wrong");
    problems.setAllRowsVisible(true);
    problems.setVisible(false);
    add(
        new H1("Integrity"),
        new Paragraph(
            "Recomputes the hash chain of the audit trail, the SHA-256 of every stored file and"
                + " every signature's content hash, as the command-line verify does, and names"
                + " what no longer matches."),
        run,
        summary,
        head,
        problems);
  }

  private void show(Verification.Report report) {
    summary.setText(
        "%s %d revisions, %d files and %d signatures checked%s"
            .formatted(
                report.ok() ? "Everything checks:" : "Something is broken:",
                report.checked("revisions"),
                report.checked("files"),
                report.checked("signatures"),
                report.ok() ? "." : "; " + problems(report.problems().size()) + "."));
    head.setText(
        report.head().sha256() == null
            ? ""
            : "Chain head: position %d, SHA-256 %s. Note it outside Cellbook (a lab book, an"
                    .formatted(report.head().position(), report.head().sha256())
                + " e-mail): verify --anchor with it later shows the trail up to here was not"
                + " rewritten.");
    problems.setItems(report.problems());
    problems.setVisible(!report.ok());
  }

  private static String problems(int n) {
    return n == 1 ? "1 problem" : n + " problems";
  }
}
