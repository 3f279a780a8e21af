package org.cellbook.materials;

import java.time.LocalDate;

/**
 * The editable description of a lot, with the version the user started from. Amounts are not part
 * of it: they change through the ledger ({@link LotService#correct}).
 */
public record LotDetails(
    String code,
    long version,
    String supplier,
    String supplierLot,
    LocalDate receivedOn,
    LocalDate expiresOn,
    String location,
    String notes) {

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
