package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ApplicationPdf;
import cn.quzhou.stations.documents.FileDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ApplicationPdfController {

    private final ApplicationPdf pdf;

    ApplicationPdfController(ApplicationPdf pdf) {
        this.pdf = pdf;
    }

    @GetMapping("/applications/{id}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable long id) {
        return FileDownloads.pdf("申请书-" + id + ".pdf", pdf.render(id));
    }
}
