package org.cellbook.api;

import java.util.List;
import org.cellbook.electrodes.Disc;
import org.cellbook.electrodes.ElectrodeSheet;
import org.cellbook.electrodes.NewDisc;
import org.cellbook.electrodes.SheetService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discs weighed on a balance that a script reads: the same service and checks as "Add discs" on the
 * sheet page, so a refused disc comes back as a 400 naming its row and field.
 */
@RestController
@RequestMapping("/api/v1")
class ElectrodesApi {

  /** The sheet and the codes its new discs got, in the order they were sent. */
  record AddedDiscs(String sheet, List<String> discs) {}

  private final SheetService sheets;

  ElectrodesApi(SheetService sheets) {
    this.sheets = sheets;
  }

  /**
   * Body: {@code [{"diameterMillimetres": 12, "discMassMilligrams": 12.1, "blankMassMilligrams":
   * 9.8}]}, the blank optional (then taken from the foil's areal mass); all or none are added.
   */
  @PostMapping(path = "/sheets/{code}/discs", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  AddedDiscs addDiscs(@PathVariable String code, @RequestBody List<NewDisc> discs) {
    ElectrodeSheet sheet = sheets.addDiscs(code, discs);
    List<Disc> all = sheet.getDiscs();
    return new AddedDiscs(
        sheet.getCode(),
        all.subList(all.size() - discs.size(), all.size()).stream().map(Disc::getCode).toList());
  }
}
