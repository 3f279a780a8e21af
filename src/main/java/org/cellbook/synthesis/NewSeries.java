package org.cellbook.synthesis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A series of batches from one template, one per value of its series parameter: prefix "ACGC" with
 * carbonization temperatures 750, 900, 1050, 1200 gives ACGC750 … ACGC1200.
 */
public record NewSeries(
    String templateCode,
    String namePrefix,
    List<Double> values,
    Map<String, Double> otherParameters,
    List<String> inputLotCodes,
    String operatorName,
    LocalDate plannedOn,
    String notes) {}
