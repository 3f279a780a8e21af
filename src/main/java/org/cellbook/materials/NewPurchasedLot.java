package org.cellbook.materials;

import java.time.LocalDate;

/** A lot as it arrives from a supplier. */
public record NewPurchasedLot(
    String materialCode,
    AmountUnit unit,
    Double amount,
    String supplier,
    String supplierLot,
    LocalDate receivedOn,
    LocalDate expiresOn,
    String location,
    String notes) {}
