package org.cellbook.materials;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A lot as it arrives from a supplier. */
public record NewPurchasedLot(
    String materialCode,
    AmountUnit unit,
    @Nullable Double amount,
    @Nullable String supplier,
    @Nullable String supplierLot,
    @Nullable LocalDate receivedOn,
    @Nullable LocalDate expiresOn,
    @Nullable String location,
    @Nullable String notes) {}
