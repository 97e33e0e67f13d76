package cn.quzhou.stations.application.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.application.OfficeSeals;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A reviewing office's electronic seal: see it, replace it. */
@Controller
@RequestMapping("/applications/seal")
class SealController {

    private final OfficeSeals seals;

    SealController(OfficeSeals seals) {
        this.seals = seals;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("seal", seals.mine());
        return "application/seal";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            Forms.problem(redirect, "file.error.empty");
            return "redirect:/applications/seal";
        }
        return Forms.act(redirect, "application.seal.uploaded", "redirect:/applications/seal",
                () -> Forms.upload(file, seals::upload));
    }

    @GetMapping("/image")
    ResponseEntity<byte[]> image() {
        byte[] image = seals.myImage();
        MediaType type = image.length > 1 && (image[0] & 0xFF) == 0xFF ? MediaType.IMAGE_JPEG : MediaType.IMAGE_PNG;
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff").body(image);
    }
}
