package fi.kvverkosto.interop;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The open-data page and the download of the whole public catalogue as an HSDS zip (CC BY 4.0), for anyone. */
@Controller
class OpenDataController {

    static final String ZIP_NAME = "kv-verkosto-hsds.zip";

    private final HsdsExporter exporter;

    OpenDataController(HsdsExporter exporter) {
        this.exporter = exporter;
    }

    @GetMapping("/avoin-data")
    String page() {
        return "interop/open-data";
    }

    @GetMapping("/avoin-data/" + ZIP_NAME)
    ResponseEntity<byte[]> download() {
        byte[] zip = exporter.zip(HsdsExporter.Scope.OPEN_DATA);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(ZIP_NAME)
                                .build()
                                .toString())
                .body(zip);
    }
}
