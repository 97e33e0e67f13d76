package cn.quzhou.stations.reporting.web;

import cn.quzhou.stations.reporting.PolicyData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 数据字典/参数: the policy data in force, read-only, for the offices. */
@Controller
class PolicyDataController {

    private final PolicyData policyData;

    PolicyDataController(PolicyData policyData) {
        this.policyData = policyData;
    }

    @GetMapping("/reports/policy-data")
    String show(Model model) {
        model.addAttribute("data", policyData.inForce());
        return "reporting/policy-data";
    }
}
