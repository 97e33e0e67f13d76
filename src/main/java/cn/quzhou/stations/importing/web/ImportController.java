package cn.quzhou.stations.importing.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.importing.ImportBatchView;
import cn.quzhou.stations.importing.ImportTemplate;
import cn.quzhou.stations.importing.ImportState;
import cn.quzhou.stations.importing.Imports;
import cn.quzhou.stations.shared.Forms;
import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 数据导入: the kinds with their templates and upload forms, a batch's preview, its commit. */
@Controller
@RequestMapping("/imports")
class ImportController {

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("overview", imports.overview());
        return "importing/index";
    }

    @GetMapping("/{kind}/template")
    ResponseEntity<Resource> template(@PathVariable String kind) {
        ImportTemplate template = imports.template(kind);
        return FileDownloads.xlsx(template.fileName(), template.content());
    }

    /** A file refused as a whole comes back to the list with its reason; a checked one opens its preview. */
    @PostMapping("/{kind}")
    String upload(@PathVariable String kind, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            Forms.problem(redirect, "import.error.noFile");
            return "redirect:/imports";
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        byte[] content = file.getBytes(); // a workbook is read whole: its rows are checked before any is imported
        return Forms.attempt(() -> "redirect:/imports/batches/" + imports.upload(kind, name, content), refused -> {
            Forms.problem(redirect, refused);
            return "redirect:/imports";
        });
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("preview", imports.preview(id, page));
        return "importing/batch";
    }

    @PostMapping("/batches/{id}/commit")
    String commit(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(redirect, null, "redirect:/imports/batches/" + id, () -> {
            ImportBatchView done = imports.commit(id);
            if (done.state() == ImportState.COMMITTED) {
                Forms.notice(redirect, "import.committed", done.rowCount());
            } else {
                Forms.problem(redirect, "import.error.changedSincePreview");
            }
        });
    }
}
