package cn.quzhou.stations.application.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.AttachmentKind;
import cn.quzhou.stations.documents.FileDownloads;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading, removing and downloading an application's attachments. */
@Controller
@RequestMapping("/applications/{id}/attachments")
class ApplicationAttachmentController {

    private final Applications applications;

    ApplicationAttachmentController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam AttachmentKind kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        String back = "redirect:/applications/" + id + "/edit#attachments";
        if (file == null || file.isEmpty()) {
            Forms.problem(redirect, "file.error.empty");
            return back;
        }
        return Forms.act(redirect, "application.notice.attached", back,
                () -> Forms.upload(file, (name, content) -> applications.attach(id, kind, name, content)));
    }

    @PostMapping("/{attachmentId}/remove")
    String remove(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        applications.removeAttachment(id, attachmentId);
        Forms.notice(redirect, "application.notice.detached");
        return "redirect:/applications/" + id + "/edit#attachments";
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        Applications.Download download = applications.download(id, attachmentId);
        return FileDownloads.attachment(download.file(), download.content());
    }
}
