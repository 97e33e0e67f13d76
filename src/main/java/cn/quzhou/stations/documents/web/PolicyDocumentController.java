package cn.quzhou.stations.documents.web;

import cn.quzhou.stations.documents.PolicyText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The measures the platform implements, for everybody (no sign-in): /public/** is open in the security config. */
@Controller
class PolicyDocumentController {

    @GetMapping("/public/policy")
    String policy(Model model) {
        model.addAttribute("blocks", PolicyText.blocks());
        return "documents/policy";
    }
}
