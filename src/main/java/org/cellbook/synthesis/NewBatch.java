package org.cellbook.synthesis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch to make from a route template.
 *
 * @param parameters values for the template's parameters; missing ones take the defaults
 * @param inputLotCodes one lot code per template input, in the template's order (null: choose
 *     later, when weighing)
 */
public record NewBatch(
    String templateCode,
    String name,
    Map<String, Double> parameters,
    @Nullable List<String> inputLotCodes,
    String operatorName,
    LocalDate plannedOn,
    String notes) {}
