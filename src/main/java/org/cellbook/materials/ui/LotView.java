package org.cellbook.materials.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cellbook.audit.HistoryService;
import org.cellbook.audit.ui.HistoryPanel;
import org.cellbook.base.Numbers;
import org.cellbook.base.RecordType;
import org.cellbook.base.ui.Columns;
import org.cellbook.base.ui.Facts;
import org.cellbook.base.ui.FieldErrors;
import org.cellbook.base.ui.Fields;
import org.cellbook.base.ui.IsoDatePicker;
import org.cellbook.base.ui.Notifications;
import org.cellbook.base.ui.ReasonField;
import org.cellbook.base.ui.RecordSection;
import org.cellbook.base.ui.WithdrawDialog;
import org.cellbook.base.ui.WithdrawnNotice;
import org.cellbook.materials.Lot;
import org.cellbook.materials.LotDetails;
import org.cellbook.materials.LotMovement;
import org.cellbook.materials.LotService;
import org.cellbook.security.CurrentUser;

/** One lot: what it is, how much is left, its ledger and history. */
@Route("lots/:code")
@PageTitle("Lot · Cellbook")
@PermitAll
class LotView extends VerticalLayout implements BeforeEnterObserver {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final Button correct = new Button("Correct amount…");
  final Button edit = new Button("Edit…");
  final Button withdraw = new Button("Withdraw…");
  final Grid<LotMovement> ledger = new Grid<>(LotMovement.class, false);
  private final LotService lots;
  private final HistoryService history;
  private final List<RecordSection> sections;
  private Lot lot;

  LotView(LotService lots, HistoryService history, List<RecordSection> sections) {
    this.lots = lots;
    this.history = history;
    this.sections = sections;
    addClassName("view");
    correct.addClickListener(e -> new CorrectionDialog().open());
    edit.addClickListener(e -> new DetailsDialog().open());
    withdraw.addClickListener(
        e ->
            new WithdrawDialog(
                    lot.getCode(),
                    why -> lots.withdraw(lot.getCode(), why),
                    () -> {
                      lot = lots.get(lot.getCode());
                      show();
                    })
                .open());
    Columns.whole(ledger, m -> WHEN.format(m.getHappenedAt()), "When");
    Columns.whole(ledger, LotMovement::getKind, "What");
    Columns.whole(ledger, m -> Numbers.plain(m.getAmount()), "Change");
    Columns.whole(ledger, LotMovement::getReferenceCode, "For");
    Columns.text(ledger, LotMovement::getReason, "Reason");
    Columns.whole(ledger, LotMovement::getUsername, "Who");
    ledger.setAllRowsVisible(true);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    lot = lots.get(event.getRouteParameters().get("code").orElseThrow());
    show();
  }

  private void show() {
    removeAll();
    String unit = lot.getUnit().symbol();
    Facts facts =
        new Facts()
            .add("Material", lot.getMaterial().toString())
            .add("Kind", lot.getMaterial().getKind().label())
            .add("Origin", lot.getOrigin())
            .add("Amount left", Numbers.plain(lot.getAmountLeft()) + " " + unit)
            .add("Initial amount", Numbers.plain(lot.getAmountInitial()) + " " + unit)
            .add("Supplier", lot.getSupplier())
            .add("Supplier lot no.", lot.getSupplierLot())
            .add("Received", lot.getReceivedOn())
            .add("Expires", lot.getExpiresOn())
            .add("Location", lot.getLocation())
            .add("Notes", lot.getNotes())
            .add(
                "Lineage",
                new HorizontalLayout(
                    new Anchor("trace/" + lot.getCode(), "Trace back"),
                    new Anchor("trace/" + lot.getCode() + "?direction=forward", "Trace forward")));
    ledger.setItems(lots.ledger(lot.getId()));
    boolean editable = CurrentUser.canEdit() && !lot.isWithdrawn();
    for (Button b : List.of(correct, edit, withdraw)) {
      b.setVisible(editable);
    }
    add(new HorizontalLayout(new H1("Lot " + lot.getCode()), correct, edit, withdraw));
    lot.withdrawal().ifPresent(w -> add(new WithdrawnNotice(w)));
    add(facts, new H3("Ledger"), ledger, new HistoryPanel(history, RecordType.LOT, lot));
    sections.forEach(x -> x.section(RecordType.LOT, lot.getCode()).ifPresent(c -> add(c)));
  }

  /** Recount: sets the amount left, with the reason on the ledger. */
  final class CorrectionDialog extends Dialog {
    final NumberField amountLeft =
        Fields.number("Amount left after recount", lot.getUnit().symbol());
    final TextField reason = new TextField("Reason");
    final Button save = new Button("Record correction");

    CorrectionDialog() {
      setHeaderTitle("Correct the amount of " + lot.getCode());
      amountLeft.setValue(lot.getAmountLeft());
      reason.setPlaceholder("e.g. spilled during transfer; recounted after weighing");
      reason.setWidthFull();
      FieldErrors errors = new FieldErrors().bind("amountLeft", amountLeft).bind("reason", reason);
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    lot = lots.correct(lot.getCode(), amountLeft.getValue(), reason.getValue()))) {
              Notifications.success("Corrected " + lot.getCode());
              close();
              show();
            }
          });
      add(new FormLayout(amountLeft, reason));
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }

  /** Corrects the lot's description; amounts change through the ledger only. */
  final class DetailsDialog extends Dialog {
    final TextField supplier = new TextField("Supplier");
    final TextField supplierLot = new TextField("Supplier lot no.");
    final IsoDatePicker receivedOn = new IsoDatePicker("Received");
    final IsoDatePicker expiresOn = new IsoDatePicker("Expires");
    final TextField location = new TextField("Location");
    final TextArea notes = new TextArea("Notes");
    final ReasonField reason = new ReasonField();
    final Button save = new Button("Save");

    DetailsDialog() {
      LotDetails d = LotDetails.of(lot);
      setHeaderTitle("Edit " + d.code());
      supplier.setValue(d.supplier() == null ? "" : d.supplier());
      supplierLot.setValue(d.supplierLot() == null ? "" : d.supplierLot());
      receivedOn.setValue(d.receivedOn());
      expiresOn.setValue(d.expiresOn());
      location.setValue(d.location() == null ? "" : d.location());
      notes.setValue(d.notes() == null ? "" : d.notes());
      FieldErrors errors = reason.bindTo(new FieldErrors().bind("expiresOn", expiresOn));
      save.addThemeVariants(ButtonVariant.PRIMARY);
      save.addClickListener(
          e -> {
            if (errors.run(
                () ->
                    lot =
                        lots.updateDetails(
                            new LotDetails(
                                d.code(),
                                d.version(),
                                supplier.getValue(),
                                supplierLot.getValue(),
                                receivedOn.getValue(),
                                expiresOn.getValue(),
                                location.getValue(),
                                notes.getValue()),
                            reason.getValue()))) {
              close();
              show();
            }
          });
      FormLayout form =
          new FormLayout(supplier, supplierLot, receivedOn, expiresOn, location, notes, reason);
      form.setColspan(notes, 2);
      form.setColspan(reason, 2);
      add(form);
      getFooter().add(new Button("Cancel", e -> close()), save);
    }
  }
}
