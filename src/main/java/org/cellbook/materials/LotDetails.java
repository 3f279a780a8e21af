package org.cellbook.materials;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The editable description of a lot, with the version the user started from. Amounts are not part
 * of it: they change through the ledger ({@link LotService#correct}).
 */
public record LotDetails(
    String code,
    long version,
    @Nullable String supplier,
    @Nullable String supplierLot,
    @Nullable LocalDate receivedOn,
    @Nullable LocalDate expiresOn,
    @Nullable String location,
    @Nullable String notes) {

  public static LotDetails of(Lot lot) {
    return new LotDetails(
        lot.getCode(),
        lot.getVersion(),
        lot.getSupplier(),
        lot.getSupplierLot(),
        lot.getReceivedOn(),
        lot.getExpiresOn(),
        lot.getLocation(),
        lot.getNotes());
  }
}
