package org.cellbook.api;

import java.io.IOException;
import java.security.Principal;
import org.cellbook.base.ReportKind;
import org.cellbook.reports.ReportService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PDF reports: {@code GET /api/v1/cells/{code}/report}, {@code /batches/{code}/report} and {@code
 * /series/{code}/report} return the PDF, written on the spot (nothing is kept in exports/).
 */
@RestController
@RequestMapping("/api/v1")
class ReportsApi {

  private final ReportService reports;

  ReportsApi(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping("/cells/{code}/report")
  ResponseEntity<byte[]> cell(@PathVariable String code, Principal who) throws IOException {
    return pdf(ReportKind.CELL, code, who);
  }

  @GetMapping("/batches/{code}/report")
  ResponseEntity<byte[]> batch(@PathVariable String code, Principal who) throws IOException {
    return pdf(ReportKind.BATCH, code, who);
  }

  @GetMapping("/series/{code}/report")
  ResponseEntity<byte[]> series(@PathVariable String code, Principal who) throws IOException {
    return pdf(ReportKind.SERIES, code, who);
  }

  private ResponseEntity<byte[]> pdf(ReportKind kind, String code, Principal who)
      throws IOException {
    byte[] body = reports.render(kind, code, who.getName());
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(reports.fileName(kind, code))
                .build()
                .toString())
        .body(body);
  }
}
